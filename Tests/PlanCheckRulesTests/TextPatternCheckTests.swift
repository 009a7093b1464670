import PlanCheckCore
import Testing

@testable import PlanCheckRules

struct TextPatternCheckTests {
    @Test func forbiddenWordingIsReportedAtTheMatch() throws {
        let d = TestDocuments.plan()
        let hits = try TestDocuments.hits(
            #"{kind: text-pattern, scope: header, must_not_match: "UBND"}"#, d)
        #expect(hits.count == 1)
        #expect(hits.first?.span == SourceSpan(line: 5, column: 11, endLine: 5, endColumn: 15))
        #expect(hits.first?.values["match"] == "UBND")
    }

    @Test func forbiddenWordingOutsideTheScopeIsIgnored() throws {
        let d = TestDocuments.plan()
        #expect(
            try TestDocuments.hits(#"{kind: text-pattern, scope: title, must_not_match: "UBND"}"#, d).isEmpty)
    }

    @Test func missingRequiredWordingIsReportedAtTheScope() throws {
        var d = TestDocuments.plan()
        let yaml = #"{kind: text-pattern, scope: motto, must_match: "^Độc lập - Tự do - Hạnh phúc$"}"#
        #expect(try TestDocuments.hits(yaml, d).isEmpty)
        d.lines[3] = "Độc lập - Tự do - Hạnh phúc - "
        d.header.motto?.motto = TestDocuments.located(d.lines[3], line: 4)
        #expect(try TestDocuments.hits(yaml, d).map { $0.span?.line } == [3])
    }

    @Test func caseInsensitiveMatchingFindsLowercaseWording() throws {
        let d = TestDocuments.plan()
        let yaml =
            #"{kind: text-pattern, scope: documentTypeName, must_not_match: "kế hoạch", case_insensitive: true}"#
        #expect(try TestDocuments.hits(yaml, d).count == 1)
        #expect(
            try TestDocuments.hits(
                #"{kind: text-pattern, scope: documentTypeName, must_not_match: "kế hoạch"}"#, d
            ).isEmpty)
    }

    @Test func sectionScopeReadsTheSectionBody() throws {
        var d = TestDocuments.plan()
        d.lines += ["I. MỤC ĐÍCH, YÊU CẦU", "Triển khai CV số 12."]
        d.sections = [
            Section(
                label: "I.", level: 1, title: "MỤC ĐÍCH, YÊU CẦU", kind: .purposeRequirements,
                span: TestDocuments.span(9, in: d),
                bodySpan: SourceSpan(line: 9, column: 1, endLine: 10, endColumn: 21))
        ]
        let yaml = #"{kind: text-pattern, scope: "section:purpose-requirements", must_not_match: "\\bCV\\b"}"#
        #expect(try TestDocuments.hits(yaml, d).map { $0.span?.line } == [10])
    }

    @Test func unknownScopeAndBadRegexAreRejected() {
        #expect(throws: LoadProblem.self) {
            try TestDocuments.check(#"{kind: text-pattern, scope: footer, must_match: "x"}"#)
        }
        #expect(throws: LoadProblem.self) {
            try TestDocuments.check(#"{kind: text-pattern, scope: body, must_match: "(unclosed"}"#)
        }
    }
}
