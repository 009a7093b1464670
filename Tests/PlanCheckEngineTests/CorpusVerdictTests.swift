import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckTestSupport
import Testing

/// The real corpus (samples/corpus) against a careful reviewer's verdicts on every finding: no
/// finding judged FALSE may come back, none judged TRUE may disappear, and every error or warning
/// must carry a verdict (ours go in verdicts-project.tsv, with the reason), so no new finding on
/// real documents ships without someone having read it.
struct CorpusVerdictTests {
    struct Key: Hashable, CustomStringConvertible {
        var file: String, rule: String, line: String
        var description: String { "\(file) \(rule) \(line)" }
    }

    static let corpus = Fixtures.path("samples/corpus")

    /// Rows of a reviewer's TSV (a header row, then file, ruleId, severity, line, judgement, …);
    /// fields may be quoted with doubled quotes inside, as spreadsheets write them.
    static func verdicts() throws -> [Key: String] {
        var out: [Key: String] = [:]
        for name in ["verdicts.tsv", "verdicts-project.tsv"] {
            let path = "\(corpus)/\(name)"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let rows = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst()
            for row in rows {
                let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard cells.count >= 5 else { continue }
                out[Key(file: cells[0], rule: cells[1], line: cells[3])] = cells[4]
            }
        }
        return out
    }

    static func findings() throws -> [(Key, Finding)] {
        let environment = try RuleEnvironment.load(ruleFolders: [Fixtures.path("rules")])
        let run = PlanChecker(environment: environment).check(try JobPlanner.plan(inputs: [corpus]))
        #expect(run.inputErrors.isEmpty, "\(run.inputErrors)")
        return run.findings.map { f in
            let file = URL(fileURLWithPath: f.path).deletingPathExtension().lastPathComponent
            return (Key(file: file, rule: f.ruleId, line: f.span.map { String($0.line) } ?? "document"), f)
        }
    }

    @Test func noFindingJudgedFalseComesBack() throws {
        let verdicts = try Self.verdicts()
        let back = try Self.findings().filter { verdicts[$0.0] == "FALSE" }.map { "\($0.0): \($0.1.message)" }
        #expect(back.isEmpty, "judged FALSE by the reviewer: \(back)")
    }

    @Test func noFindingJudgedTrueDisappears() throws {
        let verdicts = try Self.verdicts()
        let found = Set(try Self.findings().map(\.0))
        let lost = verdicts.filter { $0.value == "TRUE" && !found.contains($0.key) }.map(\.key.description)
            .sorted()
        #expect(lost.isEmpty, "judged TRUE by the reviewer, no longer found: \(lost)")
    }

    @Test func everyErrorAndWarningHasAVerdict() throws {
        let verdicts = try Self.verdicts()
        let unjudged = try Self.findings().filter { $0.1.severity != .info && verdicts[$0.0] == nil }
            .map { "\($0.0): \($0.1.message)" }
        #expect(unjudged.isEmpty, "judge these in samples/corpus/verdicts-project.tsv: \(unjudged)")
    }
}
