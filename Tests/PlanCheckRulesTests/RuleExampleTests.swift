import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckParsing
import PlanCheckRules
import PlanCheckTestSupport
import Testing

/// Every example document of every rule, run through the parser and that one rule: the findings
/// must be exactly the ones marked with `<!-- expect: ID -->`, on those lines, and no others.
struct RuleExampleTests {
    static let ruleSet: RuleSet? = try? RuleSet.load(folders: [URL(fileURLWithPath: Fixtures.path("rules"))])
    static let data: ProfileData? = try? ProfileData.load(ruleFolders: [
        URL(fileURLWithPath: Fixtures.path("rules"))
    ])

    @Test func theBundledRulesLoad() throws {
        _ = try RuleSet.load(folders: [URL(fileURLWithPath: Fixtures.path("rules"))])
    }

    @Test func everyRuleShipsPassingAndFailingExamples() throws {
        let ruleSet = try #require(Self.ruleSet)
        let examples = RuleExample.all()
        for rule in ruleSet.rules {
            let mine = examples.filter { $0.ruleId == rule.id }
            #expect(mine.contains { $0.shouldPass }, "\(rule.id) has no pass example")
            #expect(mine.contains { !$0.shouldPass }, "\(rule.id) has no fail example")
        }
        for example in examples {
            #expect(ruleSet.rule(id: example.ruleId) != nil, "example for unknown rule: \(example)")
        }
    }

    @Test(arguments: RuleExample.all())
    func exampleFindingsMatchTheirMarkers(_ example: RuleExample) throws {
        let ruleSet = try #require(Self.ruleSet)
        let rule = try #require(ruleSet.rule(id: example.ruleId))
        let raw = try String(contentsOfFile: example.planPath, encoding: .utf8)
        func source(_ path: String, _ text: String) -> DocumentSource {
            .text(RuleExample.stripMarkers(text), path: path, format: "md")
        }
        let parents = try example.parentPaths.map {
            source($0, try String(contentsOfFile: $0, encoding: .utf8))
        }
        var single = rule
        single.enabled = true
        let data = try #require(Self.data)
        let environment = RuleEnvironment(
            engine: RuleEngine(ruleSet: RuleSet(rules: [single]), data: data), folders: [])
        let job = CheckJob(
            source: source(example.planPath, raw), parents: parents,
            notApplicable: example.notApplicable.map {
                NotApplicableDeclaration(duty: $0.duty, reason: $0.reason)
            })
        let run = PlanChecker(environment: environment).check(JobPlan(jobs: [job]))
        let found = run.findings.map { "\($0.span?.line.description ?? "document") \($0.ruleId)" }
        let expected = ExampleMarkers.expected(in: raw).filter { $0.ruleId == rule.id }
            .map { "\($0.line?.description ?? "document") \($0.ruleId)" }
        #expect(found.sorted() == expected.sorted(), "\(example)")
        if example.shouldPass {
            #expect(expected.isEmpty, "a pass example must not carry markers: \(example)")
        } else {
            #expect(!expected.isEmpty, "a fail example must mark what it expects: \(example)")
        }
    }
}
