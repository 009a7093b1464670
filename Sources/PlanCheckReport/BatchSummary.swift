import PlanCheckCore

/// One submission's line in a batch: what a reviewer triages by. Sorted worst first: errors, then
/// warnings, then the lowest coverage; a false alarm a reviewer dismissed counts nowhere.
public struct BatchSummary: Sendable {
    public struct Row: Sendable {
        public var document: CheckReport.Document
        public var index: Int
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        /// Share of the parent duties addressed to the plan's level that it covers (covered 1,
        /// partial ½, not-applicable left out); nil without parents.
        public var coverage: Double?
        public var confirmed: Int
        public var dismissed: Int

        public var findings: Int { errors + warnings + infos }
    }

    public var rows: [Row]

    public init(_ report: CheckReport) {
        var rows: [Row] = []
        for (i, d) in report.documents.enumerated() {
            let mine = report.findings.filter { $0.path == d.path }
            let standing = mine.filter { !report.isDismissed($0) }
            let decided = mine.compactMap { report.review($0)?.decision }
            rows.append(
                Row(
                    document: d, index: i + 1, errors: standing.filter { $0.severity == .error }.count,
                    warnings: standing.filter { $0.severity == .warning }.count,
                    infos: standing.filter { $0.severity == .info }.count,
                    coverage: Self.coverage(report.coverage.filter { $0.childPath == d.path }),
                    confirmed: decided.filter { $0 == .confirmed }.count,
                    dismissed: decided.filter { $0 == .dismissed }.count))
        }
        self.rows = rows.sorted(by: Self.worstFirst)
    }

    static func worstFirst(_ a: Row, _ b: Row) -> Bool {
        if a.errors != b.errors { return a.errors > b.errors }
        if a.warnings != b.warnings { return a.warnings > b.warnings }
        let ca = a.coverage ?? 2
        let cb = b.coverage ?? 2
        if ca != cb { return ca < cb }
        return a.index < b.index
    }

    public static func coverage(_ records: [CoverageRecord]) -> Double? {
        let counted = records.filter { $0.match.outcome != .notApplicable }
        guard !counted.isEmpty else { return nil }
        let score = counted.reduce(0.0) { sum, r in
            sum + (r.match.outcome == .covered ? 1 : r.match.outcome == .partial ? 0.5 : 0)
        }
        return score / Double(counted.count)
    }
}
