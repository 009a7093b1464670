import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckStore
import PlanCheckTestSupport
import Testing

/// `review` is `check` plus the store: the same inputs give the same findings through both,
/// with the same links, thresholds and language; a second review reuses every stored result.
struct ReviewRunnerTests {
    static func findings(_ results: [(path: String, findings: [(String, Int?, String)])]) -> [String] {
        results.flatMap { r in
            r.findings.map {
                "\(URL(fileURLWithPath: r.path).lastPathComponent) \($0.0) \($0.1 ?? 0) \($0.2)"
            }
        }
        .sorted()
    }

    @Test(arguments: [false, true])
    func reviewAndCheckGiveTheSameFindings(english: Bool) throws {
        let environment = try RuleEnvironment.load(ruleFolders: [Fixtures.path("rules")])
        // Loose thresholds and English messages: review must honour them exactly as check does.
        let options = CheckOptions(thresholds: .init(covered: 0.5, partial: 0.2), english: english)
        let checker = PlanChecker(environment: environment, options: options)
        let chain = Fixtures.path("samples/chains/quang-an-2024")
        // Two plain files: the district plan is linked to the province plan by its citation.
        let plan = try JobPlanner.plan(inputs: [
            "\(chain)/01-tinh-ke-hoach.md", "\(chain)/02-huyen-an-phu.md",
            Fixtures.path("samples/chains/tra-vinh-2024"),
        ])
        let checked = checker.check(plan)
        let store = try PlanCheckStore(path: ":memory:")
        let runner = ReviewRunner(checker: checker, store: store, toolVersion: "test")
        let reviewed = try runner.run(plan, clock: { "2026-12-02T00:00:00Z" })
        #expect(reviewed.links == checked.links && !checked.links.isEmpty)
        let a = Self.findings(
            checked.results.map { r in (r.path, r.findings.map { ($0.ruleId, $0.span?.line, $0.message) }) })
        let b = Self.findings(
            reviewed.submissions.map { s in
                (s.input.path, s.input.findings.map { ($0.ruleId, $0.line, $0.message) })
            })
        #expect(!a.isEmpty)
        #expect(a == b)
        let coverage = checked.results.map { ReviewCoverage.share($0.coverage.map(StoredLink.init)) }
        #expect(coverage == reviewed.submissions.map(\.input.coverage))
    }

    @Test func aSecondReviewReusesEveryStoredResult() throws {
        let environment = try RuleEnvironment.load(ruleFolders: [Fixtures.path("rules")])
        let checker = PlanChecker(environment: environment)
        let store = try PlanCheckStore(path: ":memory:")
        let plan = try JobPlanner.plan(inputs: [Fixtures.path("samples/chains/quang-an-2024")])
        let runner = ReviewRunner(checker: checker, store: store, toolVersion: "test", batchSize: 2)
        let first = try runner.run(plan, clock: { "2026-12-02T00:00:00Z" })
        let second = try runner.run(plan, clock: { "2026-12-02T00:01:00Z" })
        #expect(first.submissions.allSatisfy { !$0.input.cached })
        #expect(second.submissions.allSatisfy { $0.input.cached })
        #expect(first.submissions.map(\.input.findings) == second.submissions.map(\.input.findings))
        #expect(second.submissions.allSatisfy { $0.previous != nil })
    }
}

/// A stored result is reused only under the same options that produced it.
struct ReviewCacheOptionTests {
    @Test func aReviewInAnotherLanguageOrWithOtherThresholdsChecksAgain() throws {
        let environment = try RuleEnvironment.load(ruleFolders: [Fixtures.path("rules")])
        let store = try PlanCheckStore(path: ":memory:")
        let plan = try JobPlanner.plan(inputs: [Fixtures.path("samples/chains/quang-an-2024")])
        func review(_ options: CheckOptions) throws -> ReviewOutcome {
            try ReviewRunner(
                checker: PlanChecker(environment: environment, options: options), store: store,
                toolVersion: "t"
            )
            .run(plan, clock: { "2026-12-02T00:00:00Z" })
        }
        _ = try review(CheckOptions())
        #expect(try review(CheckOptions()).submissions.allSatisfy(\.input.cached))
        let english = try review(CheckOptions(english: true))
        #expect(english.submissions.allSatisfy { !$0.input.cached })
        let loose = try review(CheckOptions(thresholds: .init(covered: 0.5, partial: 0.2)))
        #expect(loose.submissions.allSatisfy { !$0.input.cached })
    }
}
