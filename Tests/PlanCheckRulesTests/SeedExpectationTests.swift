import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckParsing
import PlanCheckRules
import PlanCheckTestSupport
import Testing

/// samples/real/EXPECTED.md lists every finding a careful reviewer stands behind on each seed.
/// The bundled rules must report exactly those: a missing one is a rule that stopped working, an
/// extra one is noise a reviewer would reject (chrome, a misread line).
struct SeedExpectationTests {
    static func expected() throws -> [String: [String]] {
        let text = try String(contentsOfFile: Fixtures.path("samples/real/EXPECTED.md"), encoding: .utf8)
        var out: [String: [String]] = [:]
        var current: String?
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## ") {
                current = String(line.dropFirst(3))
                out[current!] = []
                continue
            }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let file = current, cells.count >= 3,
                cells[1].range(of: "^[A-Z]{2}[0-9]{3}$", options: .regularExpression) != nil
            else { continue }
            out[file, default: []].append("\(cells[0]) \(cells[1]) \(cells[2])")
        }
        return out
    }

    @Test func seedFindingsAreExactlyTheExpectedOnes() throws {
        let checker = PlanChecker(
            environment: try RuleEnvironment.load(ruleFolders: [Fixtures.path("rules")]))
        let expected = try Self.expected()
        #expect(expected.count == 5)
        for (file, rows) in expected {
            // Each seed on its own, as `plancheck check FILE` runs it (no folder, no links).
            let run = checker.check(
                JobPlan(jobs: [CheckJob(source: .file(Fixtures.path("samples/real/\(file)")))]))
            let found = run.findings.map {
                "\($0.span.map { String($0.line) } ?? "document") \($0.ruleId) \($0.severity.rawValue)"
            }
            #expect(found.sorted() == rows.sorted(), "\(file)")
        }
    }
}
