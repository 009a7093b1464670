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
