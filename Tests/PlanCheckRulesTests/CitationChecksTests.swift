import PlanCheckCore
import Testing

@testable import PlanCheckRules

struct CitationChecksTests {
    static func citation(
        id: Int, number: String, date: CalendarDate?, line: Int, type: CitationType = .nghiDinh,
        defects: [CitationDefect] = []
    ) -> Citation {
        Citation(
            id: id, type: type, typeText: "Nghị định", number: number, numberRaw: number,
            isPartyForm: false, numberTypeCode: "NĐ", numberYear: year(of: number), date: date, dateRaw: nil,
            dateProblem: nil, issuer: nil, title: nil, text: "Nghị định số \(number)",
            span: TestDocuments.span(line), defects: defects, firstMention: nil)
    }

    /// "72/2015/NĐ-CP" → 2015; "61/KH-UBND" → nil.
    static func year(of number: String) -> Int? {
        let parts = number.split(separator: "/")
        guard parts.count >= 3, parts[1].count == 4 else { return nil }
        return Int(parts[1])
    }

    @Test func listedDefectKindsAreReportedPerDefect() throws {
        var d = TestDocuments.plan()
        d.citations = [
            Self.citation(
                id: 0, number: "72/NĐ-CP", date: nil, line: 9,
                defects: [
                    CitationDefect(kind: .missingYear, detail: "thiếu năm"),
                    CitationDefect(kind: .strayWhitespace, detail: "khoảng trắng"),
                ])
        ]
        let hits = try TestDocuments.hits("{kind: citation-form, defects: [missing-year]}", d)
        #expect(hits.map { $0.values["detail"] } == ["thiếu năm"])
        #expect(hits.first?.values["number"] == "72/NĐ-CP")
        #expect(
            try TestDocuments.hits("{kind: citation-form, defects: [missing-year], types: [thong-tu]}", d)
                .isEmpty)
        #expect(try TestDocuments.hits("{kind: citation-form, defects: [blank-number]}", d).isEmpty)
    }

    @Test func unknownDefectKindIsALoadingProblem() {
        #expect(throws: LoadProblem.self) {
            try TestDocuments.check("{kind: citation-form, defects: [no-such-defect]}")
        }
    }

    @Test func citationIssuedAfterThePlanIsFlagged() throws {
        var d = TestDocuments.plan()
        d.citations = [
            Self.citation(
                id: 0, number: "72/2015/NĐ-CP", date: CalendarDate(year: 2015, month: 9, day: 7), line: 9),
            Self.citation(
                id: 1, number: "47/NQ-CP", date: CalendarDate(year: 2024, month: 4, day: 15), line: 10),
        ]
        let hits = try TestDocuments.hits("{kind: citation-date, check: notAfterPlanDate}", d)
        #expect(hits.map { $0.span?.line } == [10])
        #expect(hits.first?.values["date"] == "15/04/2024")
        #expect(hits.first?.values["planDate"] == "12/10/2023")
    }

    @Test func sameNumberWithTwoDatesIsFlaggedOnTheLaterMention() throws {
        var d = TestDocuments.plan()
        d.citations = [
            Self.citation(
                id: 0, number: "22/2016/TT-BTTTT", date: CalendarDate(year: 2016, month: 10, day: 19), line: 9
            ),
            Self.citation(
                id: 1, number: "22/2016/TT-BTTTT", date: CalendarDate(year: 2016, month: 10, day: 19),
                line: 10),
            Self.citation(
                id: 2, number: "22/2016/TT- BTTTT", date: CalendarDate(year: 2012, month: 10, day: 19),
                line: 11),
        ]
        let hits = try TestDocuments.hits("{kind: citation-date, check: consistent}", d)
        #expect(hits.map { $0.span?.line } == [11])
        #expect(hits.first?.values["otherDate"] == "19/10/2016")
        #expect(hits.first?.related.first?.span?.line == 9)
        d.citations.removeLast()
        #expect(try TestDocuments.hits("{kind: citation-date, check: consistent}", d).isEmpty)
    }

    @Test func yearlessNumberDatedInTwoYearsIsTwoDocumentsNotAnInconsistency() throws {
        var d = TestDocuments.plan()
        d.citations = [
            Self.citation(
                id: 0, number: "61/KH-UBND", date: CalendarDate(year: 2023, month: 3, day: 10), line: 9,
                type: .keHoach),
            Self.citation(
                id: 1, number: "61/KH-UBND", date: CalendarDate(year: 2024, month: 3, day: 18), line: 10,
                type: .keHoach),
        ]
        #expect(try TestDocuments.hits("{kind: citation-date, check: consistent}", d).isEmpty)
        d.citations[1].date = CalendarDate(year: 2023, month: 3, day: 18)
        let hits = try TestDocuments.hits("{kind: citation-date, check: consistent}", d)
        #expect(hits.map { $0.span?.line } == [10])
    }
}
