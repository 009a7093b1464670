import Foundation
import PlanCheckCore
import PlanCheckParsing
import PlanCheckRules
import PlanCheckTestSupport
import Testing

/// Every chain under samples/chains/ (a folder with plancheck.yml) is checked exactly as
/// `plancheck check <chain>` does (CheckCommand + CheckJobs.chain), with the full bundled rule set,
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
        let folder = URL(fileURLWithPath: "\(Self.chainsRoot)/\(chain)")
        let rules = URL(fileURLWithPath: Fixtures.path("rules"))
        let ruleSet = try RuleSet.load(folders: [rules])
        let data = try ProfileData.load(ruleFolders: [rules])
        let engine = RuleEngine(ruleSet: ruleSet, data: data)
        let manifest = try ChainManifest.load(folder: folder)
        func path(_ file: String) -> String { folder.appendingPathComponent(file).path }
        var levels: [String: String] = [:]
        for p in manifest.plans { if let l = p.level { levels[path(p.file)] = l } }
        var cache: [String: PlanDocument] = [:]
        func doc(_ file: String) throws -> PlanDocument {
            if let d = cache[file] { return d }
            let d = try PlanReader.read(path: path(file))
            cache[file] = d
            return d
        }
        var findings: [String] = []
        var coverage: [String] = []
        for file in manifest.submissionFiles {
            let child = try doc(file)
            let parents = try manifest.ancestors(of: file).map(doc)
            var comparison: Comparison?
            if !parents.isEmpty {
                comparison = Comparison.build(
                    child: child, parents: parents, levels: data.levels, profiles: data.profiles,
                    notApplicable: manifest.plan(file)?.notApplicable ?? [], matcher: CoverageMatcher(),
                    childLevelID: manifest.plan(file)?.level, parentLevelIDs: levels)
            }
            for record in comparison?.coverage ?? [] {
                coverage.append(
                    "\(file) \(record.match.parentItem.span?.line ?? 0) \(record.match.outcome.rawValue)")
            }
            for f in engine.run(document: child, comparison: comparison) {
                findings.append("\(file) \(f.span.map { String($0.line) } ?? "document") \(f.ruleId)")
            }
        }
        let expected = Self.expected(
            try String(contentsOf: folder.appendingPathComponent("EXPECTED.md"), encoding: .utf8))
        #expect(findings.sorted() == expected.findings.sorted(), "\(chain): findings")
        #expect(coverage.sorted() == expected.coverage.sorted(), "\(chain): coverage")
        let missing = expected.findings.filter { !findings.contains($0) }
        let extra = findings.filter { !expected.findings.contains($0) }
        #expect(missing.isEmpty && extra.isEmpty, "\(chain): missing \(missing), extra \(extra)")
    }
}
