import PlanCheckCore
import Testing

@testable import PlanCheckRules

struct ClosingChecksTests {
    static let authorityRule = #"""
        kind: signature-authority
        check: authorityMatchesIssuer
        issuer_patterns: {"ỦY BAN NHÂN DÂN": "^TM\\. ?ỦY BAN NHÂN DÂN"}
        """#

    @Test func peoplesCommitteeSignedWithoutTMIsFlagged() throws {
        #expect(try TestDocuments.hits(Self.authorityRule, TestDocuments.signedPlan()).isEmpty)
        let hits = try TestDocuments.hits(
            Self.authorityRule, TestDocuments.signedPlan(authority: "KT. CHỦ TỊCH"))
        #expect(hits.map { $0.span?.line } == [10])
        #expect(hits.first?.values["authority"] == "KT. CHỦ TỊCH")
    }

    @Test func signatureWithoutSignerNameIsFlagged() throws {
        var d = TestDocuments.signedPlan()
        let yaml = "{kind: signature-authority, check: signerPresent}"
        #expect(try TestDocuments.hits(yaml, d).isEmpty)
        d.header.signature?.signer = nil
        #expect(try TestDocuments.hits(yaml, d).count == 1)
    }

    @Test func missingRecipientsAndMisplacedArchiveAreFlagged() throws {
        #expect(
            try TestDocuments.hits("{kind: recipients, check: present}", TestDocuments.signedPlan()).isEmpty)
        #expect(try TestDocuments.hits("{kind: recipients, check: present}", TestDocuments.plan()).count == 1)
        #expect(
            try TestDocuments.hits("{kind: recipients, check: archiveLast}", TestDocuments.signedPlan())
                .isEmpty)
        let hits = try TestDocuments.hits(
            "{kind: recipients, check: archiveLast}", TestDocuments.signedPlan(archiveLast: false))
        #expect(hits.map { $0.span?.line } == [15])
        #expect(hits.first?.values["last"] == "- Như trên;")
    }

    @Test func typeCodeDifferentFromTypeNameIsFlagged() throws {
        let yaml =
            #"{kind: field-consistency, check: typeCodeMatchesTypeName, type_codes: {KH: "KẾ HOẠCH", QĐ: "QUYẾT ĐỊNH"}}"#
        var d = TestDocuments.plan()
        #expect(try TestDocuments.hits(yaml, d).isEmpty)
        d.header.number?.typeCode = "QĐ"
        let hits = try TestDocuments.hits(yaml, d)
        #expect(hits.map { $0.values["expected"] } == ["QUYẾT ĐỊNH"])
        #expect(hits.first?.span?.line == 5)
    }

    @Test func parserDiagnosticsOfListedCodesBecomeHits() throws {
        var d = TestDocuments.plan()
        d.diagnostics = [
            Diagnostic(code: .unplacedLine, message: "dòng không xếp được", span: TestDocuments.span(9)),
            Diagnostic(code: .skippedChrome, message: "web page", span: TestDocuments.span(1)),
        ]
        let hits = try TestDocuments.hits("{kind: parse-diagnostic, codes: [unplaced-line, truncated]}", d)
        #expect(hits.map { $0.values["code"] } == ["unplaced-line"])
        #expect(hits.first?.values["detail"] == "dòng không xếp được")
        d.diagnostics = []
        #expect(try TestDocuments.hits("{kind: parse-diagnostic, codes: [unplaced-line]}", d).isEmpty)
    }

    @Test func closingPartKindsDeclareThemselves() throws {
        #expect(try TestDocuments.check("{kind: recipients, check: present}").concernsClosingParts)
        #expect(try TestDocuments.check(Self.authorityRule).concernsClosingParts)
        #expect(
            try TestDocuments.check(#"{kind: text-pattern, scope: recipients, must_match: "Lưu"}"#)
                .concernsClosingParts)
        #expect(try !TestDocuments.check("{kind: heading-typo}").concernsClosingParts)
    }
}
