import PlanCheckCore
import PlanCheckParsing
import PlanCheckTestSupport
import Testing

/// A Quyết định issues its plan as an attachment after its own signature; the plan is what the
/// lower level implements and must be read, not skipped as page chrome.
@Test func aPlanAttachedToADecisionIsReadAsItsBody() throws {
    let doc = try PlanReader.read(path: Fixtures.path("samples/chains/tra-vinh-2024/01-tinh-tra-vinh.md"))
    #expect(doc.header.number?.normalized == "1466/QĐ-UBND")
    #expect(doc.header.issueDate?.date == CalendarDate(year: 2023, month: 9, day: 29))
    #expect(doc.header.signature?.signer?.value == "Huỳnh Văn Thắng")
    #expect(!doc.diagnostics.contains { $0.code == .skippedChrome })
    let lower = try #require(doc.assignments.first { $0.addressesLowerLevel })
    #expect(lower.duties.count == 9)
    #expect(lower.span.line > 47)
    #expect(doc.sections.contains { $0.kind == .contentTasks && $0.span.line > 47 })
}

@Test func textAfterASignatureWithoutAPlanIsStillChrome() throws {
    let doc = try PlanReader.read(path: Fixtures.seed("003"))
    #expect(doc.diagnostics.filter { $0.code == .skippedChrome }.compactMap(\.span?.line) == [1, 144])
}
