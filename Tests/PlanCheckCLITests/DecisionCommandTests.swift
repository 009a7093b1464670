import Foundation
import PlanCheckTestSupport
import Testing

/// `confirm` and `dismiss` through the built binary: one meaning each, a later decision replaces
/// an earlier one, and a database that does not exist is refused, never created.
struct DecisionCommandTests {
    @Test(arguments: [
        ["confirm", "abcdef012345", "--reason", "x"], ["dismiss", "abcdef012345", "--reason", "x"],
        ["history"],
    ])
    func aDatabaseThatDoesNotExistIsRefusedAndNotCreated(_ arguments: [String]) throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("missing.sqlite").path
        let r = try CLIRunner.run(arguments + ["--db", db], cwd: dir.path)
        #expect(r.status == 2)
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("chưa có cơ sở dữ liệu nào"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        // Without --db, the default file of an empty folder is not created either.
        let bare = try CLIRunner.run(arguments, cwd: dir.path)
        #expect(bare.status == 2 && bare.stderr.contains("plancheck.sqlite"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func aSecondDecisionReplacesTheFirstAndTheReviewCountsOnlyTheLatest() throws {
        let dir = try CLIRunner.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path
        let seed = Fixtures.path("samples/real/002_ba7950973bf1c86d.txt")
        let first = try CLIRunner.run(["review", seed, "--db", db])
        let fingerprint = try #require(
            first.stdout.split(separator: "\n").first { $0.contains(" error ") }?
                .split(separator: " ").first.map(String.init))
        let dismiss = try CLIRunner.run([
            "dismiss", fingerprint, "--reason", "báo nhầm", "--by", "A", "--db", db,
        ])
        #expect(dismiss.status == 0 && dismiss.stderr.isEmpty, "\(dismiss.stderr)")
        #expect(try CLIRunner.run(["review", seed, "--db", db]).stdout.contains("\t0/1\t"))
        let confirm = try CLIRunner.run([
            "confirm", fingerprint, "--reason", "lỗi thật", "--by", "B", "--db", db,
        ])
        #expect(confirm.status == 0)
        #expect(confirm.stdout.contains("thay cho quyết định trước: đã loại (báo nhầm) (A, "))
        let again = try CLIRunner.run(["review", seed, "--db", db])
        #expect(again.stdout.contains("\t1/0\t"))
        // A confirmed error is still a defect: the review fails.
        #expect(again.status == 1)
    }
}
