import PlanCheckCore

/// Deadlines across levels: a child reports no later than its parent asks, leaves its own lower
/// level enough days to report first (seed 001: communes by 30/11 so the district can report to
/// the province), and plans within its year.
public struct ParentDeadlineCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case notLaterThanParent, lowerLevelGap, withinPlanYear }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case check, min_days }
        public typealias Keys = CodingKeys
        public var check: Check
        public var min_days: Int?
    }

    public static let kind = "parent-deadline"
    public static let placeholders: Set<String> = [
        "childDeadline", "parentDeadline", "days", "minDays", "planYear", "raw",
    ]
    public let parameters: Parameters

    public init(parameters: Parameters) throws {
        if parameters.check == .lowerLevelGap, (parameters.min_days ?? 0) <= 0 {
            throw ParameterError(key: "min_days", "lowerLevelGap needs min_days > 0")
        }
        self.parameters = parameters
    }

    public func run(_ context: CheckContext) -> [CheckHit] {
        switch parameters.check {
        case .notLaterThanParent: return laterThanParent(context)
        case .lowerLevelGap: return gaps(context)
        case .withinPlanYear: return outsideYear(context.document)
        }
    }

    /// The child's deadlines inside the child item that takes over a parent duty with a deadline.
    func pairs(_ context: CheckContext) -> [(
        child: DateExpression, parent: DateExpression, record: CoverageRecord
    )] {
        guard let comparison = context.comparison else { return [] }
        var out: [(DateExpression, DateExpression, CoverageRecord)] = []
        for record in comparison.coverage {
            guard let pd = record.parentDeadline, pd.end != nil, let item = record.match.childItem?.span,
                record.match.outcome != .missing
            else { continue }
            // Only the child's own deadlines: "công tác … năm 2024" in the same sentence names the plan
            // year, not a deadline, and must not be read as "by 31/12/2024".
            for d in context.document.dateExpressions
            where d.end != nil && (d.kind == .deadline || d.kind == .absolute) && Self.contains(item, d.span)
            {
                out.append((d, pd, record))
            }
        }
        return out
    }

    func laterThanParent(_ context: CheckContext) -> [CheckHit] {
        pairs(context).compactMap { child, parent, record in
            guard let c = child.end, let p = parent.end, c > p else { return nil }
            return CheckHit(
                span: child.span, values: values(child, parent, days: c.dayNumber - p.dayNumber),
                related: [
                    RelatedLocation(path: record.parentPath, span: parent.span, message: "hạn của cấp trên")
                ])
        }
    }

    func gaps(_ context: CheckContext) -> [CheckHit] {
        let own =
            pairs(context).compactMap(\.child.end).min()
            ?? context.comparison?.coverage.compactMap(\.parentDeadline?.end).min()
        guard let own else { return [] }
        let minDays = parameters.min_days ?? 0
        var hits: [CheckHit] = []
        for a in context.document.assignments where a.addressesLowerLevel {
            for duty in a.duties {
                for d in duty.dates where d.kind == .deadline || d.kind == .absolute {
                    guard let end = d.end, own.dayNumber - end.dayNumber < minDays else { continue }
                    var v = values(d, nil, days: own.dayNumber - end.dayNumber)
                    v["parentDeadline"] = ParentCitationCheck.vietnamese(own)
                    hits.append(CheckHit(span: d.span, values: v))
                }
            }
        }
        return hits
    }

    func outsideYear(_ doc: PlanDocument) -> [CheckHit] {
        guard let year = ParentTimingCheck.planYear(doc)?.year else { return [] }
        let judged: Set<DateExpressionKind> = [.absolute, .deadline, .month, .quarter, .year]
        return doc.dateExpressions.filter { d in
            guard judged.contains(d.kind) else { return false }
            let years = [d.start?.year, d.end?.year].compactMap { $0 }
            return !years.isEmpty && years.allSatisfy { $0 != year }
        }.map { d in
            var v = values(d, nil, days: 0)
            v["planYear"] = String(year)
            return CheckHit(span: d.span, values: v)
        }
    }

    func values(_ child: DateExpression, _ parent: DateExpression?, days: Int) -> [String: String] {
        [
            "childDeadline": child.end.map(ParentCitationCheck.vietnamese) ?? child.raw,
            "parentDeadline": parent?.end.map(ParentCitationCheck.vietnamese) ?? "", "days": String(days),
            "minDays": String(parameters.min_days ?? 0), "planYear": "", "raw": child.raw,
        ]
    }

    static func contains(_ outer: SourceSpan, _ inner: SourceSpan) -> Bool {
        (outer.line, outer.column) <= (inner.line, inner.column)
            && (inner.endLine, inner.endColumn) <= (outer.endLine, outer.endColumn)
    }
}
