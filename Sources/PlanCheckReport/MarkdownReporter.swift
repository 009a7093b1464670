import Foundation
import PlanCheckCore

/// `--format markdown`: a summary short enough for a PR comment or a CI job summary page; the full
/// list lives in the HTML or SARIF report.
public enum MarkdownReporter {
    public static let maxFindings = 50

    public static func render(_ report: CheckReport, english: Bool = false) -> String {
        let t = HTMLWords(english: english)
        let (e, w, i) = (report.count(.error), report.count(.warning), report.count(.info))
        var out =
            english
            ? "## PlanCheck: \(e) error(s), \(w) warning(s), \(i) info\n\n"
            : "## PlanCheck: \(e) lỗi, \(w) cảnh báo, \(i) thông tin\n\n"
        out += "\(t.checked(report.documents.count))\n\n"
        if let baseline = report.baseline {
            out += "\(t.onlyNew) \(escape(baseline.sentence(english: english)))\n\n"
        }
        out += "| \(t.level) | \(t.count) |\n|---|---:|\n"
        for s in Severity.allCases { out += "| \(label(s, t)) | \(report.count(s)) |\n" }
        out += findings(report, t)
        out += dismissed(report, t)
        out += coverage(report, t)
        out += notes(report, t)
        return out
    }

    static func findings(_ report: CheckReport, _ t: HTMLWords) -> String {
        guard !report.standing.isEmpty else { return "\n\(t.noFindings)\n" }
        // Errors first; the report order (file, line) within each severity.
        let ordered = report.standing.enumerated()
            .sorted { ($1.element.severity.rank, $0.offset) < ($0.element.severity.rank, $1.offset) }
            .map(\.element)
        var out = "\n### \(t.mostImportant)\n\n"
        for f in ordered.prefix(maxFindings) {
            let at = "\(report.relativePath(f.path)):\(f.span?.line ?? 1)"
            out += "- \(icon(f.severity)) `\(code(at))` **\(escape(f.ruleId))** \(escape(f.message))"
            if let r = report.review(f) { out += " _(\(t.confirmed.lowercased()): \(escape(r.reason)))_" }
            out += "\n"
        }
        if ordered.count > maxFindings {
            out += "\n\(t.more(ordered.count - maxFindings))\n"
        }
        return out
    }

    /// False alarms a reviewer dismissed: apart, with the reason, so nobody reads them as defects.
    static func dismissed(_ report: CheckReport, _ t: HTMLWords) -> String {
        let list = report.dismissed
        guard !list.isEmpty else { return "" }
        var out = "\n### \(t.dismissedApart) (\(list.count))\n\n"
        for f in list.prefix(maxFindings) {
            let at = "\(report.relativePath(f.path)):\(f.span?.line ?? 1)"
            let r = report.review(f)
            out += "- `\(code(at))` **\(escape(f.ruleId))** \(escape(f.message))"
            out += " _(\(escape(r?.reason ?? "")) — \(escape(r?.reviewer ?? "")))_\n"
        }
        return out
    }

    static func coverage(_ report: CheckReport, _ t: HTMLWords) -> String {
        guard !report.coverage.isEmpty else { return "" }
        var out = "\n### \(t.parentDuties)\n"
        for grid in CoverageGrid.build(report.coverage) {
            out += "\n**\(escape(report.relativePath(grid.parent)))**\n\n"
            out +=
                "| \(t.parentDuty) | "
                + grid.children.map { escape(HTMLReporter.shortName($0)) }.joined(separator: " | ") + " |\n"
            out += "|---|" + grid.children.map { _ in ":-:|" }.joined() + "\n"
            for row in grid.rows {
                let cells = row.cells.map { $0.map { CoverageMatrix.mark($0.match.outcome) } ?? " " }
                out +=
                    "| [\(row.line)] \(escape(CoverageMatrix.clip(row.text))) | "
                    + cells.joined(separator: " | ") + " |\n"
            }
        }
        out += "\n\(t.legend)\n"
        return out
    }

    static func notes(_ report: CheckReport, _ t: HTMLWords) -> String {
        var out = "\n### \(t.notes)\n\n"
        for link in report.links { out += "- \(t.linked): \(escape(link))\n" }
        for e in report.inputErrors { out += "- \(t.unreadable): \(escape(e))\n" }
        for n in report.notChecked.prefix(maxFindings) {
            out +=
                "- \(t.notChecked): `\(code(report.relativePath(n.path)))` (\(escape(n.reason(english: t.english))))\n"
        }
        for e in (report.baseline?.stale ?? []).prefix(maxFindings) {
            out +=
                "- \(t.stale): `\(code(e.path))` **\(escape(e.ruleId))** \(escape(e.message))\n"
        }
        out += "- \(t.rulesDocs)\n"
        out += "- \(escape(report.tool.name)) \(escape(report.tool.version))"
        if let at = report.generatedAt {
            out += ", \(escape(OfficialFormat.time(iso: at, in: report.timeZone, english: t.english)))"
        }
        return out + "\n"
    }

    static func label(_ s: Severity, _ t: HTMLWords) -> String { icon(s) + " " + t.severity(s) }

    static func icon(_ s: Severity) -> String {
        switch s {
        case .error: return "🔴"
        case .warning: return "🟠"
        case .info: return "🔵"
        }
    }

    /// Plan text must not turn into links, HTML or table cells in a PR comment, nor start a line
    /// of its own (a CI step may print the file): controls and newlines are made visible first.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in DisplaySafe.escape(s) {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "|", "#": out += "\\" + String(c)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Inside a code span nothing is interpreted but the backtick, and nothing may break the line.
    static func code(_ s: String) -> String { DisplaySafe.escape(s).replacingOccurrences(of: "`", with: "'") }
}
