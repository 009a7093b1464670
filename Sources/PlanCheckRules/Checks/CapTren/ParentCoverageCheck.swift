import PlanCheckCore

/// Every duty the parent gives the child's level must be taken over by some task of the child
/// (DOMAIN.md §1). Outcomes come from the comparison's coverage, so the report's matrix and the
/// findings always agree. A task the parent gives its own agency, naming the child's level only
/// as a partner, is cooperation: shown in the coverage, never reported as missing or partial.
public struct ParentCoverageCheck: CheckKind {
    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case outcome }
        public typealias Keys = CodingKeys
        public var outcome: CoverageOutcome
    }

    public static let kind = "parent-coverage"
    public static let placeholders: Set<String> = [
        "duty", "score", "scoreEn", "childItem", "sharedTerms", "reason", "parent",
    ]
    public let parameters: Parameters

    public init(parameters: Parameters) throws {
        guard parameters.outcome != .covered else {
            throw ParameterError(
                key: "outcome", "a covered duty is not a problem; use missing, partial or not-applicable")
        }
        self.parameters = parameters
    }

    public func run(_ context: CheckContext) -> [CheckHit] {
        guard let comparison = context.comparison else { return [] }
        let judged = comparison.coverage.filter {
            $0.match.outcome == parameters.outcome
                && ($0.role == .duty || parameters.outcome == .notApplicable)
        }
        return judged.map { record in
            let m = record.match
            let values = [
                "duty": Self.short(m.parentItem.text), "score": Self.score(m.score, decimalComma: true),
                "scoreEn": Self.score(m.score, decimalComma: false),
                "childItem": m.childItem.map { Self.short($0.text) } ?? "",
                "sharedTerms": m.sharedTerms.joined(separator: ", "),
                "reason": m.reason ?? "", "parent": record.parentPath,
            ]
            let related = [
                RelatedLocation(
                    path: record.parentPath, span: m.parentItem.span, message: "nhiệm vụ cấp trên giao")
            ]
            // A missing duty has no line in the child; a partial one points at the closest task.
            let span = parameters.outcome == .partial ? m.childItem?.span : nil
            return CheckHit(span: span, values: values, related: related)
        }
    }

    /// Two decimals; Vietnamese writes the decimal separator as a comma ("0,72").
    static func score(_ value: Double, decimalComma: Bool) -> String {
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
        let digits = hundredths % 100 < 10 ? "0\(hundredths % 100)" : "\(hundredths % 100)"
        return "\(hundredths / 100)\(decimalComma ? "," : ".")\(digits)"
    }

    static func short(_ s: String, _ n: Int = 120) -> String { s.count > n ? String(s.prefix(n)) + "…" : s }
}
