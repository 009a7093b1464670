import PlanCheckCore

/// Runs the active rules of a `RuleSet` on a document and turns their hits into findings.
public struct RuleEngine: Sendable {
    public let ruleSet: RuleSet
    public let config: PlanCheckConfig
    public let data: ProfileData

    /// Findings listed per rule and document; the rest are counted in one closing finding.
    public let findingLimit: Int

    /// A real plan has tens of tasks and bases, never a thousand: past that, a rule is repeating
    /// one cause (a generated or damaged file), and listing every place helps no reviewer while it
    /// costs memory per place (a 60 MB plan of untitled tasks gave 370,000 findings).
    public static let defaultFindingLimit = 1000

    public init(
        ruleSet: RuleSet, config: PlanCheckConfig = PlanCheckConfig(), data: ProfileData = ProfileData(),
        findingLimit: Int = RuleEngine.defaultFindingLimit
    ) {
        self.ruleSet = ruleSet
        self.config = config
        self.data = data
        self.findingLimit = max(1, findingLimit)
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
        var context = CheckContext(document: document, parents: parents, comparison: comparison, data: data)
        context.fullHits = findingLimit + 1
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
            for hit in hits.prefix(findingLimit) {
                findings.append(finding(rule, severity, hit, document, english))
            }
            if hits.count > findingLimit {
                findings.append(
                    overflow(rule, severity, hits[findingLimit], hits.count - findingLimit, document, english)
                )
            }
        }
        // Filtered and sorted in place: a copy held a second array of every finding at the peak
        // of a plan with thousands of them.
        Self.dropSuperseded(&findings, by: superseding)
        findings.sort(by: Finding.reportOrder)
        return findings
    }

    /// The closing finding of a rule past `findingLimit`: how many places were not listed, at the
    /// first of them.
    private func overflow(
        _ rule: Rule, _ severity: Severity, _ first: CheckHit, _ count: Int, _ document: PlanDocument,
        _ english: Bool
    ) -> Finding {
        var f = finding(rule, severity, first, document, english)
        f.message =
            english
            ? "\(count) more places in this document have the same problem (\(rule.id)) and are not "
                + "listed: correct the ones above, then check again."
            : "Còn \(count) chỗ khác trong văn bản có cùng lỗi này (\(rule.id)), không liệt kê hết: "
                + "sửa các chỗ trên rồi kiểm tra lại."
        f.related = []
        return f
    }

    /// One cause, one finding: a rule that supersedes another drops the other's findings on the
    /// same line, and all of them when it reports on the document as a whole.
    static func dropSuperseded(_ findings: inout [Finding], by superseding: [(rule: Rule, lines: Set<Int?>)])
    {
        guard !superseding.isEmpty else { return }
        findings.removeAll { f in
            superseding.contains { s in
                s.rule.scope.supersedes.contains(f.ruleId)
                    && (s.lines.contains(nil) || s.lines.contains(f.span?.line))
            }
        }
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
