import Foundation
import Testing

@testable import PlanCheckRules

struct RuleDocsTests {
    @Test func docsListEveryRuleByPackInIdOrder() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/rules")
        let markdown = RuleDocs.markdown(for: try RuleSet.load(folders: [fixtures]))
        let order = ["## ke-hoach", "### KH001", "## the-thuc", "### TT001", "### TT002"].map {
            markdown.range(of: $0)?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(markdown.contains("| opt-in |"))
        #expect(markdown.contains("kind: header-field"))
        #expect(markdown == RuleDocs.markdown(for: try RuleSet.load(folders: [fixtures])))
    }
}
