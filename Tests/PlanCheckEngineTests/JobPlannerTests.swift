import Foundation
import PlanCheckEngine
import PlanCheckTestSupport
import Testing

/// Chain manifests as a campaign writes them: one entry names every submission of a province by
/// a glob, and a file named twice or a glob that matches nothing is a loading error.
struct JobPlannerTests {
    static func chain(_ manifest: String, files: [String]) throws -> URL {
        let dir = try CLIRunner.tempDirectory()
        for name in files { try Data("x".utf8).write(to: dir.appendingPathComponent(name)) }
        try Data(manifest.utf8).write(to: dir.appendingPathComponent("plancheck.yml"))
        return dir
    }

    @Test func aGlobEntryNamesEverySubmissionItMatches() throws {
        let dir = try Self.chain(
            """
            levels: [tinh, xa]
            plans:
              - file: tinh.md
                level: tinh
              - files: "xa-*.md"
                level: xa
                parent: tinh.md
            """, files: ["tinh.md", "xa-a.md", "xa-b.md", "ghi-chu.md"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try JobPlanner.plan(inputs: [dir.path])
        #expect(plan.jobs.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["xa-a.md", "xa-b.md"])
        #expect(
            plan.jobs.allSatisfy { $0.level == "xa" && $0.parents.map(\.path) == ["\(dir.path)/tinh.md"] })
        #expect(plan.skipped.map { URL(fileURLWithPath: $0.path).lastPathComponent }.contains("ghi-chu.md"))
    }

    @Test(arguments: [
        ("plans:\n  - files: \"huyen-*.md\"\n    parent: tinh.md\n  - file: tinh.md\n", "matches huyen-*.md"),
        ("plans:\n  - file: tinh.md\n  - files: \"*.md\"\n", "named by more than one plan entry: tinh.md"),
        ("plans:\n  - file: tinh.md\n    files: \"*.md\"\n", "not both"),
    ])
    func aManifestThatNamesWronglyIsAnError(_ manifest: String, _ message: String) throws {
        let dir = try Self.chain(manifest, files: ["tinh.md", "xa-a.md"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect {
            _ = try JobPlanner.plan(inputs: [dir.path])
        } throws: { error in
            "\(error)".contains(message) && "\(error)".contains("plancheck.yml:")
        }
    }
}

/// A link under a folder that reaches no file is listed as not checked with its own reason, not
/// taken for a format PlanCheck does not read.
@Test func aBrokenLinkInAFolderIsNamedAsBroken() throws {
    let dir = try CLIRunner.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("x".utf8).write(to: dir.appendingPathComponent("xa-a.md"))
    try FileManager.default.createSymbolicLink(
        atPath: dir.appendingPathComponent("vong").path, withDestinationPath: "vong")
    try FileManager.default.createSymbolicLink(
        atPath: dir.appendingPathComponent("xa-b.md").path, withDestinationPath: "da-xoa.md")
    let found = JobPlanner.expand(dir.path)
    #expect(found.plans.map { URL(fileURLWithPath: $0).lastPathComponent } == ["xa-a.md"])
    #expect(found.skipped.map(\.reason) == [.brokenLink, .brokenLink])
    #expect(found.skipped.first?.notChecked.reason.contains("vòng lặp") == true)
}
