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
    /// With `dayPrecise`, only dates that name a day on both sides (the lower-level gap counts
    /// days); otherwise a quarter or a month is compared by its last day, on either side ("Quý III
    /// năm 2026" against "Quý II năm 2026" or against "trước ngày 30/6/2026").
    func pairs(_ context: CheckContext, dayPrecise: Bool) -> [(
        child: DateExpression, parent: DateExpression, record: CoverageRecord
    )] {
        guard let comparison = context.comparison else { return [] }
        let doc = context.document
        var out: [(DateExpression, DateExpression, CoverageRecord)] = []
        for record in comparison.coverage where record.role == .duty {
            let parentDates = record.parentDeadlines.filter {
                !dayPrecise || DeadlineReading.dayKinds.contains($0.kind)
            }
            guard !parentDates.isEmpty, let item = record.match.childItem?.span,
                record.match.outcome != .missing
            else { continue }
            // Only the child's own deadlines: "công tác … năm 2024" in the same sentence names the plan
            // year, not a deadline, and must not be read as "by 31/12/2024"; "số liệu tính đến ngày …"
            // is the cut-off of the figures, not when they are due.
            let inItem = doc.dateExpressions.filter { Self.contains(item, $0.span) }
            let dates =
                dayPrecise
                ? DeadlineReading.comparable(inItem, lines: doc.lines).filter {
                    DeadlineReading.dayKinds.contains($0.kind)
                } : DeadlineReading.comparable(inItem, lines: doc.lines)
            for d in dates {
                if let pd = DeadlineReading.nearest(to: d, among: parentDates) { out.append((d, pd, record)) }
            }
        }
        return out
    }

    func laterThanParent(_ context: CheckContext) -> [CheckHit] {
        pairs(context, dayPrecise: false).compactMap { child, parent, record in
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
            pairs(context, dayPrecise: true).compactMap(\.child.end).min()
            ?? context.comparison?.coverage.filter { $0.role == .duty }.compactMap(\.parentDeadline)
            .filter { DeadlineReading.dayKinds.contains($0.kind) }.compactMap(\.end).min()
        guard let own else { return [] }
        let minDays = parameters.min_days ?? 0
        var hits: [CheckHit] = []
        for a in context.document.assignments where a.addressesLowerLevel {
            for duty in a.duties {
                for d in duty.dates where DeadlineReading.dayKinds.contains(d.kind) {
                    guard let end = d.end, own.dayNumber - end.dayNumber < minDays,
                        !DeadlineReading.isReference(d, lines: context.document.lines)
                    else { continue }
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
            "childDeadline": Self.shown(child),
            "parentDeadline": parent.map(Self.shown) ?? "", "days": String(days),
            "minDays": String(parameters.min_days ?? 0), "planYear": "", "raw": child.raw,
        ]
    }

    /// A day as "30/11/2026"; a quarter or a month as written ("Quý II năm 2026").
    static func shown(_ d: DateExpression) -> String {
        guard DeadlineReading.dayKinds.contains(d.kind), let end = d.end else { return d.raw }
        return ParentCitationCheck.vietnamese(end)
    }

    static func contains(_ outer: SourceSpan, _ inner: SourceSpan) -> Bool {
        (outer.line, outer.column) <= (inner.line, inner.column)
            && (inner.endLine, inner.endColumn) <= (outer.endLine, outer.endColumn)
    }
}
