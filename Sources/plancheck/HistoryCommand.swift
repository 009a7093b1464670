import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckStore

/// Past reviews, one line per reviewed submission.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Các lượt kiểm tra đã lưu.")
    @Option(help: "Chỉ hồ sơ có tên này.") var submission: String?
    @OptionGroup var db: DatabaseOptions

    func run() throws {
        let runs: [RunSummary]
        do { runs = try db.openForReading().runs(submission: submission) } catch let e as StoreError {
            throw InputFailure(message: e.description)
        }
        print("lượt\tthời điểm\ttrạng thái\thồ sơ\tlỗi\tcảnh báo\tbao phủ")
        for r in runs {
            let cov = r.coverage.map { String(format: "%.0f%%", $0 * 100) } ?? "—"
            // The stored name is a file name: escaped, it cannot add a column or forge a line.
            let fields = [r.startedAt, r.status, r.submission].map { DisplaySafe.escape($0) }
            print(
                "\(r.runId)\t\(fields.joined(separator: "\t"))\t\(r.errors)\t\(r.warnings)\t\(cov)\(r.cached ? "\t(cached)" : "")"
            )
        }
    }
}

/// `accept` and `reject` share everything but the verdict.
struct DecisionOptions: ParsableArguments {
    @Argument(help: "Dấu vân tay của phát hiện (hoặc phần đầu, ít nhất 6 ký tự).") var finding: String
    @Option(help: "Lý do (bắt buộc).") var reason: String
    @Option(help: "Người quyết định (mặc định $USER).") var by: String?
    @OptionGroup var db: DatabaseOptions

    func record(_ verdict: String) throws {
        guard finding.count >= 6 else {
            throw ValidationError("finding: give at least 6 characters of the fingerprint")
        }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--reason must not be empty")
        }
        let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
        do {
            let fp = try db.open().decide(
                finding, verdict: verdict, reason: reason, by: who, at: StoreClock.now())
            print(
                "\(verdict == "accepted" ? "đã chấp nhận" : "đã bác bỏ") \(fp.prefix(12)) (\(DisplaySafe.escape(who)), \(StoreClock.now()))"
            )
        } catch let e as StoreError {
            throw InputFailure(message: e.description)
        }
    }
}

struct AcceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept", abstract: "Chấp nhận một phát hiện (lỗi có thật, đã ghi nhận).")
    @OptionGroup var options: DecisionOptions
    func run() throws { try options.record("accepted") }
}

struct RejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Bác bỏ một phát hiện (báo nhầm).")
    @OptionGroup var options: DecisionOptions
    func run() throws { try options.record("rejected") }
}
