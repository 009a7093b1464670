import PlanCheckCore
import PlanCheckRules

/// Writes the sentences of one letter from the template, the sender's details and a submission's
/// listed findings, grouped by the part of the plan they concern.
public struct LetterComposer: Sendable {
    public let template: LetterTemplate
    public let sender: LetterSender
    /// Pack and legal references of each rule, by id.
    public let rules: [String: RuleFacts]

    public struct RuleFacts: Sendable, Hashable {
        public var pack: String
        public var references: [String]
        public init(pack: String, references: [String]) {
            self.pack = pack
            self.references = references
        }
    }

    /// A sender with a field missing is refused before any letter is written (see
    /// `LetterSender.missing`); the composer itself never guesses one.
    public init(template: LetterTemplate, sender: LetterSender, rules: [Rule]) {
        self.template = template
        self.sender = sender
        var facts: [String: RuleFacts] = [:]
        for rule in rules { facts[rule.id] = RuleFacts(pack: rule.pack, references: rule.references) }
        self.rules = facts
    }

    public func compose(_ submission: LetterSubmission, date: CalendarDate) -> LetterContent {
        let who =
            LetterWording.submitter(submission.issuer, template: template)
            ?? ("đơn vị gửi dự thảo \(submission.name)", "đơn vị gửi dự thảo \(submission.name)")
        let plan = planName(submission)
        let listed = submission.findings.filter(\.isListed)
        let groups = self.groups(listed, duties: submission.duties)
        let days = sender.resubmitDays ?? 0
        let senderName = sender.name ?? ""
        let opening = template.text(
            .opening,
            [
                "sender": senderName, "plan": plan, "submitter": who.full, "submitter_short": who.short,
                "count": String(listed.count),
            ])
        let closing = template.text(
            .closing,
            [
                "sender": senderName, "submitter": who.full, "submitter_short": who.short,
                "deadline": OfficialDate.long(OfficialDate.adding(days, to: date)), "days": String(days),
            ])
        let recipients =
            [template.text(.recipientsFirst)] + sender.copies
            + [template.text(.archive, ["archive": sender.archive ?? ""])]
        return LetterContent(
            issuer: sender.issuer, code: sender.code ?? "",
            subject: template.text(
                .subject, ["plan": plan, "submitter": who.full, "submitter_short": who.short]),
            place: sender.place ?? "", date: date, addressee: who.full, opening: opening, groups: groups,
            closing: closing, recipients: recipients.filter { !$0.isEmpty }, authority: sender.authority,
            title: sender.title ?? "", signer: sender.signer ?? "", sender: senderName)
    }

    /// The submission as the letter names it: by number and date, else by number, else by its
    /// summary line (a draft sent with a blank number), else by its file name.
    func planName(_ s: LetterSubmission) -> String {
        let title = s.title.map(LetterWording.inSentence) ?? s.name
        guard let number = s.number, !number.isEmpty else {
            return template.text(.planUnnumbered, ["title": title])
        }
        guard let date = s.issueDate, date.isValid else {
            return template.text(.planNumberOnly, ["number": number, "title": title])
        }
        return template.text(.plan, ["number": number, "date": OfficialDate.short(date), "title": title])
    }

    /// Points in the template's group order, each group in the findings' own order (the store's:
    /// by line), numbered only among the groups that have points.
    func groups(_ findings: [LetterFinding], duties: [String]) -> [LetterContent.Group] {
        var buckets = Array(repeating: [LetterFinding](), count: template.groups.count)
        for f in findings {
            let pack = rules[f.ruleId]?.pack ?? ""
            buckets[template.groupIndex(rule: f.ruleId, pack: pack)].append(f)
        }
        var out: [LetterContent.Group] = []
        for (i, group) in template.groups.enumerated() where !buckets[i].isEmpty {
            let heading = template.text(
                .groupHeading, ["number": String(out.count + 1), "heading": group.heading])
            let intro = group.intro.map {
                MessageTemplate.render($0, values: ["count": String(buckets[i].count)])
            }
            out.append(
                LetterContent.Group(
                    heading: heading, intro: intro, points: buckets[i].map { point($0, duties: duties) },
                    fingerprints: buckets[i].map(\.fingerprint)))
        }
        return out
    }

    func point(_ f: LetterFinding, duties: [String]) -> String {
        let excerpt = LetterWording.excerpt(f.excerpt)
        let location: String
        if let line = f.line {
            location =
                excerpt.isEmpty
                ? template.text(.locationLineOnly, ["line": String(line)])
                : template.text(.locationLine, ["line": String(line), "excerpt": excerpt])
        } else {
            location = template.text(.locationDocument)
        }
        let references = rules[f.ruleId]?.references ?? []
        let basis =
            references.isEmpty
            ? "" : template.text(.basis, ["references": references.joined(separator: "; ")])
        let message = LetterWording.pointMessage(LetterWording.expandQuotes(f.message, duties: duties))
        return template.text(
            .point,
            [
                "location": location, "message": message, "basis": basis, "rule": f.ruleId,
                "severity": f.severity.rawValue,
            ])
    }
}
