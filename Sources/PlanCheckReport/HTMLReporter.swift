import PlanCheckCore

/// `--format html`: one self-contained page for a reviewer who never opens a terminal. Everything
/// is inline (no network at all: reviewers often work on machines that reach only the intranet),
/// and every piece of document text goes through `Markup.escape`.
public enum HTMLReporter {
    public static func render(_ report: CheckReport, english: Bool = false) -> String {
        let t = HTMLWords(english: english)
        var out =
            "<!DOCTYPE html>\n<html lang=\"\(english ? "en" : "vi")\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out +=
            "<title>\(t.title) – PlanCheck</title>\n<style>\(HTMLAssets.css)</style>\n</head>\n<body>\n"
        out += header(report, t)
        out += "<main>\n"
        out += summary(report, english: english)
        out += chart(report, t)
        // In a batch, a submission with nothing to report is one line of the summary, not a section.
        let batch = report.documents.count > 1
        for document in report.documents where !batch || has(document, report) {
            out += section(document, report, t)
        }
        out += coverage(report, t)
        out += notes(report, t)
        out += "</main>\n<script>\(HTMLAssets.script)</script>\n</body>\n</html>\n"
        return out
    }

    /// The documents, the coverage grid and the notes without the page around them, for a page
    /// that serves its own stylesheet: the web server's CSP allows no inline style or script.
    public static func fragment(_ report: CheckReport, english: Bool = false) -> String {
        let t = HTMLWords(english: english)
        var out = chart(report, t)
        for document in report.documents { out += section(document, report, t) }
        return out + coverage(report, t) + notes(report, t)
    }

    static func has(_ d: CheckReport.Document, _ report: CheckReport) -> Bool {
        report.findings.contains { $0.path == d.path }
    }

    static func header(_ report: CheckReport, _ t: HTMLWords) -> String {
        var out = "<header>\n<h1>\(t.title)</h1>\n<p class=\"meta\">"
        out += "\(e(report.tool.name)) \(e(report.tool.version))"
        if let at = report.generatedAt {
            out +=
                " · \(t.generated) \(e(OfficialFormat.time(iso: at, in: report.timeZone, english: t.english)))"
        }
        out += " · \(t.documents(report.documents.count))</p>\n"
        if let baseline = report.baseline {
            out += "<p class=\"meta\">\(t.onlyNew) \(e(baseline.sentence(english: t.english)))</p>\n"
        }
        out += "<p class=\"counts\">"
        for s in Severity.allCases {
            out +=
                "<label class=\"badge sev-\(s.rawValue)\"><input type=\"checkbox\" checked data-filter=\"\(s.rawValue)\"> "
            out += "\(t.severity(s)): <b>\(report.count(s))</b></label> "
        }
        out += "</p>\n"
        // A batch is navigated from its summary table; a single plan or two from this list.
        if !report.documents.isEmpty && report.documents.count == 1 {
            out += "<nav><ol>"
            for (i, d) in report.documents.enumerated() {
                let n = report.standing.filter { $0.path == d.path }.count
                out += "<li><a href=\"#doc-\(i + 1)\">\(e(report.relativePath(d.path)))</a> (\(n))</li>"
            }
            out += "</ol></nav>\n"
        }
        return out + "</header>\n"
    }

    static func section(_ document: CheckReport.Document, _ report: CheckReport, _ t: HTMLWords) -> String {
        let index = (report.documents.firstIndex { $0.path == document.path } ?? 0) + 1
        let outline = report.outline(document.path)
        var out =
            "<section class=\"doc\" id=\"doc-\(index)\">\n<h2>\(e(report.relativePath(document.path)))</h2>\n"
        var facts: [String] = []
        if let issuer = document.issuer { facts.append(e(issuer)) }
        if let n = document.number { facts.append("\(t.number): \(e(n))") }
        if let d = document.issueDate {
            facts.append("\(t.issueDate): \(e(OfficialFormat.date(d, english: t.english)))")
        }
        if !facts.isEmpty { out += "<p class=\"meta\">\(facts.joined(separator: " · "))</p>\n" }
        let findings = report.standing.filter { $0.path == document.path }
        let dismissed = report.dismissed.filter { $0.path == document.path }
        if findings.isEmpty && dismissed.isEmpty {
            return out + "<p class=\"clean\">\(t.noFindings)</p>\n</section>\n"
        }
        for group in groups(findings, outline, t) {
            out += "<h3>\(e(group.title))</h3>\n"
            for f in group.findings { out += finding(f, report, outline, t) }
        }
        if !dismissed.isEmpty {
            // False alarms stay visible for the record, apart and folded, never among the defects.
            out +=
                "<details class=\"dismissed\"><summary>\(t.dismissedApart) (\(dismissed.count))</summary>\n"
            for f in dismissed { out += finding(f, report, outline, t) }
            out += "</details>\n"
        }
        return out + "</section>\n"
    }

    /// Findings under the heading they fall in, in document order; whole-document findings first.
    static func groups(_ findings: [Finding], _ outline: DocumentOutline?, _ t: HTMLWords) -> [(
        title: String, findings: [Finding]
    )] {
        var out: [(title: String, findings: [Finding])] = []
        for f in findings {
            let title: String
            if let line = f.span?.line {
                title = outline?.section(containing: line)?.title ?? t.head
            } else {
                title = t.wholeDocument
            }
            if let last = out.indices.last, out[last].title == title {
                out[last].findings.append(f)
            } else {
                out.append((title, [f]))
            }
        }
        return out
    }

    static func finding(_ f: Finding, _ report: CheckReport, _ outline: DocumentOutline?, _ t: HTMLWords)
        -> String
    {
        let review = report.review(f)
        let decided = review.map { " \($0.decision.rawValue)" } ?? ""
        var out =
            "<article class=\"finding sev-\(f.severity.rawValue)\(decided)\" data-severity=\"\(f.severity.rawValue)\" data-rule=\"\(e(f.ruleId))\">\n"
        out +=
            "<p class=\"msg\"><span class=\"badge sev-\(f.severity.rawValue)\">\(t.severity(f.severity))</span> "
        out +=
            "<code>\(e(f.ruleId))</code> \(e(f.message)) <span class=\"loc\">\(location(f.span, t))</span></p>\n"
        if let span = f.span, let outline, let quote = HTMLQuote.render(span, outline) {
            out += "<pre class=\"quote\">\(quote)</pre>\n"
        } else if !f.excerpt.isEmpty {
            out += "<pre class=\"quote\">\(e(f.excerpt))</pre>\n"
        }
        for r in f.related {
            let at = r.span.map { ", \(t.lineWord) \($0.line)" } ?? ""
            out +=
                "<p class=\"related\">\(t.see) \(e(report.relativePath(r.path)))\(at): \(e(r.message))</p>\n"
        }
        if let review {
            let word = review.decision == .dismissed ? t.dismissed : t.confirmed
            let at = OfficialFormat.time(iso: review.at, in: report.timeZone, english: t.english)
            out += "<p class=\"review\">\(word): \(e(review.reason)) — \(e(review.reviewer)), \(e(at))</p>\n"
        }
        out += why(report.rule(f.ruleId), t)
        return out + "</article>\n"
    }

    static func why(_ rule: RuleInfo?, _ t: HTMLWords) -> String {
        guard let rule, !(rule.rationale.isEmpty && rule.references.isEmpty) else { return "" }
        var out = "<details><summary>\(t.why) — \(e(rule.name))</summary>\n"
        if !rule.rationale.isEmpty { out += "<p>\(e(rule.rationale))</p>\n" }
        if !rule.references.isEmpty {
            out += "<ul>" + rule.references.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
        }
        return out + "</details>\n"
    }

    static func notes(_ report: CheckReport, _ t: HTMLWords) -> String {
        let stale = report.baseline?.stale ?? []
        guard
            !(report.links.isEmpty && report.inputErrors.isEmpty && stale.isEmpty
                && report.notChecked.isEmpty)
        else { return "" }
        var out = "<section class=\"notes\"><h2>\(t.notes)</h2><ul>\n"
        for l in report.links { out += "<li>\(t.linked): \(e(l))</li>\n" }
        for x in report.inputErrors { out += "<li class=\"sev-error\">\(t.unreadable): \(e(x))</li>\n" }
        for n in report.notChecked {
            out +=
                "<li>\(t.notChecked): \(e(report.relativePath(n.path))) (\(e(n.reason(english: t.english))))</li>\n"
        }
        for x in stale {
            out +=
                "<li>\(t.stale): \(e(x.path)) <code>\(e(x.ruleId))</code> \(e(x.message))</li>\n"
        }
        return out + "</ul></section>\n"
    }

    static func location(_ span: SourceSpan?, _ t: HTMLWords) -> String {
        guard let s = span else { return t.whole }
        return t.line(s.line, s.column)
    }

    static func label(_ s: Severity) -> String {
        switch s {
        case .error: return "Lỗi"
        case .warning: return "Cảnh báo"
        case .info: return "Thông tin"
        }
    }

    static func e(_ s: String) -> String { Markup.escape(s) }
}

/// The document's own lines around a finding, with the span it points at marked.
enum HTMLQuote {
    /// A span over many lines is cut after a few: the reviewer needs the place, not the page.
    static let maxLines = 6

    static func render(_ span: SourceSpan, _ outline: DocumentOutline) -> String? {
        guard outline.line(span.line) != nil else { return nil }
        let last = min(max(span.endLine, span.line), span.line + maxLines - 1, outline.lines.count)
        var out = ""
        for n in span.line...last {
            // Columns count Unicode scalars (SourceSpan), so cut on scalars, not Characters.
            let text = Array(outline.line(n)!.unicodeScalars)
            let from = n == span.line ? max(0, min(text.count, span.column - 1)) : 0
            let to = n == span.endLine ? max(from, min(text.count, span.endColumn - 1)) : text.count
            out += "<span class=\"ln\">\(n)</span>" + piece(text[..<from])
            out += from < to ? "<mark>" + piece(text[from..<to]) + "</mark>" : ""
            out += piece(text[to...]) + "\n"
        }
        return out
    }

    static func piece(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars)
        return Markup.escape(s)
    }
}
