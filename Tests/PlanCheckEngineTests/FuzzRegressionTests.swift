import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckParsing
import PlanCheckTestSupport
import Testing

/// Every input that once crashed PlanCheck (the issue's examples and each minimised fuzzer find),
/// fed through the whole pipeline — read, parse, rules — as `check` feeds a file. A trap here
/// kills the test process, so running this corpus is itself the "no crash" assertion; the checks
/// below make sure that what comes back is also sane: a one-line refusal, or findings that point
/// inside the document.
struct FuzzRegressionTests {
    static let folder = Fixtures.path("Tests/PlanCheckParsingTests/Fixtures/fuzz-regressions")
    static let environment: RuleEnvironment? = try? RuleEnvironment.load(ruleFolders: [Fixtures.path("rules")]
    )

    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    @Test func theCorpusHoldsTheIssuesExamples() {
        let names = Set(Self.files)
        for name in [
            "motto-only.txt", "motto-then-closing-start.txt", "central-directory-past-end.docx",
            "invalid-utf8-in-element.docx",
        ] {
            #expect(names.contains(name), "\(name)")
        }
    }

    @Test(arguments: files)
    func aCrashingInputGivesASaneResult(_ name: String) throws {
        let environment = try #require(Self.environment)
        let path = Self.folder + "/" + name
        let checker = PlanChecker(environment: environment, options: .init(workers: 1))
        let run = checker.check(JobPlan(jobs: [CheckJob(source: .file(path))]))
        let result = try #require(run.results.first)
        if let error = result.error {
            for english in [false, true] {
                let line = error.message(english: english)
                #expect(!line.contains("\n") && line.count > path.count + 2, "\(line)")
            }
            #expect(run.inputErrors.count == 1)
            return
        }
        let lineCount = try PlanReader.read(path: path).lines.count
        for finding in result.findings {
            #expect(!finding.message.isEmpty)
            if let span = finding.span {
                #expect((1...max(1, lineCount)).contains(span.line), "\(finding.ruleId) \(span)")
                #expect(span.endLine >= span.line && span.endLine <= max(1, lineCount))
            }
        }
    }

    /// The two texts of the issue are plans cut after their first line: the document is read, and
    /// what it lacks is reported, not a crash and not a silent pass.
    @Test(arguments: ["motto-only.txt", "motto-then-closing-start.txt"])
    func aPlanCutAfterItsMottoIsReportedAsIncomplete(_ name: String) throws {
        let environment = try #require(Self.environment)
        let run = PlanChecker(environment: environment, options: .init(workers: 1))
            .check(JobPlan(jobs: [CheckJob(source: .file(Self.folder + "/" + name))]))
        let result = try #require(run.results.first)
        #expect(result.error == nil)
        #expect(!result.findings.isEmpty)
    }
}
