import PlanCheckCore

/// Links content tasks that name no agency to the duty of TỔ CHỨC THỰC HIỆN that gives them to
/// one. Many plans write their tasks as themes and assign them by agency afterwards (DOMAIN.md §3,
/// style c); such a task is led, and only a task no one leads is a defect.
enum TaskAssignmentLinker {
    /// Lenient on purpose: the organisation section paraphrases the task ("Chủ trì tuyên truyền
    /// về biển, đảo" for "Thông tin, tuyên truyền về chủ quyền biển, đảo Việt Nam"); a false link
    /// costs a missed finding, a missed link a finding a reviewer rejects.
    static let matcher = CoverageMatcher(thresholds: CoverageThresholds(covered: 0.3, partial: 0.22))

    static func link(_ doc: inout PlanDocument) {
        let unled = doc.tasks.indices.filter { doc.tasks[$0].lead.isEmpty }
        guard !unled.isEmpty, !doc.assignments.isEmpty else { return }
        var duties: [(item: MatchItem, agency: AgencyRef)] = []
        for (a, assignment) in doc.assignments.enumerated() {
            // "Phối hợp với …" gives the agency a supporting part, not the lead.
            for (d, duty) in assignment.duties.enumerated()
            where !LooseKey.make(duty.text, maxScalars: 9).hasPrefix("phoi hop") {
                duties.append(
                    (MatchItem(id: "\(a).\(d)", text: duty.text, span: duty.span), assignment.agency))
            }
        }
        let tasks = unled.map { i in
            MatchItem(
                id: String(i), text: doc.tasks[i].title + " " + doc.tasks[i].text, span: doc.tasks[i].span)
        }
        let matches = matcher.match(parentItems: tasks, childItems: duties.map(\.item))
        // By id, once: searching the duties for every matched task was tasks × duties.
        let agencyOf = Dictionary(
            duties.map { ($0.item.id, $0.agency) }, uniquingKeysWith: { first, _ in first })
        for (i, match) in zip(unled, matches) where match.outcome == .covered || match.outcome == .partial {
            guard let child = match.childItem, let agency = agencyOf[child.id], let span = child.span else {
                continue
            }
            doc.tasks[i].assignedBy = TaskAssignment(agency: agency, dutySpan: span, score: match.score)
        }
    }
}
