import PlanCheckCore

/// A finding's identity across runs. It leaves the line number out on purpose: adding a paragraph
/// above a finding must not make code scanning (or a reviewer's decision) treat it as new.
public enum FindingFingerprint {
    /// `plancheck/v1` in SARIF; the key of `CheckReport.reviewStates`.
    public static func of(_ finding: Finding, path: String) -> String {
        let basis = finding.excerpt.isEmpty ? finding.message : finding.excerpt
        return fnv1a64([finding.ruleId, path, normalise(basis)].joined(separator: "\u{1F}"))
    }

    /// Whitespace and case changes (a re-typed copy, a re-flowed paragraph) keep the identity.
    static func normalise(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// FNV-1a: stable across platforms and Swift versions, unlike `Hasher`, and needs no crypto
    /// library; collisions only merge two fingerprints, never lose a finding.
    static func fnv1a64(_ s: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
