import ArgumentParser
import Foundation
import PlanCheckCore
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
        if out == nil, !format.isEmpty {
            throw ValidationError("--format needs --out DIR (the review table goes to the terminal)")
        }
        _ = try ReportOutput.formats(format, out: out)
    }

    func run() throws {
        let (ruleSet, config, data) = try rules.loadAll()
        let engine = RuleEngine(ruleSet: ruleSet, config: config, data: data)
        // The same jobs as `check`: --parent for every plan, or each chain plan with its own
        // ancestors, level and declared exemptions.
        let jobs = try CheckJobs.make(inputs: submissions, parents: parents)
        if jobs.isEmpty {
            throw InputFailure(
                message: "không tìm thấy tệp kế hoạch nào trong các đường dẫn đã cho (no plan files found).")
        }
        let store = try db.open()
        do {
            try review(
                jobs, store: store, engine: engine, data: data,
                rulesHash: ReviewHashes.rules(ruleSet, folders: try rules.folders(config)))
        } catch let e as StoreError {
            throw InputFailure(message: e.description)
        }
    }

    private func review(
        _ jobs: [CheckJob], store: PlanCheckStore, engine: RuleEngine, data: ProfileData, rulesHash: String
    ) throws {
        try store.syncRegistry(data.registry, at: StoreClock.now())
        let run = try store.beginRun(
            toolVersion: ToolInfo.version, rulesHash: rulesHash, registryHash: data.registry.contentHash,
            at: StoreClock.now())
        let shared = SHA256.hex(
            [rulesHash, data.registry.contentHash, ToolInfo.version].joined(separator: "|"))
        var evaluator = ReviewEvaluator(engine: engine, data: data, store: store, sharedKey: shared)
        let verdicts = try store.verdicts()
        let progress = isatty(STDERR_FILENO) != 0
        // PLANCHECK_REVIEW_PAUSE_MS: a pause after each stored submission, so tests can act on a
        // review that is still running (kill it, read history beside it) whatever the speed.
        let pauseMicroseconds =
            useconds_t(
                ProcessInfo.processInfo.environment["PLANCHECK_REVIEW_PAUSE_MS"].flatMap(UInt32.init) ?? 0)
            * 1000
        var rows: [ReviewRow] = []
        for (i, job) in jobs.enumerated() {
            if progress {
                FileHandle.standardError.write(Data("\r[\(i + 1)/\(jobs.count)] \(job.path)\u{1B}[K".utf8))
            }
            guard let input = try evaluator.evaluate(job) else { continue }
            let previous = try store.previous(name: input.name, before: run)
            // One transaction per submission: a review stopped here keeps everything before it.
            try store.record(input, run: run)
            rows.append(ReviewRow(input: input, previous: previous, verdicts: verdicts))
            if pauseMicroseconds > 0 { usleep(pauseMicroseconds) }
        }
        if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        try store.finishRun(run, at: StoreClock.now())
        print(ReviewRow.table(rows, run: run), terminator: "")
        if let out {
            let report = ReviewReport.build(rows, engine: engine, decisions: try store.decisions())
            try ReportOutput.emit(
                report, formats: try ReportOutput.formats(format, out: out), out: out, english: false)
        }
        for message in evaluator.errors { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        if !evaluator.errors.isEmpty { throw ExitCode(2) }
        if rows.contains(where: { $0.open > 0 }) { throw ExitCode(1) }
    }
}
