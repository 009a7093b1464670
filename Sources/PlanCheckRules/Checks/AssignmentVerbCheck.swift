import PlanCheckCore

/// A State body "giao" (assigns) tasks to its own agencies but can only "đề nghị" (request)
/// Party bodies and mass organisations, which it does not command (DOMAIN.md §2). Which names
/// count as such bodies is data in the rule, since it varies by province and changes with
/// reorganisations.
public struct AssignmentVerbCheck: CheckKind {
    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case partyPatterns = "party_patterns"
            case expectedVerb = "expected_verb"
            case caseInsensitive = "case_insensitive"
        }
        public typealias Keys = CodingKeys
        public var partyPatterns: [String]
        public var expectedVerb: AssignmentVerb
        public var caseInsensitive: Bool?
    }

    public static let kind = "assignment-verb"
    public static let placeholders: Set<String> = ["agency", "verb", "expected"]

    public let patterns: [TextPattern]
    /// All patterns as one alternation: one regex pass per assignment instead of one per pattern.
    let combined: TextPattern
    public let expected: AssignmentVerb

    public init(parameters: Parameters) throws {
        guard !parameters.partyPatterns.isEmpty else {
            throw ParameterError(key: "party_patterns", "'party_patterns' must not be empty")
        }
        let insensitive = parameters.caseInsensitive ?? true
        patterns = try parameters.partyPatterns.map {
            try TextPattern($0, caseInsensitive: insensitive, key: "party_patterns")
        }
        combined = try TextPattern(
            parameters.partyPatterns.map { "(?:\($0))" }.joined(separator: "|"), caseInsensitive: insensitive,
            key: "party_patterns")
        expected = parameters.expectedVerb
    }

    public func run(_ context: CheckContext) -> [CheckHit] {
        context.document.assignments.compactMap { assignment in
            guard assignment.verb != expected,
                combined.matches(assignment.agency.name)
            else { return nil }
            return CheckHit(
                span: assignment.verbSpan ?? assignment.agency.span,
                values: [
                    "agency": assignment.agency.name, "verb": Self.word(assignment.verb),
                    "expected": Self.word(expected),
                ])
        }
    }

    /// The verb as a Vietnamese reader knows it.
    static func word(_ verb: AssignmentVerb) -> String {
        switch verb {
        case .giao: return "giao"
        case .deNghi: return "đề nghị"
        case .none: return "(không có)"
        }
    }
}
