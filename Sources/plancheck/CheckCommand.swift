import ArgumentParser
import Foundation
import PlanCheckCore
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

    enum Lang: String, ExpressibleByArgument, CaseIterable { case vi, en }

    @Argument(help: "Tệp hoặc thư mục kế hoạch (.txt, .md, .docx, .pdf).") var files: [String]
    @Option(name: .customLong("parent"), help: "Văn bản cấp trên (lặp lại được, thứ tự tùy ý).") var parents:
        [String] = []
    @OptionGroup var rules: RuleOptions
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
    @Option(help: "Ngôn ngữ thông báo: vi hoặc en.") var lang: Lang = .vi
    @Option(help: "Điểm tối thiểu để một nhiệm vụ cấp trên được coi là đã tiếp nhận.") var coveredThreshold =
        CoverageThresholds.default.covered
    @Option(help: "Điểm tối thiểu để coi là tiếp nhận một phần.") var partialThreshold = CoverageThresholds
        .default.partial
    @Flag(help: "Nhận dạng chữ (tesseract, tiếng Việt) cho PDF không có lớp chữ.") var ocr = false

    func validate() throws {
        guard partialThreshold <= coveredThreshold else {
            throw ValidationError("--partial-threshold must not exceed --covered-threshold")
        }
        let formats = try parsedFormats()
        if out == nil && formats.count > 1 {
            throw ValidationError("several --format values need --out DIR (one file per format)")
        }
    }

    func parsedFormats() throws -> [ReportFormat] { try ReportOutput.formats(format, out: out) }

    func run() throws {
        let (ruleSet, config, data) = try rules.loadAll()
        let engine = RuleEngine(ruleSet: ruleSet, config: config, data: data)
        let english = lang == .en
        var jobs = try CheckJobs.make(inputs: files, parents: parents)
        var session = ReadSession(options: .init(ocr: ocr), english: english)
        for job in jobs { _ = session.document(job.path) }
        let links = parents.isEmpty ? CheckJobs.linkByCitation(&jobs, documents: session.documents) : []
        let matcher = CoverageMatcher(
            thresholds: CoverageThresholds(covered: coveredThreshold, partial: partialThreshold))
        var documents: [CheckReport.Document] = []
        var findings: [Finding] = []
        var coverage: [CoverageRecord] = []
        var outlines: [DocumentOutline] = []
        for job in jobs {
            guard let doc = session.document(job.path) else { continue }
            outlines.append(ReportOutput.outline(doc, path: job.path))
            documents.append(
                .init(
                    path: job.path, number: doc.header.number?.normalized,
                    issueDate: doc.header.issueDate?.date))
            let parentDocs = job.parents.compactMap { session.document($0) }
            var comparison: Comparison?
            if !parentDocs.isEmpty {
                comparison = Comparison.build(
                    child: doc, parents: parentDocs, levels: data.levels, profiles: data.profiles,
                    notApplicable: job.notApplicable, matcher: matcher, childLevelID: job.level,
                    parentLevelIDs: job.parentLevels)
                coverage += comparison?.coverage ?? []
            }
            findings += engine.run(document: doc, comparison: comparison, english: english)
        }
        let report = CheckReport(
            tool: .init(name: ToolInfo.name, version: ToolInfo.version), documents: documents,
            findings: findings,
            inputErrors: session.errors, coverage: coverage, links: links,
            rules: ReportOutput.ruleInfos(engine),
            outlines: outlines, generatedAt: ReportOutput.generatedAt(), pathBase: ReportOutput.pathBase)
        try ReportOutput.emit(report, formats: try parsedFormats(), out: out, english: english)
        for message in session.errors { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        if !session.errors.isEmpty { throw ExitCode(2) }
        if documents.isEmpty {
            throw InputFailure(
                message: english
                    ? "no plan files found in the given paths."
                    : "không tìm thấy tệp kế hoạch nào trong các đường dẫn đã cho.")
        }
        if findings.contains(where: { $0.severity >= failOn }) { throw ExitCode(1) }
    }
}

extension Severity: ExpressibleByArgument {}

enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    static var wantsColor: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) != 0
    }
}
