import Foundation

/// The pieces of two plans that coverage compares: what a parent asks of a level, and what a
/// child plan does.
public enum ComparisonItems {
    /// A parent item with the deadlines the parent set for it, if any.
    public struct ParentItem: Sendable, Hashable {
        public var item: MatchItem
        public var deadlines: [DateExpression]
        /// Agencies the parent tells the level to work with ("phối hợp với Đồn Biên phòng").
        public var partners: [PartnerRequirement]
        public var role: ParentItemRole = .duty
    }

    /// Duties the parent addresses to `level` as a whole, content tasks it names that level to
    /// lead, and (as cooperation) content tasks that name the level only among the partners
    /// (DOMAIN.md §3: "duties addressed to a whole lower level … are what a lower plan must take
    /// over"). A line that only introduces a list ("…, trong đó tập trung thực hiện các nhiệm vụ
    /// sau:") is not a duty: the items under it are.
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
            for (d, duty) in assignment.duties.enumerated() where !isLeadIn(duty.text) {
                out.append(
                    ParentItem(
                        item: MatchItem(
                            id: "\(assignment.label ?? "A\(a + 1)")\(d + 1)", text: duty.text, span: duty.span
                        ),
                        deadlines: DeadlineReading.dues(in: duty.dates, lines: parent.lines),
                        partners: PartnerRequirement.all(in: duty.text)))
            }
        }
        for task in parent.tasks where !isLeadIn(task.title) {
            let leads =
                task.lead.map(\.name).contains(where: addressed) || (level != nil && addressed(task.title))
            guard leads || task.cooperating.map(\.name).contains(where: addressed) else { continue }
            out.append(
                ParentItem(
                    item: MatchItem(id: task.id, text: task.title, span: task.span),
                    deadlines: task.time.map { DeadlineReading.dues(in: [$0], lines: parent.lines) } ?? [],
                    partners: [], role: leads ? .duty : .cooperation))
        }
        return out
    }

    /// A line that ends in a colon announces the items below it.
    static func isLeadIn(_ text: String) -> Bool {
        var t = Substring(text)
        while let last = t.last, last == " " || last == "*" || last == "\t" { t = t.dropLast() }
        return t.last == ":"
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
}
