import Foundation
import PlanCheckStore

/// A unit's versions: the clerk's own page behind its link, and the reviewer's page with decisions.
enum SubmissionPages {
    static func clerk(
        campaign: WebCampaign, submitter: WebSubmitter, versions: [WebUpload], csrf: String,
        message: String? = nil
    ) -> String {
        let link = "/s/\(HTML.e(submitter.token))"
        var body =
            "<h1>\(HTML.e(campaign.name))</h1>\n<p class=\"meta\">Đơn vị: <b>\(HTML.e(submitter.unit))</b>"
        body += " · hạn nộp \(HTML.e(CampaignPages.display(campaign.due)))</p>\n"
        if let message { body += "<p class=\"error\">\(HTML.e(message))</p>\n" }
        body += """
            <form method="post" action="\(link)" enctype="multipart/form-data" class="upload">
            <input type="hidden" name="csrf" value="\(HTML.e(csrf))">
            <p><label for="file">Nộp kế hoạch (.docx, .pdf, .txt, .md)</label><br>
            <input type="file" id="file" name="file" accept=".docx,.pdf,.txt,.md" required></p>
            <p><button type="submit">Nộp phiên bản mới</button></p>
            </form>
            <h2>Các phiên bản đã nộp</h2>

            """
        if versions.isEmpty { body += "<p>Chưa nộp phiên bản nào.</p>\n" }
        body += "<ol>\n"
        for v in versions {
            body +=
                "<li><a href=\"\(link)/v/\(v.id)\">\(HTML.e(v.shownName))</a> — \(HTML.e(v.submittedAt))</li>\n"
        }
        return HTML.page(title: campaign.name, body: body + "</ol>\n")
    }

    static func clerkVersion(
        submitter: WebSubmitter, upload: WebUpload, findings: [StoredFinding], links: [StoredLink],
        verdicts: [String: String], downloads: [SubmissionDownloads.Kind] = []
    ) -> String {
        var body = "<h1>Kết quả kiểm tra: \(HTML.e(upload.shownName))</h1>\n"
        body += "<p class=\"meta\">\(HTML.e(submitter.unit)) · nộp lúc \(HTML.e(upload.submittedAt))</p>\n"
        let open = findings.filter { verdicts[$0.fingerprint] != Decision.dismissed }
        if open.isEmpty { body += "<p class=\"clean\">Không có phát hiện nào.</p>\n" }
        for f in open { body += CampaignPages.finding(f, verdict: verdicts[f.fingerprint]) }
        body += CampaignPages.coverage(links)
        body += downloadList(downloads, base: "/s/\(HTML.e(submitter.token))/v/\(upload.id)")
        body += "<p><a href=\"/s/\(HTML.e(submitter.token))\">Quay lại</a></p>\n"
        return HTML.page(title: upload.shownName, body: body)
    }

    struct Version: Sendable {
        var upload: WebUpload
        var findings: [StoredFinding]
    }

    static func reviewer(
        campaign: WebCampaign, submitter: WebSubmitter, versions: [Version], current: Version,
        links: [StoredLink],
        verdicts: [String: String], csrf: String, downloads: [SubmissionDownloads.Kind] = []
    ) -> String {
        var body = "<h1>\(HTML.e(submitter.unit)): \(HTML.e(current.upload.shownName))</h1>\n"
        body += "<p class=\"meta\">\(HTML.e(campaign.name)) · nộp lúc \(HTML.e(current.upload.submittedAt))"
        body += " · <a href=\"/dashboard\">Bảng theo dõi</a></p>\n<h2>Phát hiện</h2>\n"
        if current.findings.isEmpty { body += "<p class=\"clean\">Không có phát hiện nào.</p>\n" }
        for f in current.findings {
            body += CampaignPages.finding(f, verdict: verdicts[f.fingerprint])
            body += decisionForm(f, upload: current.upload.id, csrf: csrf)
        }
        body += CampaignPages.coverage(links)
        body += downloadList(downloads, base: "/submission/\(current.upload.id)")
        body +=
            "<h2>Lịch sử phiên bản</h2>\n<table class=\"list\"><thead><tr><th>Phiên bản</th><th>Nộp lúc</th>"
        body += "<th>Phát hiện</th><th>Mới</th><th>Đã sửa</th></tr></thead><tbody>\n"
        var before = Set<String>()
        for (i, v) in versions.enumerated() {
            let now = Set(v.findings.map(\.fingerprint))
            let new = i == 0 ? now.count : now.subtracting(before).count
            let resolved = i == 0 ? 0 : before.subtracting(now).count
            body +=
                "<tr><td><a href=\"/submission/\(v.upload.id)\">\(i + 1). \(HTML.e(v.upload.shownName))</a></td>"
            body += "<td>\(HTML.e(v.upload.submittedAt))</td><td>\(v.findings.count)</td><td>\(new)</td>"
            body += "<td>\(resolved)</td></tr>\n"
            before = now
        }
        return HTML.page(title: submitter.unit, body: body + "</tbody></table>\n")
    }

    /// Links to the version's report files; the clerk's page has no letter (it is the Sở's to send).
    static func downloadList(_ kinds: [SubmissionDownloads.Kind], base: String) -> String {
        guard !kinds.isEmpty else { return "" }
        var out = "<h2>Tải về</h2>\n<ul class=\"downloads\">\n"
        for kind in kinds {
            out +=
                "<li><a href=\"\(base)/download/\(kind.rawValue)\" download>\(HTML.e(kind.label))</a></li>\n"
        }
        return out + "</ul>\n"
    }

    static func decisionForm(_ f: StoredFinding, upload: Int64, csrf: String) -> String {
        """
        <form method="post" action="/submission/\(upload)/decide" class="decide">
        <input type="hidden" name="csrf" value="\(HTML.e(csrf))">
        <input type="hidden" name="fingerprint" value="\(HTML.e(f.fingerprint))">
        <input name="reason" placeholder="Lý do" required aria-label="Lý do">
        <button type="submit" name="verdict" value="confirm">Xác nhận lỗi</button>
        <button type="submit" name="verdict" value="dismiss">Bỏ qua (báo nhầm)</button>
        </form>

        """
    }
}
