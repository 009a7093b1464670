import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckParsing
import PlanCheckRules
import PlanCheckTestSupport
import Testing

/// Every chain under samples/chains/ (a folder with plancheck.yml) is checked exactly as
/// `plancheck check <chain>` does (the engine's JobPlanner and PlanChecker), with the full bundled rule set,
/// and the findings and coverage outcomes must equal the machine-readable tables of its EXPECTED.md.
/// Rows marked `known-false-negative` are true findings the checker misses today and are not
/// required; `known-false-positive` rows are produced today and are required, so fixing a known
/// issue makes this test fail until EXPECTED.md is updated.
struct ChainExpectationTests {
    static let chainsRoot = Fixtures.path("samples/chains")

    static var chains: [String] {
        let fm = FileManager.default
        return ((try? fm.contentsOfDirectory(atPath: chainsRoot)) ?? []).sorted().filter {
            fm.fileExists(atPath: "\(chainsRoot)/\($0)/\(ChainManifest.fileName)")
        }
    }

    struct Expected {
        var findings: [String] = []  // "file line rule", produced today
        var coverage: [String] = []  // "child parentLine outcome", produced today
    }

    /// The rows of the "### FINDINGS" and "### COVERAGE" tables of EXPECTED.md.
    static func expected(_ text: String) -> Expected {
        var out = Expected()
        var table = ""
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("### ") { table = String(line.dropFirst(4)); continue }
            if line.hasPrefix("## ") { table = ""; continue }
            guard line.hasPrefix("|"), !line.hasPrefix("|---") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 5, cells[0] != "file", cells[0] != "child" else { continue }
            switch table {
            case "FINDINGS":
                if cells[3] == "expected" || cells[3] == "known-false-positive" {
                    out.findings.append("\(cells[0]) \(cells[1]) \(cells[2])")
                } else {
                    #expect(cells[3] == "known-false-negative", "unknown status \(cells[3])")
                }
            case "COVERAGE":
                if cells[4] != "absent" { out.coverage.append("\(cells[0]) \(cells[1]) \(cells[4])") }
            default: break
            }
        }
        return out
    }

    @Test func thereAreChains() { #expect(Self.chains.count >= 2) }

    @Test(arguments: Self.chains)
    func chainMatchesItsExpectations(_ chain: String) throws {
        let folder = "\(Self.chainsRoot)/\(chain)"
        let checker = PlanChecker(
            environment: try RuleEnvironment.load(ruleFolders: [Fixtures.path("rules")]))
        let run = checker.check(try JobPlanner.plan(inputs: [folder]))
        #expect(run.inputErrors.isEmpty)
        func file(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }
        var findings: [String] = []
        var coverage: [String] = []
        for result in run.results {
            for record in result.coverage {
                coverage.append(
                    "\(file(result.path)) \(record.match.parentItem.span?.line ?? 0) \(record.match.outcome.rawValue)"
                )
            }
            for f in result.findings {
                findings.append(
                    "\(file(result.path)) \(f.span.map { String($0.line) } ?? "document") \(f.ruleId)")
            }
        }
        let expected = Self.expected(
            try String(
                contentsOf: URL(fileURLWithPath: folder).appendingPathComponent("EXPECTED.md"),
                encoding: .utf8))
        #expect(findings.sorted() == expected.findings.sorted(), "\(chain): findings")
        #expect(coverage.sorted() == expected.coverage.sorted(), "\(chain): coverage")
        let missing = expected.findings.filter { !findings.contains($0) }
        let extra = findings.filter { !expected.findings.contains($0) }
        #expect(missing.isEmpty && extra.isEmpty, "\(chain): missing \(missing), extra \(extra)")
    }
}
