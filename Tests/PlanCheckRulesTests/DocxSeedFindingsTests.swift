import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckParsing
import PlanCheckRules
import PlanCheckTestSupport
import Testing

/// The .docx copy of each seed (samples/docx, see samples/README.md) must draw the same findings as
/// the .txt pinned in samples/real/EXPECTED.md. Lines differ between the formats (the .docx has no
/// page chrome and its tables fold several text lines into rows), so a finding is compared by rule,
/// severity and excerpt; a .docx finding must also say where it is in Word (paragraph, table cell).
@Suite struct DocxSeedFindingsTests {
    static let seeds = [
        "000_481931eabe76bbbc", "001_96e476ef786eba14", "002_ba7950973bf1c86d",
        "003_7aacbaa29d860e1d", "004_90fd5a8570340aee",
    ]

    static let checker: PlanChecker? = (try? RuleEnvironment.load(ruleFolders: [Fixtures.path("rules")])).map
    {
        PlanChecker(environment: $0)
    }

    /// The findings of one file checked on its own, as `plancheck check FILE` does.
    static func findings(_ path: String) throws -> [Finding] {
        let checker = try #require(checker)
        let run = checker.check(JobPlan(jobs: [CheckJob(source: .file(Fixtures.path(path)))]))
        #expect(run.inputErrors.isEmpty)
        return run.findings
    }

    static func key(_ finding: Finding) -> String {
        "\(finding.ruleId) \(finding.severity.rawValue) \(finding.excerpt.trimmingCharacters(in: .whitespaces))"
    }

    @Test(arguments: seeds) func docxDrawsTheSameFindingsAsTheText(seed: String) throws {
        let txt = try Self.findings("samples/real/\(seed).txt")
        let docx = try Self.findings("samples/docx/\(seed).docx")
        // 003's header is a Word table; its place and date sit beside the number and must be read.
        let docxKeys = docx.map(Self.key).sorted()
        #expect(docxKeys == txt.map(Self.key).sorted(), "\(seed)")
        for finding in docx where finding.span != nil {
            #expect(finding.origin?.paragraph != nil, "\(seed) \(finding.ruleId) has no Word paragraph")
        }
    }

    @Test func aTaskTableFindingPointsAtItsRowAndCell() throws {
        let docx = try Self.findings("samples/docx/002_ba7950973bf1c86d.docx")
        let kh007 = try #require(docx.first { $0.ruleId == "KH007" })
        #expect(kh007.excerpt.hasPrefix("3.3. Các hình thức triển khai khác"))
        #expect(kh007.origin?.tableRow == 2 && kh007.origin?.tableCell == 2)
        #expect(kh007.origin?.paragraph != nil)
    }
}
