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

    /// The rules that run, with the severity they run at; resolved once, not per document.
    public let activeRules: [(rule: Rule, severity: Severity)]

    public func run(
        document: PlanDocument, parents: [PlanDocument] = [], comparison: Comparison? = nil,
        english: Bool = false
    ) -> [Finding] {
        let context = CheckContext(document: document, parents: parents, comparison: comparison, data: data)
        var findings: [Finding] = []
        var superseding: [(rule: Rule, lines: Set<Int?>)] = []
        for (rule, severity) in activeRules where rule.scope.applies(to: document) {
            // A rule about the header is silent on a copy that starts after it, one about the
            // closing parts on a copy that stops before them (RuleScope.needs): the partial-copy
            // rule reports the copy once instead of a flood of "missing …" findings.
            let hits = rule.check.run(context)
            if !rule.scope.supersedes.isEmpty && !hits.isEmpty {
                superseding.append((rule, Set(hits.map { $0.span?.line })))
            }
            for hit in hits {
                findings.append(finding(rule, severity, hit, document, english))
            }
        }
        // Sorted in place: `sorted` held a second array of every finding at the peak of a plan
        // with thousands of them.
        var kept = Self.dropSuperseded(findings, by: superseding)
        findings = []
        kept.sort(by: Finding.reportOrder)
        return kept
    }

    /// One cause, one finding: a rule that supersedes another drops the other's findings on the
    /// same line, and all of them when it reports on the document as a whole.
    static func dropSuperseded(_ findings: [Finding], by superseding: [(rule: Rule, lines: Set<Int?>)])
        -> [Finding]
    {
        guard !superseding.isEmpty else { return findings }
        // Removed in place: a filtered copy was a second array of every finding.
        var kept = findings
        kept.removeAll { f in
            superseding.contains { s in
                s.rule.scope.supersedes.contains(f.ruleId)
                    && (s.lines.contains(nil) || s.lines.contains(f.span?.line))
            }
        }
        return kept
    }

    /// The line trimmed of spaces and tabs (`CharacterSet.whitespaces`); a line with none at its
    /// ends is returned as is, sharing the document's storage instead of a copy per finding.
    static func excerpt(_ line: String) -> String {
        let scalars = line.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return line }
        func isBlank(_ s: Unicode.Scalar) -> Bool {
            s == "\t" || s.properties.generalCategory == .spaceSeparator
        }
        guard isBlank(first) || isBlank(last) else { return line }
        return line.trimmingCharacters(in: .whitespaces)
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
            excerpt: line.map { Self.excerpt(document.line($0)) } ?? "",
            related: hit.related, origin: origin)
    }
}
