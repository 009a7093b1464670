import PlanCheckCore

/// Wording that must or must not appear in a part of the document ("Độc lập - Tự do - Hạnh phúc"
/// in the motto; no "CV" type code). Matching is per line: real documents break lines anywhere,
/// and a rule that needs a phrase across a break should say so in its pattern's scope instead.
public struct TextPatternCheck: CheckKind {
    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case scope
            case mustMatch = "must_match"
            case mustNotMatch = "must_not_match"
            case caseInsensitive = "case_insensitive"
            case whenAbsent = "when_absent"
        }
        public typealias Keys = CodingKeys
        public var scope: DocumentScope
        public var mustMatch: String?
        public var mustNotMatch: String?
        public var caseInsensitive: Bool?
        /// What a failed `must_match` does when the scope is absent: `report` (default) a
        /// document finding, or `ignore` it because another rule reports the missing part.
        public var whenAbsent: WhenAbsent?
    }

    public enum WhenAbsent: String, Decodable, Sendable { case report, ignore }

    public static let kind = "text-pattern"
    public static let placeholders: Set<String> = ["match", "scope", "pattern", "text"]

    public let scope: DocumentScope
    public let pattern: TextPattern
    public let mustMatch: Bool
    public let reportsAbsence: Bool

    public init(parameters: Parameters) throws {
        let insensitive = parameters.caseInsensitive ?? false
        switch (parameters.mustMatch, parameters.mustNotMatch) {
        case (let source?, nil):
            pattern = try TextPattern(source, caseInsensitive: insensitive, key: "must_match")
            mustMatch = true
        case (nil, let source?):
            pattern = try TextPattern(source, caseInsensitive: insensitive, key: "must_not_match")
            mustMatch = false
        default:
            throw ParameterError(key: "scope", "give exactly one of 'must_match' and 'must_not_match'")
        }
        if parameters.whenAbsent != nil && !mustMatch {
            throw ParameterError(key: "when_absent", "'when_absent' applies only to 'must_match'")
        }
        reportsAbsence = parameters.whenAbsent != .ignore
        scope = parameters.scope
    }

    public var concernsClosingParts: Bool { scope.isClosingPart }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let document = context.document
        let spans = scope.spans(in: document)
        // A required wording only needs one occurrence: stop at the first instead of listing all.
        let slices = scope.slices(in: document)
        if mustMatch, slices.contains(where: { pattern.matches($0.text) }) { return [] }
        var matches: [CheckHit] = []
        for slice in slices where !mustMatch {
            for m in pattern.scalarMatches(in: slice.text) {
                let hitSpan = SourceSpan(
                    line: slice.line, column: slice.column + m.start, endLine: slice.line,
                    endColumn: slice.column + m.end)
                matches.append(CheckHit(span: hitSpan, values: values(match: m.text, text: slice.text)))
            }
        }
        if !mustMatch { return matches }
        // A missing required wording is reported at the start of the scope, or on the whole
        // document when the scope itself is absent.
        guard matches.isEmpty else { return [] }
        guard let first = spans.first else {
            return reportsAbsence ? [CheckHit(span: nil, values: values(match: "", text: ""))] : []
        }
        // `text` is what the scope holds instead ("KÉ HOẠCH"), so the message can quote it.
        let text = DocumentScope.lineSlices(first, in: document).first?.text ?? ""
        return [
            CheckHit(span: first, values: values(match: "", text: text.trimmingCharacters(in: .whitespaces)))
        ]
    }

    private func values(match: String, text: String) -> [String: String] {
        ["match": match, "scope": scope.description, "pattern": pattern.source, "text": text]
    }
}
