import PlanCheckCore

/// The compact matrix of a text report: one row per parent duty, one column per child plan, a
/// mark per outcome, and the child task that takes the duty over.
public enum CoverageMatrix {
    static func mark(_ o: CoverageOutcome) -> String {
        switch o {
        case .covered: return "✓"
        case .partial: return "~"
        case .missing: return "✗"
        case .notApplicable: return "–"
        }
    }

    public static func render(_ records: [CoverageRecord], english: Bool) -> String {
        guard !records.isEmpty else { return "" }
        var out = ""
        let byParent = Dictionary(grouping: records, by: \.parentPath)
        for parent in byParent.keys.sorted() {
            let rows = byParent[parent]!
            let children = Array(Set(rows.map(\.childPath))).sorted()
            let shown = DisplaySafe.escape(parent)
            out += english ? "\nCoverage of \(shown)\n" : "\nTiếp nhận nhiệm vụ của \(shown)\n"
            for (i, c) in children.enumerated() { out += "  [\(i + 1)] \(DisplaySafe.escape(c))\n" }
            let header = children.indices.map { " \($0 + 1)" }.joined()
            out += "  \(header)  \(english ? "parent duty" : "nhiệm vụ cấp trên")\n"
            var duties: [String: (line: Int, text: String)] = [:]
            for r in rows {
                duties[r.match.parentItem.id] = (r.match.parentItem.span?.line ?? 0, r.match.parentItem.text)
            }
            for (id, duty) in duties.sorted(by: { ($0.value.line, $0.key) < ($1.value.line, $1.key) }) {
                let cells = children.map { child -> String in
                    let r = rows.first { $0.childPath == child && $0.match.parentItem.id == id }
                    return " " + (r.map { mark($0.match.outcome) } ?? " ")
                }.joined()
                out += "  \(cells)  [\(duty.line)] \(DisplaySafe.escape(clip(duty.text)))\n"
            }
            out +=
                english
                ? "  ✓ covered  ~ partial  ✗ missing  – not applicable\n"
                : "  ✓ đã tiếp nhận  ~ một phần  ✗ thiếu  – không áp dụng\n"
        }
        return out
    }

    static func clip(_ s: String, _ n: Int = 70) -> String { s.count > n ? String(s.prefix(n)) + "…" : s }
}
