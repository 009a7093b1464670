import Foundation
import PlanCheckCore

/// `--format markdown`: a summary short enough for a PR comment or a CI job summary page; the full
/// list lives in the HTML or SARIF report.
public enum MarkdownReporter {
    public static let maxFindings = 50

    public static func render(_ report: CheckReport) -> String {
        var out =
            "## PlanCheck: \(report.count(.error)) lỗi, \(report.count(.warning)) cảnh báo, "
            + "\(report.count(.info)) thông tin\n\n"
        out += "Đã kiểm tra \(report.documents.count) văn bản.\n\n"
        if let baseline = report.baseline {
            out += "Chỉ hiện phát hiện mới. \(escape(baseline.sentence(english: false)))\n\n"
        }
        out += "| Mức | Số phát hiện |\n|---|---:|\n"
        for s in Severity.allCases { out += "| \(label(s)) | \(report.count(s)) |\n" }
        out += findings(report)
        out += dismissed(report)
        out += coverage(report)
        out += notes(report)
        return out
    }

    static func findings(_ report: CheckReport) -> String {
        guard !report.standing.isEmpty else { return "\nKhông có phát hiện nào.\n" }
        // Errors first; the report order (file, line) within each severity.
        let ordered = report.standing.enumerated()
            .sorted { ($1.element.severity.rank, $0.offset) < ($0.element.severity.rank, $1.offset) }
            .map(\.element)
        var out = "\n### Phát hiện quan trọng nhất\n\n"
        for f in ordered.prefix(maxFindings) {
            let at = "\(report.relativePath(f.path)):\(f.span?.line ?? 1)"
            out += "- \(icon(f.severity)) `\(code(at))` **\(escape(f.ruleId))** \(escape(f.message))"
            if let r = report.review(f) { out += " _(đã xác nhận lỗi: \(escape(r.reason)))_" }
            out += "\n"
        }
        if ordered.count > maxFindings {
            out += "\n… và \(ordered.count - maxFindings) phát hiện khác (xem báo cáo HTML hoặc SARIF).\n"
        }
        return out
    }

    /// False alarms a reviewer dismissed: apart, with the reason, so nobody reads them as defects.
    static func dismissed(_ report: CheckReport) -> String {
        let list = report.dismissed
        guard !list.isEmpty else { return "" }
        var out = "\n### Báo nhầm đã loại (\(list.count))\n\n"
        for f in list.prefix(maxFindings) {
            let at = "\(report.relativePath(f.path)):\(f.span?.line ?? 1)"
            let r = report.review(f)
            out += "- `\(code(at))` **\(escape(f.ruleId))** \(escape(f.message))"
            out += " _(\(escape(r?.reason ?? "")) — \(escape(r?.reviewer ?? "")))_\n"
        }
        return out
    }

    static func coverage(_ report: CheckReport) -> String {
        guard !report.coverage.isEmpty else { return "" }
        var out = "\n### Tiếp nhận nhiệm vụ cấp trên\n"
        for grid in CoverageGrid.build(report.coverage) {
            out += "\n**\(escape(report.relativePath(grid.parent)))**\n\n"
            out +=
                "| Nhiệm vụ cấp trên | "
                + grid.children.map { escape(report.relativePath($0)) }.joined(separator: " | ") + " |\n"
            out += "|---|" + grid.children.map { _ in ":-:|" }.joined() + "\n"
            for row in grid.rows {
                let cells = row.cells.map { $0.map { CoverageMatrix.mark($0.match.outcome) } ?? " " }
                out +=
                    "| [\(row.line)] \(escape(CoverageMatrix.clip(row.text))) | "
                    + cells.joined(separator: " | ") + " |\n"
            }
        }
        out += "\n✓ đã tiếp nhận · ~ một phần · ✗ thiếu · – không áp dụng\n"
        return out
    }

    static func notes(_ report: CheckReport) -> String {
        var out = "\n### Ghi chú\n\n"
        for link in report.links { out += "- Nối theo viện dẫn: \(escape(link))\n" }
        for e in report.inputErrors { out += "- Không đọc được: \(escape(e))\n" }
        for e in (report.baseline?.stale ?? []).prefix(maxFindings) {
            out +=
                "- Không còn xuất hiện (baseline): `\(code(e.path))` **\(escape(e.ruleId))** \(escape(e.message))\n"
        }
        out += "- Quy tắc và căn cứ pháp lý: xem `docs/rules.md`; các định dạng báo cáo: `docs/formats.md`.\n"
        out += "- \(escape(report.tool.name)) \(escape(report.tool.version))"
        if let at = report.generatedAt { out += ", \(escape(at))" }
        return out + "\n"
    }

    static func label(_ s: Severity) -> String {
        switch s {
        case .error: return "🔴 Lỗi"
        case .warning: return "🟠 Cảnh báo"
        case .info: return "🔵 Thông tin"
        }
    }

    static func icon(_ s: Severity) -> String { String(label(s).prefix(1)) }

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
