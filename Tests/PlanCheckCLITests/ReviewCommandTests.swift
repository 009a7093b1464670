import Foundation
import PlanCheckTestSupport
import Testing

/// `review`, `history` and the deprecated `accept` through the real binary and a real database file.
struct ReviewCommandTests {
    @Test func reReviewingAnUnchangedSubmissionReusesStoredResults() throws {
        let dir = try CLIRunner.tempDirectory()
        let db = dir.appendingPathComponent("r.sqlite").path
        let seed = Fixtures.path("samples/real/002_ba7950973bf1c86d.txt")
        let first = try CLIRunner.run(["review", seed, "--db", db])
        #expect(first.status == 1)
        #expect(first.stdout.contains("lần đầu"))
        let second = try CLIRunner.run(["review", seed, "--db", db])
        #expect(second.stdout.contains("cached"))
        #expect(second.stdout.contains("0/0/"))
        let history = try CLIRunner.run(["history", "--submission", "002_ba7950973bf1c86d.txt", "--db", db])
        #expect(history.status == 0)
        #expect(history.stdout.split(separator: "\n").count == 3)
        let fingerprint = try #require(
            second.stdout.split(separator: "\n").first { $0.contains(" error ") }?
                .split(separator: " ").first.map(String.init))
        let accept = try CLIRunner.run([
            "accept", fingerprint, "--reason", "lỗi thật", "--by", "reviewer", "--db", db,
        ])
        #expect(accept.status == 0)
        // The old verb keeps its documented meaning (a real defect) and says what replaces it.
        #expect(accept.stderr.contains("dùng plancheck confirm"))
        #expect(accept.stdout.hasPrefix("đã xác nhận lỗi"))
        let third = try CLIRunner.run(["review", seed, "--db", db])
        #expect(third.stdout.contains("\t1/0\t"))
    }

    @Test func aFolderWithoutPlansIsAnErrorAndCreatesNoDatabase() throws {
        let dir = try CLIRunner.tempDirectory()
        let db = dir.appendingPathComponent("r.sqlite").path
        let result = try CLIRunner.run(["review", dir.path, "--db", db])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndKept() throws {
        let dir = try CLIRunner.tempDirectory()
        let path = dir.appendingPathComponent("notes.txt").path
        try "ghi chú".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["history", "--db", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("không phải cơ sở dữ liệu PlanCheck"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "ghi chú")
    }
}
