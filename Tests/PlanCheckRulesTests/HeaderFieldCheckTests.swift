import PlanCheckCore
import Testing

@testable import PlanCheckRules

struct HeaderFieldCheckTests {
    @Test func missingMottoIsADocumentLevelHit() throws {
        var d = TestDocuments.plan()
        #expect(try TestDocuments.hits("{kind: header-field, field: motto, require: present}", d).isEmpty)
        d.header.motto = nil
        let hits = try TestDocuments.hits("{kind: header-field, field: motto, require: present}", d)
        #expect(hits == [CheckHit(span: nil, values: ["field": "motto"])])
    }

    @Test func blankNumberAndDefectsAreNotWellFormed() throws {
        var d = TestDocuments.plan()
        let yaml = "{kind: header-field, field: number, require: wellFormed}"
        #expect(try TestDocuments.hits(yaml, d).isEmpty)
        d.header.number?.defects = [CitationDefect(kind: .strayWhitespace, detail: "'99 /KH' for '99/KH'")]
        #expect(try TestDocuments.hits(yaml, d).map { $0.values["detail"] } == ["'99 /KH' for '99/KH'"])
        d.header.number = DocumentNumber(
            raw: "/KH-UBND", normalized: nil, isBlank: true, typeCode: "KH", issuerCode: "UBND", defects: [],
            span: TestDocuments.span(5))
        #expect(try TestDocuments.hits(yaml, d).map { $0.values["detail"] } == ["blank-number"])
    }

    @Test func impossibleIssueDateIsNotWellFormed() throws {
        var d = TestDocuments.plan()
        let yaml = "{kind: header-field, field: issueDate, require: wellFormed}"
        #expect(try TestDocuments.hits(yaml, d).isEmpty)
        d.header.issueDate = DateField(
            raw: "ngày 30 tháng 02 năm 2023", date: nil, problem: .impossible, leadingZeroIssues: [],
            span: TestDocuments.span(6))
        let hits = try TestDocuments.hits(yaml, d)
        #expect(hits.map { $0.values["detail"] } == ["impossible"])
        #expect(hits.first?.span?.line == 6)
    }

    @Test func leadingZeroIssuesAreOneHitEach() throws {
        var d = TestDocuments.plan()
        let yaml = "{kind: header-field, field: issueDate, check: leadingZeros}"
        #expect(try TestDocuments.hits(yaml, d).isEmpty)
        d.header.issueDate?.leadingZeroIssues = ["tháng 03", "ngày 5"]
        #expect(try TestDocuments.hits(yaml, d).map { $0.values["detail"] } == ["tháng 03", "ngày 5"])
    }

    @Test func signerRequirementConcernsClosingParts() throws {
        let check = try TestDocuments.check("{kind: header-field, field: signer, require: present}")
        #expect(check.concernsClosingParts)
        #expect(check.run(CheckContext(document: TestDocuments.signedPlan())).isEmpty)
        #expect(check.run(CheckContext(document: TestDocuments.plan())).count == 1)
    }

    @Test func wellFormedOnAFieldWithoutAFormIsRejected() {
        #expect(throws: LoadProblem.self) {
            try TestDocuments.check("{kind: header-field, field: place, require: wellFormed}")
        }
    }
}
