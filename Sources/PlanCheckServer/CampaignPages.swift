import Foundation
import PlanCheckStore

/// The reviewer's and the clerk's pages of a campaign.
enum CampaignPages {
    static func login(csrf: String, message: String? = nil) -> String {
        var body = "<h1>Đăng nhập cán bộ thẩm định</h1>\n"
        if let message { body += "<p class=\"error\">\(HTML.e(message))</p>\n" }
        body += """
            <form method="post" action="/login" class="upload">
            <input type="hidden" name="csrf" value="\(HTML.e(csrf))">
            <p><label for="name">Tên đăng nhập</label><br><input id="name" name="name" required></p>
            <p><label for="password">Mật khẩu</label><br><input id="password" name="password" type="password" required></p>
            <p><button type="submit">Đăng nhập</button></p>
            </form>
            """
        return HTML.page(title: "Đăng nhập", body: body)
    }

    static func forbidden() -> String {
        HTML.page(
            title: "Không có quyền",
            body:
                "<h1>Không có quyền xem trang này</h1>\n<p><a href=\"/login\">Đăng nhập</a> · <a href=\"/\">Tự kiểm tra</a></p>"
        )
    }

    static func dashboard(
        _ campaigns: [(WebCampaign, [CampaignDesk.Row])], user: String, csrf: String, sort: String
    ) -> String {
        // A div, not a p: a form inside a p closes it, and the logout button falls out of the line.
        var body = "<h1>Bảng theo dõi các đợt nộp kế hoạch</h1>\n<div class=\"meta\">\(HTML.e(user)) · "
        body +=
            "<form method=\"post\" action=\"/logout\" class=\"inline\"><input type=\"hidden\" name=\"csrf\" "
        body += "value=\"\(HTML.e(csrf))\"><button type=\"submit\">Đăng xuất</button></form></div>\n"
        if campaigns.isEmpty {
            body += "<p>Chưa có đợt nào: tạo bằng <code>plancheck campaign create</code>.</p>\n"
        }
        for (campaign, rows) in campaigns {
            body +=
                "<h2>\(HTML.e(campaign.name))</h2>\n<p class=\"meta\">Hạn nộp: \(HTML.e(display(campaign.due)))"
            let missing = rows.filter { $0.state == .missing }.count
            body += " · \(rows.count - missing)/\(rows.count) đơn vị đã nộp</p>\n"
            body += table(sorted(rows, by: sort))
        }
        return HTML.page(title: "Bảng theo dõi", body: body)
    }

    static func table(_ rows: [CampaignDesk.Row]) -> String {
        func head(_ key: String, _ label: String) -> String {
            "<th><a href=\"/dashboard?sort=\(key)\">\(label)</a></th>"
        }
        var out = "<table class=\"list\"><thead><tr>" + head("unit", "Đơn vị") + head("state", "Tình trạng")
        out += head("errors", "Lỗi") + head("warnings", "Cảnh báo") + head("coverage", "Tiếp nhận")
        out += "<th>Phiên bản</th><th>Đã quyết định</th></tr></thead>\n<tbody>\n"
        for r in rows {
            let unit =
                r.latest.map { "<a href=\"/submission/\($0.id)\">\(HTML.e(r.submitter.unit))</a>" }
                ?? HTML.e(r.submitter.unit)
            let cls = r.state == .missing ? "none" : r.state == .late ? "late" : "ontime"
            out +=
                "<tr data-unit=\"\(HTML.e(r.submitter.unit))\"><td>\(unit)</td><td class=\"\(cls)\">\(r.state.label)</td>"
            let present = r.state != .missing
            out +=
                "<td class=\"errors\">\(present ? String(r.errors) : "")</td><td>\(present ? String(r.warnings) : "")</td>"
            out += "<td>\(r.coverage.map { "\(Int(($0 * 100).rounded())) %" } ?? "")</td>"
            out += "<td>\(r.versions)</td><td>\(r.decisions)</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// Worst first unless asked: not submitted, then most errors, most warnings, least coverage.
    static func sorted(_ rows: [CampaignDesk.Row], by key: String) -> [CampaignDesk.Row] {
        switch key {
        case "unit": return rows.sorted { $0.submitter.unit < $1.submitter.unit }
        case "state": return rows.sorted { ($0.state, $0.submitter.unit) < ($1.state, $1.submitter.unit) }
        case "warnings":
            return rows.sorted { ($1.warnings, $0.submitter.unit) < ($0.warnings, $1.submitter.unit) }
        case "coverage": return rows.sorted { ($0.coverage ?? 2) < ($1.coverage ?? 2) }
        default:
            return rows.sorted { a, b in
                if (a.state == .missing) != (b.state == .missing) { return a.state == .missing }
                if a.errors != b.errors { return a.errors > b.errors }
                if a.warnings != b.warnings { return a.warnings > b.warnings }
                if (a.coverage ?? 2) != (b.coverage ?? 2) { return (a.coverage ?? 2) < (b.coverage ?? 2) }
                return a.submitter.unit < b.submitter.unit
            }
        }
    }

    /// "2026-03-31" as officials write it, "31/03/2026".
    static func display(_ iso: String) -> String {
        let p = iso.split(separator: "-")
        return p.count == 3 ? "\(p[2])/\(p[1])/\(p[0])" : iso
    }

    static func severityLabel(_ s: String) -> String {
        ["error": "Lỗi", "warning": "Cảnh báo", "info": "Thông tin"][s] ?? s
    }

    static func finding(_ f: StoredFinding, verdict: String?) -> String {
        var out =
            "<article class=\"finding sev-\(HTML.e(f.severity))\" data-fingerprint=\"\(HTML.e(f.fingerprint))\">"
        out +=
            "<p class=\"msg\"><span class=\"badge sev-\(HTML.e(f.severity))\">\(severityLabel(f.severity))</span> "
        out += "<code>\(HTML.e(f.ruleId))</code> \(HTML.e(f.message))"
        out += " <span class=\"loc\">\(f.line.map { "dòng \($0)" } ?? "toàn văn bản")</span></p>"
        if !f.excerpt.isEmpty { out += "<pre class=\"quote\">\(HTML.e(f.excerpt))</pre>" }
        if let verdict {
            out +=
                "<p class=\"review\">\(verdict == Decision.dismissed ? "Đã bỏ qua (báo nhầm)" : "Đã xác nhận lỗi")</p>"
        }
        return out + "</article>\n"
    }

    static func coverage(_ links: [StoredLink]) -> String {
        guard !links.isEmpty else { return "" }
        var out =
            "<h2>Tiếp nhận nhiệm vụ cấp trên</h2>\n<table class=\"list\"><thead><tr><th>Nhiệm vụ cấp trên</th>"
        out += "<th></th><th>Dòng</th></tr></thead><tbody>\n"
        for l in links {
            let mark =
                ["covered": "✓", "partial": "~", "missing": "✗", "not-applicable": "–"][l.outcome] ?? "?"
            out +=
                "<tr><td>\(HTML.e(l.parentItemText))</td><td class=\"cov-\(HTML.e(l.outcome))\">\(mark)</td>"
            out += "<td>\(l.childLine.map(String.init) ?? "")</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}
