import PlanCheckCore

/// The fixed words of the HTML and Markdown reports in both languages (`--lang en`); the
/// findings' messages come translated from the rules.
struct HTMLWords {
    let english: Bool

    func pick(_ vi: String, _ en: String) -> String { english ? en : vi }

    var title: String { pick("Báo cáo kiểm tra kế hoạch", "Plan check report") }
    var summary: String { pick("Tổng hợp các hồ sơ (nặng nhất trước)", "Submissions, worst first") }
    var issuer: String { pick("Cơ quan ban hành", "Issuer") }
    var number: String { pick("Số", "Number") }
    var date: String { pick("Ngày", "Date") }
    var errors: String { pick("Lỗi", "Errors") }
    var warnings: String { pick("Cảnh báo", "Warnings") }
    var infos: String { pick("Thông tin", "Info") }
    var coverage: String { pick("Bao phủ", "Coverage") }
    var newResolved: String { pick("Mới/đã sửa", "New/resolved") }
    var decisions: String { pick("Xác nhận/báo nhầm", "Confirmed/dismissed") }
    var decisionsLegend: String {
        pick(
            "Bao phủ: phần nhiệm vụ cấp trên giao cho cấp của hồ sơ đã được tiếp nhận (một phần tính ½). Xác nhận/báo nhầm: quyết định của người thẩm định.",
            "Coverage: share of the parent duties addressed to the submission's level it takes over (partial counts ½). Confirmed/dismissed: the reviewers' decisions."
        )
    }
    func clean(_ n: Int) -> String {
        pick("\(n) hồ sơ không có phát hiện nào", "\(n) submission(s) without findings")
    }
    var generated: String { pick("lập lúc", "generated") }
    func documents(_ n: Int) -> String { pick("\(n) văn bản", "\(n) document(s)") }
    var noFindings: String { pick("Không có phát hiện nào.", "No findings.") }
    var dismissedApart: String { pick("Báo nhầm đã loại", "Dismissed as false alarms") }
    var confirmed: String { pick("Đã xác nhận lỗi", "Confirmed defect") }
    var dismissed: String { pick("Đã loại (báo nhầm)", "Dismissed (false alarm)") }
    var chart: String { pick("Số phát hiện theo quy tắc", "Findings per rule") }
    var notes: String { pick("Ghi chú", "Notes") }
    var linked: String { pick("Nối theo viện dẫn", "Linked by citation") }
    var unreadable: String { pick("Không đọc được", "Could not be read") }
    var notChecked: String { pick("Không kiểm tra", "Not checked") }
    var stale: String { pick("Không còn xuất hiện (baseline)", "No longer occurs (baseline)") }
    var onlyNew: String { pick("Chỉ hiện phát hiện mới.", "Only new findings are shown.") }
    var whole: String { pick("toàn văn bản", "whole document") }
    var head: String { pick("Phần đầu văn bản", "Document header") }
    var wholeDocument: String { pick("Toàn văn bản", "Whole document") }
    func line(_ l: Int, _ c: Int) -> String { pick("dòng \(l), cột \(c)", "line \(l), column \(c)") }
    var see: String { pick("Xem", "See") }
    var lineWord: String { pick("dòng", "line") }
    var why: String { pick("Vì sao và căn cứ pháp lý", "Why, and the legal basis") }
    var parentDuties: String { pick("Tiếp nhận nhiệm vụ cấp trên", "Parent duties taken over") }
    var parentDuty: String { pick("Nhiệm vụ cấp trên", "Parent duty") }
    var issueDate: String { pick("Ngày ban hành", "Issued") }
    var mostImportant: String { pick("Phát hiện quan trọng nhất", "Most important findings") }
    func checked(_ n: Int) -> String { pick("Đã kiểm tra \(n) văn bản.", "\(n) document(s) checked.") }
    var level: String { pick("Mức", "Severity") }
    var count: String { pick("Số phát hiện", "Findings") }
    func more(_ n: Int) -> String {
        pick(
            "… và \(n) phát hiện khác (xem báo cáo HTML hoặc SARIF).",
            "… and \(n) more (see the HTML or SARIF report).")
    }
    var legend: String {
        pick(
            "✓ đã tiếp nhận · ~ một phần · ✗ thiếu · – không áp dụng",
            "✓ covered · ~ partial · ✗ missing · – not applicable")
    }
    var rulesDocs: String {
        pick(
            "Quy tắc và căn cứ pháp lý: xem `docs/rules.md`; các định dạng báo cáo: `docs/formats.md`.",
            "Rules and their legal basis: `docs/rules.md`; report formats: `docs/formats.md`.")
    }

    func severity(_ s: Severity) -> String {
        switch s {
        case .error: return errors
        case .warning: return warnings
        case .info: return infos
        }
    }
}
