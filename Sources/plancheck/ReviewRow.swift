import Foundation
import PlanCheckCore
import PlanCheckStore

/// One submission's line in the review summary, compared with its previous review.
struct ReviewRow {
    var input: SubmissionInput
    var new = 0, resolved = 0, unchanged = 0, confirmed = 0, dismissed = 0, open = 0
    var hasPrevious = false
    /// Stored links whose parent duty changed wording since the previous review.
    var staleLinks: [String] = []

    init(
        input: SubmissionInput, previous: (findings: [StoredFinding], links: [StoredLink])?,
        decisions: [String: ReviewState]
    ) {
        self.input = input
        let now = Set(input.findings.map(\.fingerprint))
        for f in input.findings where f.severity == "error" || f.severity == "warning" {
            // A confirmed error is still a defect of the submission: only a false alarm stops counting.
            switch decisions[f.fingerprint]?.decision {
            case .confirmed: confirmed += 1
            case .dismissed: dismissed += 1
            case nil: break
            }
            if f.severity == "error", decisions[f.fingerprint]?.decision != .dismissed { open += 1 }
        }
        guard let previous else { return }
        hasPrevious = true
        let before = Set(previous.findings.map(\.fingerprint))
        new = now.subtracting(before).count
        resolved = before.subtracting(now).count
        unchanged = now.intersection(before).count
        let current = Set(input.links.map { $0.parentPath + "\u{0}" + $0.parentItemFingerprint })
        staleLinks = previous.links.filter {
            !current.contains($0.parentPath + "\u{0}" + $0.parentItemFingerprint)
        }
        .map { String($0.parentItemText.prefix(80)) }
    }

    /// Tab-separated, one submission per line: names, messages and parent text are escaped
    /// (tabs and newlines included), so a plan or a file name cannot add a column, forge a row or
    /// send a control sequence to the terminal.
    static func table(_ rows: [ReviewRow], run: Int64) -> String {
        func safe(_ s: String) -> String { DisplaySafe.escape(s) }
        var out = "Lượt kiểm tra #\(run)\n"
        out += "hồ sơ\tlỗi\tcảnh báo\tbao phủ\tmới/đã sửa/giữ nguyên\txác nhận/báo nhầm\tghi chú\n"
        for r in rows {
            let cov = r.input.coverage.map { String(format: "%.0f%%", $0 * 100) } ?? "—"
            let diff = r.hasPrevious ? "\(r.new)/\(r.resolved)/\(r.unchanged)" : "lần đầu"
            let note = r.input.cached ? "dùng lại kết quả đã lưu (cached)" : ""
            out +=
                "\(safe(r.input.name))\t\(r.input.count("error"))\t\(r.input.count("warning"))\t\(cov)\t\(diff)\t\(r.confirmed)/\(r.dismissed)\t\(note)\n"
            for f in r.input.findings {
                out +=
                    "  \(f.fingerprint.prefix(12)) \(safe(f.severity)) [\(safe(f.ruleId))] \(f.line.map { "dòng \($0): " } ?? "")\(safe(f.message))\n"
            }
            for s in r.staleLinks { out += "  cần xem lại (nhiệm vụ cấp trên đã đổi): \(safe(s))\n" }
        }
        return out
    }
}
