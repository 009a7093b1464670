import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckParsing
import PlanCheckReport
import PlanCheckRules
import PlanCheckStore

/// Checks a batch of submissions against their parents and keeps the results, so that the next
/// review of a revised submission says what is new, resolved or unchanged.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Kiểm tra và lưu kết quả các kế hoạch nộp lên so với văn bản cấp trên.")

    @Option(name: .customLong("parent"), help: "Văn bản cấp trên (lặp lại được).") var parents: [String] = []
    @Argument(help: "Các kế hoạch nộp lên (tệp, thư mục, hoặc thư mục chuỗi có plancheck.yml).")
    var submissions: [String]
    @OptionGroup var rules: RuleOptions
    @OptionGroup var checking: CheckingOptions
    @OptionGroup var db: DatabaseOptions
    @Option(
        help:
            "Thư mục ghi báo cáo của đợt thẩm định (mỗi định dạng một tệp, kèm quyết định chấp nhận/bác bỏ).")
    var out: String?
    @Option(
        help:
            "Định dạng báo cáo với --out: sarif, junit, markdown, github, html, json, text (lặp lại hoặc cách nhau bởi dấu phẩy; mặc định: tất cả)."
    )
    var format: [String] = []

    func validate() throws {
        try checking.validate()
        if out == nil, !format.isEmpty {
            throw ValidationError("--format needs --out DIR (the review table goes to the terminal)")
        }
        _ = try ReportOutput.formats(format, out: out)
    }

    func run() throws {
        let checker = PlanChecker(environment: try rules.environment(), options: checking.options())
        // The same jobs as `check`: --parent for every plan, or each chain plan with its own
        // ancestors, level and declared exemptions, and links by citation otherwise.
        let plan = try checking.plan(inputs: submissions, parents: parents)
        if plan.jobs.isEmpty {
            throw InputFailure(
                message: "không tìm thấy tệp kế hoạch nào trong các đường dẫn đã cho (no plan files found).")
        }
        let store = try db.open()
        do { try review(plan, checker: checker, store: store) } catch let e as StoreError {
            throw InputFailure(message: e.description)
        }
    }

    private func review(_ plan: JobPlan, checker: PlanChecker, store: PlanCheckStore) throws {
        // PLANCHECK_REVIEW_PAUSE_MS: a pause after each stored submission (one per transaction
        // then), so tests can act on a review that is still running whatever the speed.
        let pause = ProcessInfo.processInfo.environment["PLANCHECK_REVIEW_PAUSE_MS"].flatMap(UInt32.init) ?? 0
        let runner = ReviewRunner(
            checker: checker, store: store, toolVersion: ToolInfo.version, batchSize: pause > 0 ? 1 : 128,
            pauseMicroseconds: pause * 1000)
        let verdicts = try store.verdicts()
        let progress = isatty(STDERR_FILENO) != 0
        let outcome = try runner.run(plan, clock: StoreClock.now) { done, total, path in
            if progress {
                let shown = DisplaySafe.escape(path)
                FileHandle.standardError.write(Data("\r[\(done)/\(total)] \(shown)\u{1B}[K".utf8))
            }
        }
        if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let rows = outcome.submissions.map {
            ReviewRow(input: $0.input, previous: $0.previous, verdicts: verdicts)
        }
        print(ReviewRow.table(rows, run: outcome.run), terminator: "")
        if let out {
            let report = ReviewReport.build(
                rows, environment: checker.environment, decisions: try store.decisions())
            try ReportOutput.emit(
                report, formats: try ReportOutput.formats(format, out: out), out: out,
                english: checking.english)
        }
        ReportOutput.printSkipped(outcome.skipped, english: checking.english)
        ReportOutput.printErrors(outcome.inputErrors)
        if !outcome.inputErrors.isEmpty { throw ExitCode(2) }
        if rows.contains(where: { $0.open > 0 }) { throw ExitCode(1) }
    }
}
