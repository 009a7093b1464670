import PlanCheckCore

/// Issuer codes have one spelling (NĐ 30/2020, Phụ lục III; the abbreviations agencies register):
/// "QĐ-TTG" for "QĐ-TTg" is a typo a reader notices. The codes to know come from the rule's YAML,
/// so a province adds its own without a rebuild.
public struct CitationCodeCaseCheck: CheckKind {
    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case codes }
        public typealias Keys = CodingKeys
        public var codes: [String]
    }

    public static let kind = "citation-code-case"
    public static let placeholders: Set<String> = ["number", "code", "expected", "text"]
    /// Canonical spellings keyed by their upper-case form.
    let canonical: [String: String]

    public init(parameters: Parameters) throws {
        guard !parameters.codes.isEmpty else {
            throw ParameterError(key: "codes", "'codes' must not be empty")
        }
        var canonical: [String: String] = [:]
        for code in parameters.codes {
            if let other = canonical[code.uppercased()], other != code {
                throw ParameterError(key: "codes", "'\(code)' and '\(other)' differ only in case")
            }
            canonical[code.uppercased()] = code
        }
        self.canonical = canonical
    }

    public func run(_ context: CheckContext) -> [CheckHit] {
        var seen: Set<String> = []
        return context.document.citations.compactMap { citation in
            guard let number = citation.number, citation.firstMention == nil else { return nil }
            for part in Self.codes(of: number) {
                guard let expected = canonical[part.uppercased()], expected != part,
                    seen.insert(number).inserted
                else { continue }
                return CheckHit(
                    span: citation.span,
                    values: ["number": number, "code": part, "expected": expected, "text": citation.text])
            }
            return nil
        }
    }

    /// The letter groups of a number after its serial and year ("QĐ", "TTg" of "1079/QĐ-TTg").
    static func codes(of number: String) -> [String] {
        number.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "&" }).map(String.init)
            .filter { $0.contains(where: \.isLetter) }
    }
}
