import PlanCheckCore
import Testing

@testable import PlanCheckRules

struct SectionChecksTests {
    static func withOrganisation(typo: Bool) -> PlanDocument {
        var d = TestDocuments.plan()
        d.lines += ["IV. TỔ CHỨC THỰC HIỆN"]
        let typos = typo ? [HeadingTypo(found: "THỰT", expected: "THỰC", span: TestDocuments.span(9))] : []
        d.sections = [
            Section(
                label: "IV.", level: 1, title: "TỔ CHỨC THỰC HIỆN", kind: .organisation,
                span: TestDocuments.span(9), bodySpan: TestDocuments.span(9), headingTypos: typos)
        ]
        return d
    }

    @Test func missingContentSectionIsADocumentLevelHit() throws {
        let d = Self.withOrganisation(typo: false)
        #expect(
            try TestDocuments.hits("{kind: required-section, section: content-tasks}", d).isEmpty == false)
        #expect(try TestDocuments.hits("{kind: required-section, section: organisation}", d).isEmpty)
    }

    @Test func headingTypoIsReportedWithFoundAndExpected() throws {
        let hits = try TestDocuments.hits("{kind: heading-typo}", Self.withOrganisation(typo: true))
        #expect(hits.map { $0.values["found"] } == ["THỰT"])
        #expect(hits.map { $0.values["expected"] } == ["THỰC"])
        #expect(try TestDocuments.hits("{kind: heading-typo}", Self.withOrganisation(typo: false)).isEmpty)
    }
}
