import PlanCheckCore
import PlanCheckEngine
import PlanCheckReport

/// The campaign block of `review`: a totals line, then one line per expected submitter, worst
/// first (not submitted, late, undated, on time), with its latest version.
enum ReviewCampaign {
    static func text(_ status: CampaignStatus, english: Bool) -> String {
        let submitted = status.submitters.count - status.count(.missing)
        let due = status.due.map { english ? ", due \(date($0))" : ", hạn \(date($0))" } ?? ""
        var out =
            english
            ? "Campaign: \(status.submitters.count) expected\(due): \(submitted) submitted "
                + "(\(status.count(.onTime)) on time, \(status.count(.late)) late"
                + (status.count(.undated) > 0 ? ", \(status.count(.undated)) undated" : "")
                + "), \(status.count(.missing)) not submitted.\n"
            : "Đợt nộp: \(status.submitters.count) đơn vị phải nộp\(due): \(submitted) đã nộp "
                + "(\(status.count(.onTime)) đúng hạn, \(status.count(.late)) trễ hạn"
                + (status.count(.undated) > 0 ? ", \(status.count(.undated)) không rõ ngày" : "")
                + "), \(status.count(.missing)) chưa nộp.\n"
        let order: [CampaignStatus.State] = [.missing, .late, .undated, .onTime]
        let rows = status.submitters.enumerated().sorted {
            (order.firstIndex(of: $0.element.state)!, $0.offset) < (
                order.firstIndex(of: $1.element.state)!, $1.offset
            )
        }
        for (_, s) in rows {
            var line = "  " + pad(word(s.state, english), 12) + DisplaySafe.escape(s.name)
            if let latest = s.latest {
                line +=
                    "  " + DisplaySafe.escape(latest.path) + (latest.issueDate.map { " (\(date($0)))" } ?? "")
                if s.versions.count > 1 {
                    line += english ? ", \(s.versions.count) versions" : ", \(s.versions.count) bản"
                }
            }
            out += line + "\n"
        }
        for v in status.unmatched {
            out +=
                "  " + pad(english ? "not expected" : "ngoài danh sách", 12) + DisplaySafe.escape(v.path)
                + "\n"
        }
        return out
    }

    static func word(_ state: CampaignStatus.State, _ english: Bool) -> String {
        switch state {
        case .missing: return english ? "missing" : "chưa nộp"
        case .late: return english ? "late" : "trễ hạn"
        case .undated: return english ? "undated" : "không rõ ngày"
        case .onTime: return english ? "on time" : "đúng hạn"
        }
    }

    static func date(_ d: CalendarDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(d.day))/\(two(d.month))/\(d.year)"
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}
