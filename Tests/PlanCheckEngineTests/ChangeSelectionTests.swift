import Foundation
import PlanCheckEngine
import PlanCheckTestSupport
import Testing

/// Which plans a change affects, without git: the engine gets the changed paths and the jobs.
struct ChangeSelectionTests {
    /// A chain folder: a province plan and two district plans below it, all three submissions.
    static func chain() throws -> (dir: URL, jobs: [CheckJob]) {
        let dir = try BaselineTests.folder(["tinh.md", "huyen-a.md", "huyen-b.md"])
        try Data(
            """
            levels: [tinh, huyen]
            plans:
              - file: tinh.md
                level: tinh
              - files: "huyen-*.md"
                level: huyen
                parent: tinh.md
            submissions: "*.md"
            """.utf8
        ).write(to: dir.appendingPathComponent("plancheck.yml"))
        return (dir, try JobPlanner.plan(inputs: [dir.path]).jobs)
    }

    static func names(_ indices: [Int], _ jobs: [CheckJob]) -> [String] {
        indices.map { URL(fileURLWithPath: jobs[$0].path).lastPathComponent }.sorted()
    }

    @Test func aChangedParentSelectsItselfAndEveryPlanBelowIt() throws {
        let (dir, jobs) = try Self.chain()
        defer { try? FileManager.default.removeItem(at: dir) }
        let changes = ChangedPaths(root: dir, relative: ["tinh.md", "README.md"])
        #expect(
            Self.names(ChangeSelection.affected(jobs, by: changes), jobs) == [
                "huyen-a.md", "huyen-b.md", "tinh.md",
            ])
    }

    @Test func aChangedChildSelectsOnlyItself() throws {
        let (dir, jobs) = try Self.chain()
        defer { try? FileManager.default.removeItem(at: dir) }
        let changes = ChangedPaths(absolute: [dir.appendingPathComponent("huyen-b.md").path])
        #expect(Self.names(ChangeSelection.affected(jobs, by: changes), jobs) == ["huyen-b.md"])
    }

    @Test func aChangedManifestSelectsItsWholeChainAndNothingElseChangedSelectsNothing() throws {
        let (dir, jobs) = try Self.chain()
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = ChangedPaths(root: dir, relative: ["plancheck.yml"])
        #expect(ChangeSelection.affected(jobs, by: manifest).count == 3)
        let elsewhere = ChangedPaths(root: dir, relative: ["../other/tinh.md", "docs/tinh.md"])
        #expect(ChangeSelection.affected(jobs, by: elsewhere).isEmpty)
    }

    @Test func aPathTheUserTypedAndThePathGitListsAreTheSameFile() throws {
        let dir = try BaselineTests.folder(["plans/a.md"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let changes = ChangedPaths(root: dir, relative: ["plans/a.md"])
        #expect(changes.contains("plans/./a.md", workingDirectory: dir))
        #expect(changes.contains("../plans/a.md", workingDirectory: dir.appendingPathComponent("plans")))
        #expect(!changes.contains("plans/b.md", workingDirectory: dir))
        #expect(changes.touches([dir.appendingPathComponent("plans")]))
        #expect(!changes.touches([dir.appendingPathComponent("rules")]))
    }
}
