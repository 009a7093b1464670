import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import PlanCheckCore
import PlanCheckReport
import Testing

/// A plan and a file name written to attack whoever reads the report: terminal escapes, a newline
/// that forges a GitHub workflow command, bidi overrides, NUL and DEL, in every field a report
/// shows. Human formats must show all of it as visible escapes; machine formats keep it exactly.
struct HostileTextTests {
    static let attack = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\r\u{202E}gpj.exe\u{2066}\u{0}\u{7F}\u{8}"
    static let name = "x\n::error file=a.md::giả mạo\u{1B}[31m.md"
    static let path = "/work/plans/" + name
    static let parent = "tinh/\n::warning::" + attack + ".md"

    static var report: CheckReport {
        let finding = Finding(
            ruleId: "TT005", severity: .error, message: "Ký tự lạ: " + attack + "\n::error::hai", path: path,
            span: SourceSpan(line: 2, column: 1, endLine: 2, endColumn: 5),
            excerpt: "1.\tNội dung " + attack,
            related: [RelatedLocation(path: parent, span: nil, message: "Nhiệm vụ " + attack)])
        let duty = MatchItem(id: "L1", text: "Nhiệm vụ " + attack, span: nil)
        let task = MatchItem(
            id: "T1", text: "Việc " + attack, span: SourceSpan(line: 2, column: 1, endLine: 2, endColumn: 5))
        let match = CoverageMatch(
            parentItem: duty, outcome: .partial, score: 0.4, childItem: task, sharedTerms: ["từ" + attack],
            reason: "lý do " + attack)
        let review = ReviewState(
            decision: .confirmed, reason: "đã xem " + attack, reviewer: "người\n::error::" + attack,
            at: "2024-01-01T00:00:00Z")
        return CheckReport(
            tool: .init(name: "plancheck", version: "1.0"),
            documents: [.init(path: path, number: "12/KH" + attack, issueDate: nil)],
            findings: [finding], inputErrors: [name + ": không đọc được " + attack],
            coverage: [
                CoverageRecord(
                    childPath: path, parentPath: parent, match: match, parentDeadline: nil, partners: [])
            ],
            links: [path + " → " + parent],
            rules: [
                RuleInfo(
                    id: "TT005", name: "stray" + attack, pack: "the-thuc", summary: "Ký tự lạ" + attack,
                    rationale: "Vì " + attack, references: ["Điều " + attack], severity: .error)
            ],
            outlines: [
                DocumentOutline(
                    path: path, sections: [.init(title: "I. " + attack, startLine: 1, endLine: 2)],
                    lines: ["I. " + attack, "1.\tNội dung " + attack])
            ],
            reviewStates: [FindingFingerprint.of(finding): review], generatedAt: "2024-01-01T00:00:00Z",
            pathBase: "/work/plans")
    }

    static let humanFormats: [ReportFormat] = [.text, .markdown, .github, .junit, .html]

    @Test(arguments: humanFormats)
    func noControlOrBidiCharacterReachesAHumanFormat(_ format: ReportFormat) {
        let output = format.render(Self.report, english: false)
        let bytes = Array(output.utf8)
        for byte: UInt8 in [0x00, 0x07, 0x08, 0x0D, 0x1B, 0x7F] {
            #expect(!bytes.contains(byte), "\(format): raw byte \(byte)")
        }
        for scalar in output.unicodeScalars where scalar != "\n" && scalar != "\t" {
            #expect(!DisplaySafe.isHidden(scalar), "\(format): raw U+\(String(scalar.value, radix: 16))")
        }
        #expect(!output.contains("\u{9B}") && !output.contains("\u{202E}") && !output.contains("\u{2066}"))
        #expect(output.contains("\\x1B") && output.contains("\\u202E"), "\(format) shows the escapes")
    }

    @Test(arguments: [ReportFormat.text, .markdown, .junit, .html])
    func aForgedNewlineNeverStartsAWorkflowCommand(_ format: ReportFormat) {
        let output = format.render(Self.report, english: false)
        let forged = output.split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(forged.isEmpty, "\(format): \(forged)")
    }

    @Test func githubHasExactlyOneCommandPerFindingAndEscapesTheRest() {
        let output = GitHubReporter.render(Self.report)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1)
        let line = String(lines[0])
        #expect(line.hasPrefix("::error file=x%0A%3A%3Aerror file=a.md%3A%3Agiả mạo\\x1B[31m.md,line=2,"))
        #expect(line.contains("::Ký tự lạ: \\x1B]0;pwned\\x07\\x1B[2J\\x9B31m%0D\\u202Egpj.exe"))
        #expect(line.hasSuffix("%0A::error::hai"))
    }

    @Test func textShowsTheEscapedNameOnTheFindingsOwnLine() {
        let lines = TextReporter(color: false, english: false).render(Self.report).split(separator: "\n")
        #expect(
            lines[0].hasPrefix(
                "/work/plans/x\\x0A::error file=a.md::giả mạo\\x1B[31m.md:2:1: error: [TT005] Ký tự lạ: "))
        #expect(
            lines[1]
                == "    1.\tNội dung \\x1B]0;pwned\\x07\\x1B[2J\\x9B31m\\x0D\\u202Egpj.exe\\u2066\\x00\\x7F\\x08"
        )
    }

    @Test func junitWithControlCharactersIsStillWellFormedXML() throws {
        let xml = JUnitReporter.render(Self.report)
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(xml.contains("<testsuite name=\"x\\x0A::error file=a.md::giả mạo\\x1B[31m.md\""))
    }

    @Test(arguments: [ReportFormat.json, .sarif])
    func machineFormatsStayValidJSONAndKeepTheExactText(_ format: ReportFormat) throws {
        let output = format.render(Self.report, english: false)
        #expect(!output.utf8.contains(0x1B) && !output.utf8.contains(0x00), "C0 is JSON-escaped")
        let root = try JSONSerialization.jsonObject(with: Data(output.utf8))
        let messages = Self.strings(in: root)
        #expect(messages.contains("Ký tự lạ: " + Self.attack + "\n::error::hai"))
    }

    static func strings(in value: Any) -> [String] {
        switch value {
        case let s as String: return [s]
        case let a as [Any]: return a.flatMap { strings(in: $0) }
        case let d as [String: Any]: return d.values.flatMap { strings(in: $0) }
        default: return []
        }
    }
}
