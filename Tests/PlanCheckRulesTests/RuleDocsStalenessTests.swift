import Foundation
import PlanCheckRules
import PlanCheckTestSupport
import Testing

/// docs/rules.md is generated from rules/ (`plancheck rules docs`); a rule changed without
/// regenerating it would leave officials reading stale wording.
@Test func generatedRuleDocsAreCurrent() throws {
    let rules = try RuleSet.load(folders: [URL(fileURLWithPath: Fixtures.path("rules"))])
    let onDisk = try String(contentsOfFile: Fixtures.path("docs/rules.md"), encoding: .utf8)
    #expect(
        onDisk == RuleDocs.markdown(for: rules),
        "docs/rules.md is stale: run `swift run plancheck rules docs`")
}
