/// The identity of a finding across revisions and runs: its rule, the file name of its document and
/// its normalised excerpt (or message), never its line, so a finding keeps its identity when text
/// above it moves. The review store keys decisions by it and SARIF publishes it as
/// `partialFingerprints`, so the id a reviewer accepts in `review` is the id CI tools see.
/// The file name, not the path, so a resubmitted file in another folder is the same submission.
public enum FindingFingerprint {
    public static func of(_ finding: Finding) -> String {
        of(
            ruleId: finding.ruleId, document: finding.path,
            text: finding.excerpt.isEmpty ? finding.message : finding.excerpt)
    }

    public static func of(ruleId: String, document: String, text: String) -> String {
        let name = document.split(separator: "/").last.map(String.init) ?? document
        return SHA256.hex(ruleId + "\u{0}" + name + "\u{0}" + normalise(text))
    }

    /// NFC, lower case, new tone placement, runs of whitespace as one space: a re-typed copy or a
    /// re-flowed paragraph keeps the identity.
    public static func normalise(_ text: String) -> String {
        VietnameseText.matchKey(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
