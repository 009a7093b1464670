import PlanCheckCore
import PlanCheckReport
import Testing

struct ReporterTests {
    let report = CheckReport(
        tool: .init(name: "plancheck", version: "9.9.9"),
        documents: [
            .init(path: "a.txt", number: "61/KH-UBND", issueDate: CalendarDate(year: 2024, month: 3, day: 18))
        ],
        findings: [
            Finding(
                ruleId: "TT002", severity: .warning, message: "Ngày thiếu số 0", path: "a.txt",
                span: SourceSpan(line: 5, column: 12, endLine: 5, endColumn: 20),
                excerpt: "Lạng Sơn, ngày 8 tháng 3"),
            Finding(
                ruleId: "TT001", severity: .error, message: "Thiếu Quốc hiệu", path: "a.txt", span: nil,
                excerpt: ""),
        ])

    @Test func textReportHasCompilerStyleLinesAndASummary() {
        let text = TextReporter(color: false, english: false).render(report)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "a.txt:1:1: error: [TT001] Thiếu Quốc hiệu")
        #expect(lines[1] == "a.txt:5:12: warning: [TT002] Ngày thiếu số 0")
        #expect(lines[2] == "    Lạng Sơn, ngày 8 tháng 3")
        #expect(lines.last == "Đã kiểm tra 1 văn bản: 1 lỗi, 1 cảnh báo, 0 thông tin.")
    }

    @Test func jsonReportWritesExplicitNullsAndTheSchemaVersion() {
        let json = JSONReporter.render(report)
        #expect(json.contains("\"schemaVersion\": 1"))
        #expect(json.contains("\"version\": \"9.9.9\""))
        #expect(json.contains("\"line\": null"))
        #expect(json.contains("\"issueDate\": \"2024-03-18\""))
        #expect(JSONReporter.render(report) == json)
    }
}
