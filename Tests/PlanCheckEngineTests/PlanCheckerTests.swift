import Foundation
import PlanCheckCore
import PlanCheckEngine
import PlanCheckReport
import PlanCheckTestSupport
import Testing

/// The pipeline itself: parallel runs equal serial ones byte for byte, a bad document is its own
/// error line and never the batch's end, and every file under a folder is checked or named.
struct PlanCheckerTests {
    static let environment: RuleEnvironment? = try? RuleEnvironment.load(ruleFolders: [Fixtures.path("rules")]
    )

    static func report(_ run: CheckRun, _ environment: RuleEnvironment) -> CheckReport {
        run.report(
            environment: environment, tool: .init(name: "plancheck", version: "test"), generatedAt: nil,
            pathBase: Fixtures.repositoryRoot.path)
    }

    static var sampleInputs: [String] {
        ["samples/real", "samples/clean", "samples/chains/quang-an-2024", "samples/chains/tra-vinh-2024"].map(
            Fixtures.path)
    }

    @Test func aParallelRunGivesTheSameBytesAsASerialOne() throws {
        let environment = try #require(Self.environment)
        let plan = try JobPlanner.plan(inputs: Self.sampleInputs)
        #expect(plan.jobs.count >= 10)
        // A window of three makes several windows, so their seams are part of what is compared.
        let serial = PlanChecker(
            environment: environment, options: .init(outlines: true, workers: 1, window: 3))
        let parallel = PlanChecker(
            environment: environment, options: .init(outlines: true, workers: 0, window: 3))
        let a = Self.report(serial.check(plan), environment)
        let b = Self.report(parallel.check(plan), environment)
        #expect(!a.findings.isEmpty)
        for format in [ReportFormat.json, .sarif, .text, .html] {
            #expect(format.render(a, english: false) == format.render(b, english: false), "\(format)")
        }
    }

    @Test func resultsComeInJobOrderWithOneResultPerJob() throws {
        let environment = try #require(Self.environment)
        let plan = try JobPlanner.plan(inputs: Self.sampleInputs)
        let run = PlanChecker(environment: environment, options: .init(window: 2)).check(plan)
        #expect(run.results.map(\.path) == plan.jobs.map(\.path))
    }

    @Test func anUnreadableDocumentIsItsOwnErrorAndTheOthersAreChecked() throws {
        let environment = try #require(Self.environment)
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0, 1, 2, 3, 0xFF, 0xFE, 0]).write(to: dir.appendingPathComponent("a-hong.txt"))
        try Data("không phải zip".utf8).write(to: dir.appendingPathComponent("b-hong.docx"))
        try FileManager.default.copyItem(
            atPath: Fixtures.seed("001"), toPath: dir.appendingPathComponent("c-tot.txt").path)
        let run = PlanChecker(environment: environment).check(try JobPlanner.plan(inputs: [dir.path]))
        #expect(run.results.count == 3)
        #expect(run.inputErrors.count == 2)
        #expect(run.results[0].error != nil && run.results[1].error != nil)
        #expect(run.results[2].error == nil && !run.results[2].findings.isEmpty)
    }

    @Test func everyFileUnderAFolderIsCheckedOrNamedWithItsReason() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["ke-hoach.md", "cu.doc", "ban-thao.odt", "README.md", ".ghi-chu.txt"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent(".git/objects"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: dir.appendingPathComponent(".git/objects/ab"))
        let plan = try JobPlanner.plan(inputs: [dir.path])
        // .doc and .odt are plans read through LibreOffice where it is installed, named otherwise.
        let office = JobPlanner.readsOfficeFiles
        #expect(
            plan.jobs.map { URL(fileURLWithPath: $0.path).lastPathComponent }
                == (office ? ["ban-thao.odt", "cu.doc", "ke-hoach.md"] : ["ke-hoach.md"]))
        let skipped = Dictionary(
            uniqueKeysWithValues: plan.skipped.map {
                (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason)
            })
        #expect(skipped["cu.doc"] == (office ? nil : .needsLibreOffice))
        #expect(skipped["ban-thao.odt"] == (office ? nil : .needsLibreOffice))
        #expect(skipped["README.md"] == .describesFolder)
        #expect(skipped[".ghi-chu.txt"] == .hidden)
        #expect(skipped[".git"] == .hidden)
        #expect(skipped["ab"] == nil, "a hidden folder is named once, not walked")
    }

    @Test func aPlanCitingAnotherOfTheRunIsComparedWithIt() throws {
        let environment = try #require(Self.environment)
        let chain = Fixtures.path("samples/chains/quang-an-2024")
        let plan = try JobPlanner.plan(inputs: [
            "\(chain)/01-tinh-ke-hoach.md", "\(chain)/02-huyen-an-phu.md",
        ])
        let run = PlanChecker(environment: environment).check(plan)
        #expect(run.links == ["\(chain)/02-huyen-an-phu.md → \(chain)/01-tinh-ke-hoach.md"])
        #expect(!run.results[1].coverage.isEmpty)
    }
}
