import Foundation

/// The pieces of two plans that coverage compares: what a parent asks of a level, and what a
/// child plan does.
public enum ComparisonItems {
    /// A parent item with the deadline the parent set for it, if any.
    public struct ParentItem: Sendable, Hashable {
        public var item: MatchItem
        public var deadline: DateExpression?
        /// Agencies the parent tells the level to work with ("phối hợp với Đồn Biên phòng").
        public var partners: [String]
    }

    /// Duties the parent addresses to `level` as a whole, and content tasks it names that level
    /// to carry out (DOMAIN.md §3: "duties addressed to a whole lower level … are what a lower plan
    /// must take over").
    public static func parentItems(_ parent: PlanDocument, for level: LevelDefinition?, levels: LevelModel)
        -> [ParentItem]
    {
        func addressed(_ text: String) -> Bool {
            if let level { return levels.addresses(text, level: level) }
            return false
        }
        var out: [ParentItem] = []
        for (a, assignment) in parent.assignments.enumerated() {
            let toLevel =
                addressed(assignment.agency.name) || (level == nil && assignment.addressesLowerLevel)
            guard toLevel else { continue }
            for (d, duty) in assignment.duties.enumerated() {
                let deadline = duty.dates.first { $0.kind == .deadline || $0.kind == .absolute }
                out.append(
                    ParentItem(
                        item: MatchItem(
                            id: "\(assignment.label ?? "A\(a + 1)")\(d + 1)", text: duty.text, span: duty.span
                        ),
                        deadline: deadline, partners: partners(in: duty.text)))
            }
        }
        for task in parent.tasks {
            let names = (task.lead + task.cooperating).map(\.name)
            guard names.contains(where: addressed) || (level != nil && addressed(task.title)) else {
                continue
            }
            out.append(
                ParentItem(
                    item: MatchItem(id: task.id, text: task.title, span: task.span),
                    deadline: task.time.flatMap {
                        $0.kind == .deadline || $0.kind == .absolute ? $0 : nil
                    }, partners: []))
        }
        return out
    }

    /// What the child plan does: its tasks and the duties it gives its agencies.
    public static func childItems(_ child: PlanDocument) -> [MatchItem] {
        var out: [MatchItem] = []
        // The plan itself is how a level carries out "xây dựng, ban hành kế hoạch … của huyện".
        if let title = child.header.title, let type = child.header.documentTypeName {
            out.append(
                MatchItem(
                    id: "title", text: "Xây dựng, ban hành \(type.value.lowercased()) \(title.value)",
                    span: title.span))
        }
        for task in child.tasks {
            out.append(MatchItem(id: task.id, text: task.text, span: task.span))
        }
        for (a, assignment) in child.assignments.enumerated() {
            for (d, duty) in assignment.duties.enumerated() {
                out.append(
                    MatchItem(
                        id: "\(assignment.label ?? "A\(a + 1)")\(d + 1)",
                        text: assignment.agency.name + ": " + duty.text,
                        span: duty.span))
            }
        }
        return out
    }

    /// Agency names after "phối hợp với" in a duty, up to the next punctuation.
    static func partners(in text: String) -> [String] {
        // "Phối hợp với Sở …" opens many duties: the phrase is matched in any case.
        guard let r = text.range(of: "phối hợp với ", options: .caseInsensitive) else { return [] }
        let rest = text[r.upperBound...]
        var end = rest.firstIndex { ",;.".contains($0) } ?? rest.endIndex
        // The name stops where the duty goes on ("… Đồn Biên phòng trên địa bàn tuyên truyền …").
        for stop in [
            " trên địa bàn", " tuyên truyền", " tổ chức", " thực hiện", " triển khai", " để ", " trong ",
            " về ",
        ] {
            if let s = rest.range(of: stop), s.lowerBound < end { end = s.lowerBound }
        }
        let name = String(rest[..<end]).trimmingCharacters(in: .whitespaces)
        return name.isEmpty || name.hasPrefix("các ") ? [] : [name]
    }
}
