import PlanCheckCore

extension HTMLReporter {
    /// The batch at a glance, worst first: who sent it (the issuing body, not the file name),
    /// its number and date, counts, coverage, change since the last review, decisions. Each row
    /// links to its details; a submission with nothing to report has no section of its own.
    static func summary(_ report: CheckReport, english: Bool) -> String {
        guard report.documents.count > 1 else { return "" }
        let t = HTMLWords(english: english)
        let rows = BatchSummary(report).rows
        let review = report.documents.contains { $0.new != nil }
        var out =
            "<section class=\"summary\">\n<h2>\(t.summary)</h2>\n<div class=\"scroll\"><table class=\"batch\">\n"
        out += "<thead><tr><th>\(t.issuer)</th><th>\(t.number)</th><th>\(t.date)</th><th>\(t.errors)</th>"
        out += "<th>\(t.warnings)</th><th>\(t.coverage)</th>"
        if review { out += "<th>\(t.newResolved)</th>" }
        out += "<th>\(t.decisions)</th></tr></thead>\n<tbody>\n"
        for r in rows {
            let d = r.document
            let name = d.issuer ?? fileName(d.path)
            let target = r.findings + r.dismissed > 0 ? "<a href=\"#doc-\(r.index)\">\(e(name))</a>" : e(name)
            out += "<tr><th scope=\"row\" title=\"\(e(report.relativePath(d.path)))\">\(target)</th>"
            out +=
                "<td>\(e(d.number ?? "—"))</td><td>\(d.issueDate.map { OfficialFormat.date($0, english: english) } ?? "—")</td>"
            out += "<td class=\"num\(r.errors > 0 ? " sev-error" : "")\">\(r.errors)</td>"
            out += "<td class=\"num\">\(r.warnings)</td>"
            out +=
                "<td class=\"num\">\(r.coverage.map { OfficialFormat.percent($0, english: english) } ?? "—")</td>"
            if review {
                out +=
                    "<td class=\"num\">\(d.new.map(String.init) ?? "—")/\(d.resolved.map(String.init) ?? "—")</td>"
            }
            out += "<td class=\"num\">\(r.confirmed)/\(r.dismissed)</td></tr>\n"
        }
        out += "</tbody></table></div>\n<p class=\"meta\">\(t.decisionsLegend)</p>\n"
        let clean = rows.filter { $0.findings + $0.dismissed == 0 }
        if !clean.isEmpty {
            let names = clean.map { e($0.document.issuer ?? fileName($0.document.path)) }
            out += "<p class=\"clean\">\(t.clean(clean.count)): \(names.joined(separator: "; "))</p>\n"
        }
        return out + "</section>\n"
    }

    static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }

    /// A short column header for a file: its name without folders or extension.
    static func shortName(_ path: String) -> String {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
