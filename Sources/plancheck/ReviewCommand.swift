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
            "Định dạng báo cáo với --out: sarif, junit, markdown, github, html, json, text (lặp lại hoặc cách nhau bởi dấu phẩy; mặc định: tất cả); letter: công văn góp ý .docx cho từng hồ sơ (chỉ khi nêu rõ)."
    )
    var format: [String] = []

    func validate() throws {
        try checking.validate()
        if out == nil, !format.isEmpty {
            throw ValidationError("--format needs --out DIR (the review table goes to the terminal)")
        }
        if try reportFormats().letter, checking.english {
            // The points of a letter are the findings' messages, stored in the run's language.
            throw ValidationError(
                "--format letter writes an official letter in Vietnamese from the findings' messages: run it without --lang en"
            )
        }
    }

    /// The report formats asked for besides `letter`, which is written only when named: "letter"
    /// alone writes letters and no report, and no --format at all writes every report.
    func reportFormats() throws -> (letter: Bool, reports: [ReportFormat]) {
        let (letter, others) = try LetterOutput.split(format)
        if letter && others.isEmpty { return (true, []) }
        return (letter, try ReportOutput.formats(others, out: out))
    }

    func run() throws {
        let environment = try rules.environment()
        // The sender's details and the template are checked before anything is reviewed or stored.
        let letters =
            try reportFormats().letter ? try LetterOutput.prepare(environment, checking: checking) : nil
        let checker = PlanChecker(environment: environment, options: checking.options())
        // The same jobs as `check`: --parent for every plan, or each chain plan with its own
        // ancestors, level and declared exemptions, and links by citation otherwise.
        let plan = try checking.plan(inputs: submissions, parents: parents)
        if plan.jobs.isEmpty {
            throw InputFailure(
                message: "không tìm thấy tệp kế hoạch nào trong các đường dẫn đã cho (no plan files found).")
        }
        let store = try db.open()
        do { try review(plan, checker: checker, store: store, letters: letters) } catch let e as StoreError {
            throw InputFailure(message: e.description)
        }
    }

    private func review(
        _ plan: JobPlan, checker: PlanChecker, store: PlanCheckStore, letters: LetterOutput?
    ) throws {
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
        if let spec = plan.campaign {
            let status: CampaignStatus
            do {
                status = try CampaignStatus.build(
                    spec, registry: checker.environment.data.registry, paths: plan.jobs.map(\.path),
                    workers: checker.options.workers)
            } catch { throw InputFailure(message: error.description) }
            print(ReviewCampaign.text(status, english: checking.english), terminator: "")
        }
        if let out {
            let decisions = try store.decisions()
            let formats = try reportFormats().reports
            if !formats.isEmpty {
                let report = ReviewReport.build(rows, environment: checker.environment, decisions: decisions)
                try ReportOutput.emit(report, formats: formats, out: out, english: checking.english)
            }
            try letters?.write(outcome, decisions: decisions, out: out)
        }
        ReportOutput.printSkipped(outcome.skipped, english: checking.english)
        ReportOutput.printErrors(outcome.inputErrors)
        if !outcome.inputErrors.isEmpty { throw ExitCode(2) }
        if rows.contains(where: { $0.open > 0 }) { throw ExitCode(1) }
    }
}
