import Foundation
import PlanCheckCore
import PlanCheckReport
import Testing

/// A batch opens with one table, worst first, by issuer; English headings with --lang en;
/// dates, times and percentages as officials write them.
struct TriageAndLanguageTests {
    static func batch() -> CheckReport {
        func f(_ path: String, _ s: Severity, _ line: Int) -> Finding {
            Finding(
                ruleId: "TT00\(line % 9 + 1)", severity: s, message: "m\(line)", path: path,
                span: SourceSpan(line: line, column: 1, endLine: line, endColumn: 2), excerpt: "x\(line)")
        }
        let docs: [CheckReport.Document] = [
            .init(
                path: "a.md", number: "1/KH-UBND", issueDate: CalendarDate(year: 2022, month: 1, day: 26),
                issuer: "ỦY BAN NHÂN DÂN XÃ AN PHÚ"),
            .init(path: "b.md", number: "2/KH-UBND", issueDate: nil, issuer: "ỦY BAN NHÂN DÂN XÃ BÌNH AN"),
            .init(path: "c.md", number: nil, issueDate: nil, issuer: nil),
            .init(path: "d.md", number: nil, issueDate: nil, issuer: "ỦY BAN NHÂN DÂN XÃ ĐÔNG HẢI"),
        ]
        let findings = [
            f("a.md", .warning, 3), f("b.md", .error, 4), f("b.md", .warning, 5), f("d.md", .error, 6),
            f("d.md", .error, 7),
        ]
        return CheckReport(
            tool: .init(name: "plancheck", version: "1"), documents: docs, findings: findings,
            generatedAt: "2022-01-26T01:30:00Z")
    }

    @Test func theBatchTableComesFirstWorstFirstByIssuerAndCleanOnesAreOneLine() throws {
        let html = HTMLReporter.render(Self.batch())
        let table = try #require(html.components(separatedBy: "<table class=\"batch\">").dropFirst().first)
        let order = ["XÃ ĐÔNG HẢI", "XÃ BÌNH AN", "XÃ AN PHÚ", "c.md"].map { table.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(
            zip(order, order.dropFirst()).allSatisfy { $0! < $1! }, "errors, then warnings, then the rest")
        #expect(
            html.range(of: "class=\"batch\"")!.lowerBound
                < html.range(of: "<section class=\"doc\"")!.lowerBound)
        #expect(table.contains("<td>26/01/2022</td>"))
        // c.md has nothing: a line in the summary, no section of its own.
        #expect(html.contains("1 hồ sơ không có phát hiện nào: c.md"))
        #expect(html.components(separatedBy: "<section class=\"doc\"").count == 4)
        #expect(html.contains("lập lúc 08:30 26/01/2022"), "local time in Việt Nam")
    }

    @Test func htmlAndMarkdownHeadingsAreEnglishWithLangEn() {
        let report = Self.batch()
        let html = ReportFormat.html.render(report, english: true)
        #expect(html.contains("<html lang=\"en\">") && html.contains("<h1>Plan check report</h1>"))
        #expect(html.contains("Submissions, worst first") && html.contains("<th>Issuer</th>"))
        for vietnamese in [
            "Báo cáo kiểm tra", "Tổng hợp", "Cơ quan ban hành", "Lỗi:", "lập lúc", "Số phát hiện",
        ] {
            #expect(!html.contains(vietnamese), "\(vietnamese)")
        }
        let md = ReportFormat.markdown.render(report, english: true)
        #expect(md.hasPrefix("## PlanCheck: 3 error(s), 2 warning(s), 0 info"))
        #expect(md.contains("### Most important findings") && md.contains("| Severity | Findings |"))
        for vietnamese in ["lỗi", "Phát hiện", "Ghi chú", "Quy tắc"] {
            #expect(!md.contains(vietnamese), "\(vietnamese)")
        }
    }

    @Test func datesTimesAndNumbersAreWrittenAsOfficialsWriteThem() {
        #expect(OfficialFormat.date(CalendarDate(year: 2022, month: 1, day: 26)) == "26/01/2022")
        #expect(OfficialFormat.date(CalendarDate(year: 2024, month: 3, day: 5)) == "05/3/2024")
        #expect(OfficialFormat.percent(0.6354) == "63,5%")
        #expect(OfficialFormat.percent(0.6354, english: true) == "63.5%")
        #expect(OfficialFormat.percent(0.5) == "50%")
        let utc = TimeZone(identifier: "UTC")!
        #expect(
            OfficialFormat.time(iso: "2022-01-26T18:30:00Z", in: OfficialFormat.zone(environment: [:]))
                == "01:30 27/01/2022")
        #expect(OfficialFormat.time(iso: "2022-01-26T18:30:00Z", in: utc) == "18:30 26/01/2022")
        #expect(OfficialFormat.zone(environment: ["PLANCHECK_TZ": "UTC"]) == utc)
    }
}
