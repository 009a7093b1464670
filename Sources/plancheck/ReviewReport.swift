import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckReport
import PlanCheckRules
import PlanCheckStore

/// The report files of a review (`review --out DIR`): built from what the store holds for each
/// submission (fresh or cached alike), with every reviewer's decision attached, so SARIF carries
/// suppressions for dismissed false alarms and HTML and Markdown show who decided what and why.
enum ReviewReport {
    static func build(_ rows: [ReviewRow], environment: RuleEnvironment, decisions: [String: ReviewState])
        -> CheckReport
    {
        var findings: [Finding] = []
        var coverage: [CoverageRecord] = []
        for row in rows {
            let input = row.input
            for stored in input.findings {
                let span = stored.line.map { SourceSpan(line: $0, column: 1, endLine: $0, endColumn: 1) }
                let finding = Finding(
                    ruleId: stored.ruleId, severity: Severity(rawValue: stored.severity) ?? .info,
                    message: stored.message,
                    path: input.path, span: span, excerpt: stored.excerpt)
                findings.append(finding)
            }
            coverage += input.links.map { record($0, child: input.path) }
        }
        let documents = rows.map { row in
            CheckReport.Document(
                path: row.input.path, number: row.input.number,
                issueDate: row.input.issueDate.flatMap(CalendarDate.init(iso:)))
        }
        // The store and the reports share one finding identity, so decisions attach as they are.
        return CheckReport(
            tool: ToolInfo.tool, documents: documents,
            findings: findings,
            coverage: coverage, rules: environment.ruleInfos, reviewStates: decisions,
            generatedAt: ReportOutput.generatedAt(), pathBase: ReportOutput.pathBase)
    }

    /// A stored coverage link as the reports' coverage record (the parent's text and the outcome;
    /// the matched child line when there was one).
    static func record(_ link: StoredLink, child: String) -> CoverageRecord {
        let childItem = link.childLine.map {
            MatchItem(
                id: "line \($0)", text: "", span: SourceSpan(line: $0, column: 1, endLine: $0, endColumn: 1))
        }
        let match = CoverageMatch(
            parentItem: MatchItem(
                id: String(link.parentItemFingerprint.prefix(12)), text: link.parentItemText),
            outcome: CoverageOutcome(rawValue: link.outcome) ?? .missing, score: link.score,
            childItem: childItem,
            sharedTerms: [])
        return CoverageRecord(
            childPath: child, parentPath: link.parentPath, match: match, parentDeadline: nil, partners: [])
    }
}
