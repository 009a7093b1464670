import PlanCheckCore

/// Runs the active rules of a `RuleSet` on a document and turns their hits into findings.
public struct RuleEngine: Sendable {
    public let ruleSet: RuleSet
    public let config: PlanCheckConfig
    public let data: ProfileData

    public init(
        ruleSet: RuleSet, config: PlanCheckConfig = PlanCheckConfig(), data: ProfileData = ProfileData()
    ) {
        self.ruleSet = ruleSet
        self.config = config
        self.data = data
        self.activeRules = ruleSet.rules.compactMap { rule in
            config.effectiveSeverity(of: rule).map { (rule, $0) }
        }
    }

    /// The rules that run, with the severity they run at.
    /// The rules that run, with the severity they run at; resolved once, not per document.
    public let activeRules: [(rule: Rule, severity: Severity)]

    public func run(
        document: PlanDocument, parents: [PlanDocument] = [], comparison: Comparison? = nil,
        english: Bool = false
    ) -> [Finding] {
        let context = CheckContext(document: document, parents: parents, comparison: comparison, data: data)
        var findings: [Finding] = []
        for (rule, severity) in activeRules {
            // Closing parts of a truncated copy are not there to judge; the parse-diagnostic rule
            // for `truncated` reports the copy instead of a flood of "no signature" findings.
            if document.isTruncated && rule.check.concernsClosingParts { continue }
            for hit in rule.check.run(context) {
                findings.append(finding(rule, severity, hit, document, english))
            }
        }
        return findings.sorted(by: Finding.reportOrder)
    }

    private func finding(
        _ rule: Rule, _ severity: Severity, _ hit: CheckHit, _ document: PlanDocument, _ english: Bool
    ) -> Finding {
        let line = hit.span?.line
        let origin = line.flatMap {
            $0 >= 1 && $0 <= document.lineOrigins.count ? document.lineOrigins[$0 - 1] : nil
        }
        return Finding(
            ruleId: rule.id, severity: severity, message: rule.render(hit, english: english),
            path: document.source.path, span: hit.span,
            excerpt: line.map { document.line($0).trimmingCharacters(in: .whitespaces) } ?? "",
            related: hit.related, origin: origin)
    }
}
