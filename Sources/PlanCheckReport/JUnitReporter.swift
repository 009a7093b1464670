import Foundation
import PlanCheckCore

/// `--format junit`: one test suite per document, one test case per rule that ran, so GitLab and
/// Jenkins show "rule X failed on plan Y" in their test views.
///
/// A failing case carries one `<failure>` per finding, each with its `path:line:col`. Some viewers
/// show only the first `<failure>` of a case, so the first one's text also lists every finding of
/// the case: nothing is lost whichever way a tool reads it.
public enum JUnitReporter {
    public static func render(_ report: CheckReport) -> String {
        let suites = report.documents.map { suite($0, report) }
        let tests = suites.reduce(0) { $0 + $1.tests }
        let failures = suites.reduce(0) { $0 + $1.failures }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<testsuites name=\"\(attr(report.tool.name))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\">\n"
        for s in suites { out += s.xml }
        out += "</testsuites>\n"
        return out
    }

    struct Suite {
        var tests: Int
        var failures: Int
        var xml: String
    }

    static func suite(_ document: CheckReport.Document, _ report: CheckReport) -> Suite {
        let path = report.relativePath(document.path)
        // A dismissed false alarm is no failure: its case passes and names it in system-out.
        let findings = report.standing.filter { $0.path == document.path }
        let dismissed = report.dismissed.filter { $0.path == document.path }
        // Rules the caller did not describe still get a case when they found something.
        var ids = report.rules.map(\.id)
        for id in (findings + dismissed).map(\.ruleId) where !ids.contains(id) { ids.append(id) }
        ids.sort()
        var cases = ""
        var failures = 0
        for id in ids {
            let info = report.rule(id)
            let mine = findings.filter { $0.ruleId == id }
            let name = info.map { "\($0.id) \($0.name)" } ?? id
            cases += "    <testcase classname=\"\(attr(info?.pack ?? id))\" name=\"\(attr(name))\""
            let out = systemOut(dismissed.filter { $0.ruleId == id }, path: path, report)
            guard !mine.isEmpty else {
                cases += out.isEmpty ? "/>\n" : ">\n" + out + "    </testcase>\n"
                continue
            }
            failures += 1
            cases += ">\n" + failure(mine, path: path, report) + out + "    </testcase>\n"
        }
        var head =
            "  <testsuite name=\"\(attr(path))\" tests=\"\(ids.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\""
        if let at = report.generatedAt { head += " timestamp=\"\(attr(at))\"" }
        return Suite(tests: ids.count, failures: failures, xml: head + ">\n" + cases + "  </testsuite>\n")
    }

    static func failure(_ findings: [Finding], path: String, _ report: CheckReport) -> String {
        let lines = findings.map { f in
            "\(path):\(f.span?.line ?? 1):\(f.span?.column ?? 1): \(f.severity.rawValue): \(f.message)"
                + (report.review(f).map { " (đã xác nhận lỗi: \($0.reason))" } ?? "")
        }
        var out = ""
        for (i, f) in findings.enumerated() {
            let body = i == 0 ? lines.map(Markup.escape).joined(separator: "\n") : Markup.escape(lines[i])
            out +=
                "      <failure message=\"\(attr(lines[i]))\" type=\"\(f.severity.rawValue)\">" + body
                + "</failure>\n"
        }
        return out
    }

    static func systemOut(_ dismissed: [Finding], path: String, _ report: CheckReport) -> String {
        guard !dismissed.isEmpty else { return "" }
        let lines = dismissed.map { f in
            "\(path):\(f.span?.line ?? 1): đã loại (báo nhầm): \(f.message) — \(report.review(f)?.reason ?? "")"
        }
        return "      <system-out>" + lines.map(Markup.escape).joined(separator: "\n") + "</system-out>\n"
    }

    /// A tab in an attribute would be normalised to a space by XML readers; keep it as a
    /// reference (line feeds and carriage returns never get here: `Markup` makes them visible).
    static func attr(_ s: String) -> String {
        Markup.escape(s).replacingOccurrences(of: "\t", with: "&#9;")
    }
}
