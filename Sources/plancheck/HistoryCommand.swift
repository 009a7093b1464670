import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckStore

/// Past reviews: the runs in order, within each its submissions worst first, then a totals line.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Các lượt kiểm tra đã lưu.")
    @Option(help: "Chỉ hồ sơ có tên này.") var submission: String?
    @Option(help: "Ngôn ngữ: vi hoặc en.") var lang: CheckingOptions.Lang = .vi
    @OptionGroup var db: DatabaseOptions

    func run() throws {
        let runs: [RunSummary]
        do { runs = try db.openForReading().runs(submission: submission) } catch let e as StoreError {
            throw InputFailure(message: e.description)
        }
        let english = lang == .en
        let w = ReviewWords(english: english)
        let zone = OfficialFormat.zone()
        print(w.historyHeader)
        for r in runs.sorted(by: Self.worstFirst) {
            let cov = r.coverage.map { OfficialFormat.percent($0, english: english) } ?? "—"
            let at = OfficialFormat.time(iso: r.startedAt, in: zone, english: english)
            // The stored name is a file name: escaped, it cannot add a column or forge a line.
            let fields = [at, w.status(r.status), r.submission].map { DisplaySafe.escape($0) }
            print(
                "\(r.runId)\t\(fields.joined(separator: "\t"))\t\(r.errors)\t\(r.warnings)\t\(cov)\t\(r.cached ? w.cached : "")"
            )
        }
        let latest = runs.map(\.runId).max()
        let last = runs.filter { $0.runId == latest }
        let count = Set(runs.map(\.runId)).count
        print(
            english
                ? "Total: \(count) run(s), \(runs.count) reviewed submission(s); latest run: \(last.reduce(0) { $0 + $1.errors }) error(s), \(last.reduce(0) { $0 + $1.warnings }) warning(s) in \(last.count) submission(s)."
                : "Tổng: \(count) lượt, \(runs.count) hồ sơ đã kiểm tra; lượt gần nhất: \(last.reduce(0) { $0 + $1.errors }) lỗi, \(last.reduce(0) { $0 + $1.warnings }) cảnh báo trong \(last.count) hồ sơ."
        )
    }

    /// Runs in order; within a run, errors, then warnings, then the lowest coverage first.
    static func worstFirst(_ a: RunSummary, _ b: RunSummary) -> Bool {
        if a.runId != b.runId { return a.runId < b.runId }
        if a.errors != b.errors { return a.errors > b.errors }
        if a.warnings != b.warnings { return a.warnings > b.warnings }
        let ca = a.coverage ?? 2
        let cb = b.coverage ?? 2
        if ca != cb { return ca < cb }
        return a.submission < b.submission
    }
}
