import PlanCheckCore
import PlanCheckReport
import PlanCheckRules

extension RuleEnvironment {
    /// What reports need to know about each rule that ran, at the severity it ran at.
    public var ruleInfos: [RuleInfo] {
        engine.activeRules.map { rule, severity in
            RuleInfo(
                id: rule.id, name: rule.name, pack: rule.pack, summary: rule.summary,
                rationale: rule.rationale,
                references: rule.references, severity: severity)
        }
    }
}

extension CheckRun {
    /// The report every format renders. Tool version, clock and path base come from the caller, so
    /// the same inputs give byte-identical reports.
    public func report(
        environment: RuleEnvironment, tool: CheckReport.Tool, generatedAt: String?, pathBase: String?,
        reviewStates: [String: ReviewState] = [:]
    ) -> CheckReport {
        let checked = self.checked
        return CheckReport(
            tool: tool,
            documents: checked.map {
                .init(path: $0.path, number: $0.number, issueDate: $0.issueDate, issuer: $0.issuer)
            },
            findings: findings, inputErrors: inputErrors, coverage: checked.flatMap(\.coverage), links: links,
            rules: environment.ruleInfos, outlines: checked.compactMap(\.outline), reviewStates: reviewStates,
            generatedAt: generatedAt, pathBase: pathBase, notChecked: skipped.map(\.notChecked))
    }
}
