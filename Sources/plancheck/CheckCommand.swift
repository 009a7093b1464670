import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckParsing
import PlanCheckReport
import PlanCheckRules

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra kế hoạch theo các quy tắc trong rules/, và so với văn bản cấp trên.",
        discussion: """
            Một thư mục có plancheck.yml là một chuỗi văn bản: mỗi kế hoạch nộp được so với cấp trên \
            của nó. Không nêu cấp trên thì kế hoạch viện dẫn số của một văn bản khác trong cùng thư mục \
            được nối với văn bản đó.
            """)

    @Argument(help: "Tệp hoặc thư mục kế hoạch (.txt, .md, .docx, .pdf).") var files: [String]
    @Option(name: .customLong("parent"), help: "Văn bản cấp trên (lặp lại được, thứ tự tùy ý).") var parents:
        [String] = []
    @OptionGroup var rules: RuleOptions
    @OptionGroup var checking: CheckingOptions
    @Option(
        help:
            "text, json, sarif, junit, markdown, github hoặc html (xem docs/formats.md); với --out được lặp lại hoặc viết cách nhau bởi dấu phẩy."
    )
    var format: [String] = []
    @Option(
        help:
            "Thư mục ghi báo cáo, mỗi định dạng một tệp (report.sarif, report.html…); khi đó stdout chỉ in tóm tắt."
    )
    var out: String?
    @Option(help: "Mức thấp nhất làm lệnh trả mã 1: error, warning hoặc info.") var failOn: Severity = .error
    @OptionGroup var gate: GateOptions

    func validate() throws {
        try checking.validate()
        try gate.validate()
        let formats = try parsedFormats()
        if out == nil && formats.count > 1 {
            throw ValidationError("several --format values need --out DIR (one file per format)")
        }
    }

    func parsedFormats() throws -> [ReportFormat] { try ReportOutput.formats(format, out: out) }

    func run() throws {
        // Test hook: asked to, a process traps on a named file as an unfixed bug would, so that
        // `--isolate` is tested on the built binary. Only the worker (not isolating) obeys.
        if !checking.isolate, let name = ProcessInfo.processInfo.environment["PLANCHECK_TEST_TRAP_ON"],
            files.contains(where: { $0.hasSuffix(name) })
        {
            fatalError("PLANCHECK_TEST_TRAP_ON \(name)")
        }
        let formats = try parsedFormats()
        let checker = PlanChecker(
            environment: try rules.environment(), options: checking.options(outlines: formats.contains(.html))
        )
        let plan = try checking.plan(inputs: files, parents: parents)
        let (run, nothingChanged) = try gate.check(plan, with: checker, english: checking.english)
        let report = try gate.apply(
            to: run.report(
                environment: checker.environment, tool: ToolInfo.tool,
                generatedAt: ReportOutput.generatedAt(),
                pathBase: ReportOutput.pathBase),
            config: checker.environment.config)
        try ReportOutput.emit(report, formats: formats, out: out, english: checking.english)
        // The text report on stdout lists them itself; otherwise stderr says what was left out.
        if out != nil || formats != [.text] {
            ReportOutput.printSkipped(run.skipped, english: checking.english)
        }
        ReportOutput.printErrors(run.inputErrors)
        if !run.inputErrors.isEmpty { throw ExitCode(2) }
        if report.documents.isEmpty && !nothingChanged {
            throw InputFailure(
                message: checking.english
                    ? "no plan files found in the given paths."
                    : "không tìm thấy tệp kế hoạch nào trong các đường dẫn đã cho.")
        }
        if report.findings.contains(where: { $0.severity >= failOn }) { throw ExitCode(1) }
    }
}

/// What `check` and `review` share: language, coverage thresholds, OCR, and how inputs become jobs.
struct CheckingOptions: ParsableArguments {
    enum Lang: String, ExpressibleByArgument, CaseIterable { case vi, en }

    @Option(help: "Ngôn ngữ thông báo: vi hoặc en.") var lang: Lang = .vi
    @Option(help: "Điểm tối thiểu để một nhiệm vụ cấp trên được coi là đã tiếp nhận.") var coveredThreshold =
        CoverageThresholds.default.covered
    @Option(help: "Điểm tối thiểu để coi là tiếp nhận một phần.") var partialThreshold = CoverageThresholds
        .default.partial
    @Flag(help: "Nhận dạng chữ (tesseract, tiếng Việt) cho PDF không có lớp chữ.") var ocr = false
    @Option(help: "Số luồng kiểm tra (mặc định: mọi nhân CPU).") var jobs: Int = 0
    @Flag(
        help:
            "Kiểm tra trước mỗi văn bản trong một tiến trình con: một tệp làm PlanCheck dừng bất thường chỉ là lỗi của tệp đó."
    )
    var isolate = false

    var english: Bool { lang == .en }

    func validate() throws {
        guard partialThreshold <= coveredThreshold else {
            throw ValidationError("--partial-threshold must not exceed --covered-threshold")
        }
        guard jobs >= 0 else { throw ValidationError("--jobs must be 0 (every core) or more") }
    }

    func options(outlines: Bool = false) -> CheckOptions {
        CheckOptions(
            reader: .init(ocr: ocr),
            thresholds: CoverageThresholds(covered: coveredThreshold, partial: partialThreshold),
            english: english, outlines: outlines, workers: jobs,
            isolation: isolate ? WorkerIsolation(executable: WorkerIsolation.currentExecutable) : nil)
    }

    func plan(inputs: [String], parents: [String]) throws -> JobPlan {
        do { return try JobPlanner.plan(inputs: inputs, parents: parents) } catch {
            throw InputFailure(message: error.description)
        }
    }
}

extension Severity: ExpressibleByArgument {}

enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    static var wantsColor: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) != 0
    }
}
