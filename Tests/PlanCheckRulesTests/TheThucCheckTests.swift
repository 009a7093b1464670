import PlanCheckCore
import Testing

@testable import PlanCheckRules

/// The parameters the-thuc rules rely on: `problems`, `when_absent`, `title_patterns`, and a
/// misspelt type name that is not a type-code mismatch.
struct TheThucCheckTests {
    @Test func problemsSelectWhichNumberDefectsAreReported() throws {
        var d = TestDocuments.plan()
        let blank = "{kind: header-field, field: number, require: wellFormed, problems: [blank-number]}"
        let form = "{kind: header-field, field: number, require: wellFormed, problems: [stray-whitespace]}"
        d.header.number?.defects = [CitationDefect(kind: .strayWhitespace, detail: "99 /KH → 99/KH")]
        #expect(try TestDocuments.hits(blank, d).isEmpty)
        #expect(try TestDocuments.hits(form, d).map { $0.values["detail"] } == ["99 /KH → 99/KH"])
        d.header.number = DocumentNumber(
            raw: "/KH-UBND", normalized: nil, isBlank: true, typeCode: "KH", issuerCode: "UBND", defects: [],
            span: TestDocuments.span(5))
        #expect(try TestDocuments.hits(blank, d).count == 1)
        #expect(try TestDocuments.hits(form, d).isEmpty)
    }

    @Test func problemsSelectUnreadableOrImpossibleDates() throws {
        var d = TestDocuments.plan()
        d.header.issueDate = DateField(
            raw: "ngày 30 tháng 02 năm 2023", date: nil, problem: .impossible, leadingZeroIssues: [],
            span: TestDocuments.span(6))
        let unreadable = "{kind: header-field, field: issueDate, require: wellFormed, problems: [unreadable]}"
        let impossible = "{kind: header-field, field: issueDate, require: wellFormed, problems: [impossible]}"
        #expect(try TestDocuments.hits(unreadable, d).isEmpty)
        #expect(try TestDocuments.hits(impossible, d).count == 1)
    }

    @Test func unknownOrMisplacedProblemsAreRejected() {
        #expect(throws: LoadProblem.self) {
            try TestDocuments.check(
                "{kind: header-field, field: number, require: wellFormed, problems: [typo]}")
        }
        #expect(throws: LoadProblem.self) {
            try TestDocuments.check(
                "{kind: header-field, field: number, require: present, problems: [blank-number]}")
        }
    }

    @Test func missingScopeIsIgnoredWhenAsked() throws {
        var d = TestDocuments.plan()
        let yaml =
            #"{kind: text-pattern, scope: documentTypeName, must_match: "^KẾ HOẠCH$", when_absent: ignore}"#
        d.lines[6] = "KÉ HOẠCH"
        d.header.documentTypeName = TestDocuments.located("KÉ HOẠCH", line: 7)
        let hits = try TestDocuments.hits(yaml, d)
        #expect(hits.map { $0.span?.line } == [7])
        #expect(hits.first?.values["text"] == "KÉ HOẠCH")
        d.header.documentTypeName = nil
        #expect(try TestDocuments.hits(yaml, d).isEmpty)
        let reporting = #"{kind: text-pattern, scope: documentTypeName, must_match: "^KẾ HOẠCH$"}"#
        #expect(try TestDocuments.hits(reporting, d).map { $0.span } == [nil])
    }

    @Test func misspeltTypeNameIsNotATypeCodeMismatch() throws {
        var d = TestDocuments.plan()
        let yaml = #"{kind: field-consistency, check: typeCodeMatchesTypeName, type_codes: {KH: "KẾ HOẠCH"}}"#
        d.header.documentTypeName = TestDocuments.located("KÉ HOẠCH", line: 7)
        #expect(try TestDocuments.hits(yaml, d).isEmpty)
        d.header.documentTypeName = TestDocuments.located("QUYẾT ĐỊNH", line: 7)
        #expect(try TestDocuments.hits(yaml, d).count == 1)
    }

    @Test func deputyMustSignForTheHead() throws {
        let yaml = #"""
            kind: signature-authority
            check: authorityMatchesIssuer
            issuer_patterns: {"^ỦY BAN NHÂN DÂN": "^TM\\. ỦY BAN NHÂN DÂN$"}
            title_patterns: {"^PHÓ CHỦ TỊCH$": "^KT\\. CHỦ TỊCH$"}
            """#
        var d = TestDocuments.signedPlan()
        #expect(try TestDocuments.hits(yaml, d).isEmpty)
        d.header.signature?.titles = ["PHÓ CHỦ TỊCH"]
        #expect(try TestDocuments.hits(yaml, d).map { $0.span?.line } == [10])
        d.header.signature?.authorityLines.append(TestDocuments.located("KT. CHỦ TỊCH", line: 11))
        #expect(try TestDocuments.hits(yaml, d).isEmpty)
    }
}
