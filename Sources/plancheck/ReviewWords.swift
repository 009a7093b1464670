/// The words of the `review` and `history` tables in both languages.
struct ReviewWords {
    let english: Bool

    func pick(_ vi: String, _ en: String) -> String { english ? en : vi }

    var run: String { pick("Lượt kiểm tra", "Review run") }
    var header: String {
        pick(
            "hồ sơ\tlỗi\tcảnh báo\tbao phủ\tmới/đã sửa/giữ nguyên\txác nhận/báo nhầm\tghi chú",
            "submission\terrors\twarnings\tcoverage\tnew/resolved/unchanged\tconfirmed/dismissed\tnote")
    }
    var first: String { pick("lần đầu", "first review") }
    var cached: String { pick("dùng lại kết quả đã lưu", "stored result reused") }
    var stale: String {
        pick("cần xem lại (nhiệm vụ cấp trên đã đổi)", "to look at again (the parent duty changed)")
    }
    func line(_ n: Int) -> String { pick("dòng \(n): ", "line \(n): ") }

    func totals(
        submissions: Int, withErrors: Int, errors: Int, warnings: Int, coverage: String?, new: Int,
        resolved: Int,
        confirmed: Int, dismissed: Int
    ) -> String {
        let cov = coverage.map { pick(", bao phủ trung bình \($0)", ", mean coverage \($0)") } ?? ""
        return pick(
            "Tổng: \(submissions) hồ sơ (\(withErrors) có lỗi), \(errors) lỗi, \(warnings) cảnh báo\(cov); \(new) mới, \(resolved) đã sửa; \(confirmed) xác nhận, \(dismissed) báo nhầm.",
            "Total: \(submissions) submission(s) (\(withErrors) with errors), \(errors) error(s), \(warnings) warning(s)\(cov); \(new) new, \(resolved) resolved; \(confirmed) confirmed, \(dismissed) dismissed."
        )
    }

    // history
    var historyHeader: String {
        pick(
            "lượt\tthời điểm\ttrạng thái\thồ sơ\tlỗi\tcảnh báo\tbao phủ\tghi chú",
            "run\ttime\tstatus\tsubmission\terrors\twarnings\tcoverage\tnote")
    }
    func status(_ stored: String) -> String {
        switch stored {
        case "done": return pick("xong", "done")
        case "running": return pick("đang chạy", "running")
        default: return stored
        }
    }
}
