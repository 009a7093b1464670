import PlanCheckCore
import PlanCheckReport
import PlanCheckStore

/// The self-check pages, in Vietnamese: the upload form, the result, and an error.
enum Pages {
    static func selfCheckForm(maxUploadMB: Int, campaigns: [WebCampaign] = []) -> String {
        var choice = ""
        if !campaigns.isEmpty {
            choice = "<p><label for=\"campaign\">hoặc so với văn bản cấp trên của đợt</label><br>"
            choice += "<select id=\"campaign\" name=\"campaign\"><option value=\"\">(không chọn)</option>"
            for c in campaigns { choice += "<option value=\"\(c.id)\">\(HTML.e(c.name))</option>" }
            choice += "</select></p>"
        }
        let accept = ".docx,.pdf,.txt,.md"
        let body = """
            <h1>Tự kiểm tra dự thảo kế hoạch</h1>
            <p>Tải lên dự thảo kế hoạch (.docx, .pdf, .txt hoặc .md, tối đa \(maxUploadMB) MB) để xem trước \
            những điểm cơ quan cấp trên sẽ góp ý: thể thức theo Nghị định 30/2020/NĐ-CP, viện dẫn căn cứ, \
            nhiệm vụ và thời hạn. Kèm văn bản cấp trên để xem kế hoạch đã tiếp nhận đủ nhiệm vụ chưa.</p>
            <p class="note">Tệp chỉ được đọc để kiểm tra rồi xóa ngay; không có gì được lưu lại.</p>
            <form method="post" action="/check" enctype="multipart/form-data" class="upload">
            <p><label for="file">Dự thảo kế hoạch</label><br>
            <input type="file" id="file" name="file" accept="\(accept)" required></p>
            <p><label for="parent">Văn bản cấp trên (không bắt buộc)</label><br>
            <input type="file" id="parent" name="parent" accept="\(accept)"></p>
            \(choice)
            <p><button type="submit">Kiểm tra</button></p>
            </form>
            """
        return HTML.page(title: "Tự kiểm tra dự thảo", body: body)
    }

    static func result(_ outcome: SelfCheck.Outcome, planName: String, parentName: String?) -> String {
        let report = outcome.report
        var body = "<h1>Kết quả tự kiểm tra</h1>\n<p class=\"meta\">Dự thảo: <b>\(HTML.e(planName))</b>"
        if let parentName { body += " · so với văn bản cấp trên: <b>\(HTML.e(parentName))</b>" }
        body += "</p>\n<p class=\"counts\">"
        for s in Severity.allCases {
            body += "<span class=\"badge sev-\(s.rawValue)\">\(label(s)): <b>\(report.count(s))</b></span> "
        }
        body += "</p>\n"
        if report.findings.isEmpty {
            body += "<p class=\"clean\">Không có phát hiện nào.</p>\n"
        }
        body += outcome.clean(HTMLReporter.fragment(report))
        body += "<p><a href=\"/\">Kiểm tra tệp khác</a></p>\n"
        return HTML.page(title: "Kết quả tự kiểm tra", body: body)
    }

    static func error(_ error: WebError) -> String {
        let body = """
            <h1>Không kiểm tra được</h1>
            <p class="error">\(HTML.e(error.message))</p>
            <p><a href="/">Quay lại</a></p>
            """
        return HTML.page(title: "Lỗi", body: body)
    }

    static func label(_ s: Severity) -> String {
        switch s {
        case .error: return "Lỗi"
        case .warning: return "Cảnh báo"
        case .info: return "Thông tin"
        }
    }

    /// The report's stylesheet plus the pages' own rules; served from /static.
    static let stylesheet =
        HTMLAssets.css + "\n"
            + """
            .brand{margin:.4em 0;font-weight:700}.brand a{color:#1b1b1b;text-decoration:none}
            form.upload{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 16px}
            button{font-size:1rem;padding:6px 18px;border-radius:6px;border:1px solid #1f5fa8;background:#1f5fa8;color:#fff;cursor:pointer}
            .note{color:#555;font-size:.92rem}.error{color:var(--err);font-weight:600}
            table.list{border-collapse:collapse;background:#fff}.list th,.list td{border:1px solid var(--line);padding:4px 10px;text-align:left}
            form.inline{display:inline}form.inline button{font-size:.85rem;padding:2px 10px}
            .late{color:var(--err)}.ontime{color:var(--ok)}.none{color:#777}
            """
}
