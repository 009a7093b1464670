import PlanCheckCore

/// Deadlines that cannot be pinned down: "trước ngày 30 tháng 11" with no year leaves a reader of
/// a multi-year plan guessing which November is meant.
public struct DateFormCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case missingYear }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case check }
        public typealias Keys = CodingKeys
        public var check: Check
    }

    public static let kind = "date-form"
    public static let placeholders: Set<String> = ["raw", "day", "month"]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let document = context.document
        // The same phrase can be listed in several places (a task's time and the flat list);
        // report it once.
        var seen: Set<SourceSpan> = []
        var hits: [CheckHit] = []
        // Each list read in place: joining them first copied every date of the plan.
        func consider(_ date: DateExpression) {
            guard date.missingYear, date.day != nil, date.month != nil, seen.insert(date.span).inserted
            else { return }
            hits.append(
                CheckHit(
                    span: date.span,
                    values: ["raw": date.raw, "day": "\(date.day ?? 0)", "month": "\(date.month ?? 0)"]))
        }
        document.dateExpressions.forEach(consider)
        for task in document.tasks { if let time = task.time { consider(time) } }
        for assignment in document.assignments {
            for duty in assignment.duties { duty.dates.forEach(consider) }
        }
        return hits.sorted { ($0.span ?? date0) < ($1.span ?? date0) }
    }

    private var date0: SourceSpan { SourceSpan(line: 0, column: 0, endLine: 0, endColumn: 0) }
}
