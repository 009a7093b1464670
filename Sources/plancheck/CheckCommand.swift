import ArgumentParser
import Foundation
import PlanCheckCore
import PlanCheckParsing
import PlanCheckReport
import PlanCheckRules

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Kiểm tra kế hoạch theo các quy tắc trong rules/.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }
    enum Lang: String, ExpressibleByArgument, CaseIterable { case vi, en }

    @Argument(help: "Tệp hoặc thư mục kế hoạch (.txt, .md, .docx, .pdf).") var files: [String]
    @OptionGroup var rules: RuleOptions
    @Option(help: "text hoặc json (xem docs/check-json.md).") var format: Format = .text
    @Option(help: "Mức thấp nhất làm lệnh trả mã 1: error, warning hoặc info.") var failOn: Severity = .error
    @Option(help: "Ngôn ngữ thông báo: vi hoặc en.") var lang: Lang = .vi
    @Flag(help: "Nhận dạng chữ (tesseract, tiếng Việt) cho PDF không có lớp chữ.") var ocr = false

    func run() throws {
        let (ruleSet, config) = try rules.load()
        let engine = RuleEngine(ruleSet: ruleSet, config: config)
        let english = lang == .en
        var documents: [CheckReport.Document] = []
        var findings: [Finding] = []
        var inputErrors: [String] = []
        for path in InputDiscovery.expand(files) {
            do {
                let doc = try PlanReader.read(path: path, options: .init(ocr: ocr))
                documents.append(.init(path: path, number: doc.header.number?.normalized, issueDate: doc.header.issueDate?.date))
                findings += engine.run(document: doc, english: english)
            } catch {
                inputErrors.append(error.message(english: english))
            }
        }
        let report = CheckReport(
            tool: .init(name: ToolInfo.name, version: ToolInfo.version), documents: documents, findings: findings,
            inputErrors: inputErrors)
        switch format {
        case .text: print(TextReporter(color: Terminal.wantsColor, english: english).render(report), terminator: "")
        case .json: print(JSONReporter.render(report), terminator: "")
        }
        for message in inputErrors { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        if !inputErrors.isEmpty { throw ExitCode(2) }
        if documents.isEmpty {
            throw InputFailure(message: english ? "no plan files found in the given paths." : "không tìm thấy tệp kế hoạch nào trong các đường dẫn đã cho.")
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
