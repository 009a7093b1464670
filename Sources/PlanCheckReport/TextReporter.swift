import PlanCheckCore

/// `path:line:col: severity: [ID] message`, the excerpt, then a summary: the form compilers use,
/// so editors and CI logs link each finding to its line. Paths and plan text go through
/// `DisplaySafe`: each finding stays on its own lines, and nothing from a plan reaches the
/// terminal as a control sequence.
public struct TextReporter: Sendable {
    public var color: Bool
    public var english: Bool

    public init(color: Bool, english: Bool) {
        self.color = color
        self.english = english
    }

    public func render(_ report: CheckReport) -> String {
        var out = ""
        for f in report.standing {
            let line = f.span?.line ?? 1
            let column = f.span?.column ?? 1
            out +=
                "\(safe(f.path)):\(line):\(column): \(paint(f.severity)): [\(safe(f.ruleId))] \(safe(f.message))\n"
            if let whereInFile = place(f.origin) { out += "    \(whereInFile)\n" }
            // A tab inside a quoted line is layout, and harmless on a terminal.
            if !f.excerpt.isEmpty {
                out += "    \(DisplaySafe.escape(TextReporter.clip(f.excerpt), keeping: .tab))\n"
            }
            if let d = report.review(f) {
                out += "    \(d.decision.word(english: english)): \(safe(d.reason)) (\(safe(d.reviewer)))\n"
            }
            for r in f.related {
                let at = r.span.map { ":\($0.line):\($0.column)" } ?? ""
                out += "    \(english ? "see" : "xem") \(safe(r.path))\(at): \(safe(r.message))\n"
            }
        }
        for f in report.dismissed {
            let r = report.review(f)
            out += (english ? "dismissed as a false alarm: " : "đã loại (báo nhầm): ")
            out +=
                "\(safe(f.path)):\(f.span?.line ?? 1): [\(safe(f.ruleId))] \(safe(TextReporter.clip(f.message)))"
                + " — \(safe(r?.reason ?? ""))\n"
        }
        for link in report.links {
            out += (english ? "linked by citation: " : "nối theo viện dẫn: ") + safe(link) + "\n"
        }
        out += CoverageMatrix.render(report.coverage, english: english)
        for e in report.baseline?.stale ?? [] {
            out += (english ? "no longer occurs: " : "không còn xuất hiện: ")
            // A baseline is a file anyone can edit: its paths and messages are escaped like a plan's.
            out +=
                DisplaySafe.escape("\(e.path): [\(e.ruleId)] \(TextReporter.clip(e.message))")
                + " (\(e.fingerprint.prefix(12)))\n"
        }
        out += summary(report)
        return out
    }

    /// Where a person looks in Word or a PDF viewer: the extracted line number means nothing there.
    func place(_ origin: LineOrigin?) -> String? {
        guard let o = origin else { return nil }
        var parts: [String] = []
        if let p = o.page { parts.append(english ? "page \(p)" : "trang \(p)") }
        if let p = o.paragraph { parts.append(english ? "paragraph \(p)" : "đoạn \(p)") }
        if let r = o.tableRow { parts.append(english ? "table row \(r)" : "bảng, hàng \(r)") }
        if let c = o.tableCell { parts.append(english ? "cell \(c)" : "ô \(c)") }
        return parts.isEmpty ? nil : "(" + parts.joined(separator: ", ") + ")"
    }

    public func summary(_ report: CheckReport) -> String {
        let e = report.count(.error)
        let w = report.count(.warning)
        let i = report.count(.info)
        let docs = report.documents.count
        let after = report.baseline.map { $0.sentence(english: english) + "\n" } ?? ""
        if english {
            return "\(docs) document(s) checked: \(e) error(s), \(w) warning(s), \(i) info.\n" + after
        }
        return "Đã kiểm tra \(docs) văn bản: \(e) lỗi, \(w) cảnh báo, \(i) thông tin.\n" + after
    }

    func paint(_ s: Severity) -> String {
        guard color else { return s.rawValue }
        let code: String
        switch s {
        case .error: code = "31"
        case .warning: code = "33"
        case .info: code = "36"
        }
        return "\u{1B}[\(code)m\(s.rawValue)\u{1B}[0m"
    }

    func safe(_ s: String) -> String { DisplaySafe.escape(s) }

    /// Long paragraphs are cut for the terminal; reports for files keep them whole.
    static func clip(_ s: String, _ limit: Int = 160) -> String {
        s.count > limit ? String(s.prefix(limit)) + "…" : s
    }
}
