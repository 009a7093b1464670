import PlanCheckCore

extension HTMLReporter {
    /// Parent duties × child plans as a coloured grid; the matched child text and score sit in a
    /// tooltip and, for touch screens and printing, in a <details> inside the cell.
    static func coverage(_ report: CheckReport) -> String {
        guard !report.coverage.isEmpty else { return "" }
        var out = "<section class=\"coverage\">\n<h2>Tiếp nhận nhiệm vụ cấp trên</h2>\n"
        out +=
            "<p class=\"legend\"><span class=\"cov-covered\">✓ đã tiếp nhận</span> <span class=\"cov-partial\">~ một phần</span> "
        out +=
            "<span class=\"cov-missing\">✗ thiếu</span> <span class=\"cov-not-applicable\">– không áp dụng</span></p>\n"
        for grid in CoverageGrid.build(report.coverage) {
            out +=
                "<h3>\(e(report.relativePath(grid.parent)))</h3>\n<div class=\"scroll\"><table class=\"grid\">\n"
            out += "<thead><tr><th>Nhiệm vụ cấp trên</th>"
            out +=
                grid.children.map { "<th>\(e(report.relativePath($0)))</th>" }.joined()
                + "</tr></thead>\n<tbody>\n"
            for row in grid.rows {
                out += "<tr><th scope=\"row\"><span class=\"ln\">\(row.line)</span>\(e(row.text))</th>"
                out += row.cells.map(cell).joined() + "</tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        return out + "</section>\n"
    }

    static func cell(_ record: CoverageRecord?) -> String {
        guard let m = record?.match else { return "<td class=\"cov-none\"></td>" }
        let score = String(Int((m.score * 100).rounded()))
        var tip = "\(outcomeLabel(m.outcome)), điểm \(score)/100"
        if let child = m.childItem { tip += " — \(child.text)" }
        if let reason = m.reason { tip += " (\(reason))" }
        var out = "<td class=\"cov-\(m.outcome.rawValue)\" title=\"\(e(tip))\"><details><summary>"
        out +=
            "\(CoverageMatrix.mark(m.outcome))</summary><p>\(e(outcomeLabel(m.outcome))), điểm \(score)/100</p>"
        if let child = m.childItem {
            let at = child.span.map { "dòng \($0.line): " } ?? ""
            out += "<p>\(at)\(e(child.text))</p>"
        }
        if !m.sharedTerms.isEmpty { out += "<p>Từ chung: \(e(m.sharedTerms.joined(separator: ", ")))</p>" }
        if let reason = m.reason { out += "<p>\(e(reason))</p>" }
        return out + "</details></td>"
    }

    static func outcomeLabel(_ o: CoverageOutcome) -> String {
        switch o {
        case .covered: return "đã tiếp nhận"
        case .partial: return "tiếp nhận một phần"
        case .missing: return "thiếu"
        case .notApplicable: return "không áp dụng"
        }
    }

    /// Findings per rule as horizontal bars: which rules dominate is the first thing a reviewer
    /// asks of a batch of submissions.
    static func chart(_ report: CheckReport) -> String {
        let counts = Dictionary(grouping: report.standing, by: \.ruleId).map { ($0.key, $0.value.count) }
            .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
        guard let top = counts.first?.1 else { return "" }
        let barHeight = 22
        let height = counts.count * barHeight + 8
        var out = "<section class=\"chart\">\n<h2>Số phát hiện theo quy tắc</h2>\n"
        out +=
            "<svg role=\"img\" aria-label=\"Biểu đồ số phát hiện theo quy tắc\" width=\"640\" height=\"\(height)\" "
        out += "viewBox=\"0 0 640 \(height)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        for (i, (id, n)) in counts.enumerated() {
            let y = i * barHeight + 4
            let width = max(2, n * 480 / top)
            let severity = report.findings.first { $0.ruleId == id }?.severity ?? .warning
            out += "<text x=\"0\" y=\"\(y + 15)\" class=\"axis\">\(e(id))</text>"
            out +=
                "<rect x=\"100\" y=\"\(y)\" width=\"\(width)\" height=\"\(barHeight - 6)\" class=\"bar sev-\(severity.rawValue)\">"
            out += "<title>\(e(id)): \(n)</title></rect>"
            out += "<text x=\"\(106 + width)\" y=\"\(y + 15)\" class=\"axis\">\(n)</text>\n"
        }
        return out + "</svg>\n</section>\n"
    }
}
