import PlanCheckCore

/// Coverage records arranged as the reports draw them: per parent, rows of parent duties (in
/// document order) × columns of child plans.
struct CoverageGrid {
    struct Row {
        var id: String
        var line: Int
        var text: String
        /// One per child column; nil when that child was not compared with this duty.
        var cells: [CoverageRecord?]
    }

    var parent: String
    var children: [String]
    var rows: [Row]

    static func build(_ records: [CoverageRecord]) -> [CoverageGrid] {
        let byParent = Dictionary(grouping: records, by: \.parentPath)
        return byParent.keys.sorted().map { parent in
            let mine = byParent[parent]!
            let children = Array(Set(mine.map(\.childPath))).sorted()
            var duties: [String: (line: Int, text: String)] = [:]
            for r in mine {
                duties[r.match.parentItem.id] = (r.match.parentItem.span?.line ?? 0, r.match.parentItem.text)
            }
            let rows = duties.sorted { ($0.value.line, $0.key) < ($1.value.line, $1.key) }.map { id, duty in
                Row(
                    id: id, line: duty.line, text: duty.text,
                    cells: children.map { c in
                        mine.first { $0.childPath == c && $0.match.parentItem.id == id }
                    })
            }
            return CoverageGrid(parent: parent, children: children, rows: rows)
        }
    }
}
