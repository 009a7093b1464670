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

    @Test func fundingInsideTheOrganisationSectionCountsWhenAnywhere() throws {
        var d = Self.withOrganisation(typo: false)
        d.sections[0].children = [
            Section(
                label: "3.", level: 2, title: "Kinh phí thực hiện", kind: .funding,
                span: TestDocuments.span(9),
                bodySpan: TestDocuments.span(9))
        ]
        #expect(try TestDocuments.hits("{kind: required-section, section: funding}", d).count == 1)
        #expect(
            try TestDocuments.hits("{kind: required-section, section: funding, anywhere: true}", d).isEmpty)
    }

    @Test func truncatedCopyReportsAMissingPartOnlyWhenALaterPartIsPresent() throws {
        var d = Self.withOrganisation(typo: false)
        TestDocuments.truncate(&d)
        let purpose = "{kind: required-section, section: purpose-requirements"
        #expect(try TestDocuments.hits(purpose + "}", d).isEmpty)
        #expect(try TestDocuments.hits(purpose + ", followed_by: [organisation]}", d).count == 1)
        #expect(try TestDocuments.hits(purpose + ", followed_by: [funding]}", d).isEmpty)
    }

    @Test func aCopyStartingMidwayReportsAMissingPartOnlyWhenAnEarlierPartIsPresent() throws {
        var d = Self.withOrganisation(typo: false)
        d.copy.startsMidway = true
        let funding = "{kind: required-section, section: funding"
        #expect(try TestDocuments.hits(funding + "}", d).isEmpty)
        #expect(try TestDocuments.hits(funding + ", preceded_by: [organisation]}", d).count == 1)
        #expect(try TestDocuments.hits(funding + ", preceded_by: [purpose-requirements]}", d).isEmpty)
    }
}
