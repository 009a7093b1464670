import Foundation
import GRDB
import PlanCheckTestSupport
import Testing
@testable import PlanCheckStore

/// A review killed, read during, or pointed at a database it cannot write: the real binary, a
/// real file, and what a reviewer would see.
@Suite(.serialized) struct ReviewRobustnessTests {
    static let parent = "samples/chains/quang-an-2024/01-tinh-ke-hoach.md"

    /// Submissions stored so far (0 while the database is still being created). A plain read-only
    /// connection that waits for the writer: opening the full store on every poll could fail while
    /// the review held its write lock, and the wait then saw 0 until the review was over.
    static func storedCount(_ db: String) -> Int {
        guard FileManager.default.fileExists(atPath: db) else { return 0 }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        guard let queue = try? DatabaseQueue(path: db, configuration: config) else { return 0 }
        return (try? queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM submission") ?? 0 }) ?? 0
    }

    /// Starts a review of a large batch and waits until at least one submission is committed.
    static func startLargeReview(_ count: Int) throws -> (Process, db: String, dir: URL) {
        let batch = try ReviewFiles.batch(count)
        let dir = batch.deletingLastPathComponent()
        let db = dir.appendingPathComponent("review.sqlite").path
        // A pause after each stored submission keeps the review running while the test acts on it,
        // however fast checking becomes (the test measured a race before this).
        let process = try CLIRunner.start(
            ["review", "--parent", parent, batch.path, "--db", db], logDirectory: dir,
            environment: ["PLANCHECK_REVIEW_PAUSE_MS": "25"])
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && storedCount(db) < 1 && Date() < deadline { usleep(50_000) }
        return (process, db, dir)
    }

    @Test func killingAReviewMidwayKeepsEveryCommittedSubmissionWhole() throws {
        let (process, db, _) = try Self.startLargeReview(200)
        try #require(process.isRunning, "the review finished before it could be killed")
        let seen = Self.storedCount(db)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let store = try PlanCheckStore(path: db)
        #expect(try store.integrityCheck() == "ok")
        let (stored, incomplete, running) = try store.writer.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM submission") ?? 0,
                // Each stored submission's counts match its finding rows, and it has its coverage
                // links (every batch file has a parent): nothing half-written.
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM submission s
                        WHERE s.errors + s.warnings + s.infos != (SELECT count(*) FROM finding f WHERE f.submission_id = s.id)
                           OR NOT EXISTS (SELECT 1 FROM coverage_link l WHERE l.submission_id = s.id)
                        """) ?? -1,
                try String.fetchOne(db, sql: "SELECT status FROM run ORDER BY id DESC LIMIT 1")
            )
        }
        #expect(stored >= seen && seen >= 1)
        #expect(stored < 200)
        #expect(incomplete == 0)
        #expect(running == "running")
        let history = try CLIRunner.run(["history", "--db", db])
        #expect(history.status == 0)
    }

    @Test func historyWorksWhileAReviewIsWriting() throws {
        let (process, db, _) = try Self.startLargeReview(200)
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try #require(process.isRunning, "the review finished before history could run beside it")
        let history = try CLIRunner.run(["history", "--db", db])
        #expect(process.isRunning)
        #expect(history.status == 0, "\(history.stderr)")
        let lines = history.stdout.split(separator: "\n").dropFirst()
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("1\t") && $0.contains("\trunning\t") })
    }

    /// A path under a regular file, and one under /proc, cannot be created by anyone, root
    /// included. (`history` only reads: ReadOnlyDatabaseTests covers it.)
    @Test(arguments: ["<file>/db.sqlite", "/proc/self/plancheck.sqlite"])
    func anUnwritablePathIsAClearError(_ pattern: String) throws {
        let dir = try CLIRunner.tempDirectory()
        let file = dir.appendingPathComponent("plain.txt")
        try "không phải thư mục".write(to: file, atomically: true, encoding: .utf8)
        let db = pattern.replacingOccurrences(of: "<file>", with: file.path)
        for args in [["review", "samples/chains/quang-an-2024/02-huyen-an-phu.md"]] {
            let result = try CLIRunner.run(args + ["--db", db])
            #expect(result.status == 2)
            #expect(result.stderr.contains("không mở được cơ sở dữ liệu"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    /// A genuine read-only file system: an existing database behind a read-only bind mount
    /// (needs mount rights; skipped without them).
    @Test func aDatabaseOnAReadOnlyMountIsAClearError() throws {
        let source = try CLIRunner.tempDirectory()
        let db = source.appendingPathComponent("r.sqlite").path
        let seed = "samples/chains/quang-an-2024/02-huyen-an-phu.md"
        #expect(try CLIRunner.run(["review", seed, "--db", db]).status != 2)
        let mountPoint = try CLIRunner.tempDirectory()
        guard Self.shell("mount --bind '\(source.path)' '\(mountPoint.path)' 2>/dev/null") == 0 else {
            print("skipped: bind mounts are not permitted here")
            return
        }
        defer { _ = Self.shell("umount '\(mountPoint.path)'") }
        guard Self.shell("mount -o remount,bind,ro '\(mountPoint.path)' 2>/dev/null") == 0 else { return }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let result = try CLIRunner.run([
            "review", seed, "--db", mountPoint.appendingPathComponent("r.sqlite").path,
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("không mở được cơ sở dữ liệu để ghi"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func anotherApplicationsSQLiteFileIsRefusedAndKept() throws {
        let dir = try CLIRunner.tempDirectory()
        let path = dir.appendingPathComponent("other.sqlite").path
        do {  // closed at the end of the scope, so the file holds everything before it is compared
            let other = try PlanCheckStore(path: path)
            try other.writer.write {
                try $0.execute(sql: "PRAGMA application_id = 42; CREATE TABLE notes(x)")
            }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try CLIRunner.run([
            "review", "samples/chains/quang-an-2024/02-huyen-an-phu.md", "--db", path,
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("không phải cơ sở dữ liệu PlanCheck"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// A real full disk: an 8 MiB tmpfs (the database holds the 4,000-unit map) (needs mount rights; skipped without them), filled up
    /// after the database is created, then a review that must write more than fits.
    @Test func aFullDiskIsAClearErrorAndKeepsWhatWasStored() throws {
        let mountPoint = try CLIRunner.tempDirectory().appendingPathComponent("tiny")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        guard Self.shell("mount -t tmpfs -o size=8m tmpfs '\(mountPoint.path)' 2>/dev/null") == 0 else {
            print("skipped: mounting a tmpfs is not permitted here")
            return
        }
        defer { _ = Self.shell("umount '\(mountPoint.path)'") }
        let db = mountPoint.appendingPathComponent("review.sqlite").path
        let first = try CLIRunner.run([
            "review", "--parent", Self.parent, "samples/chains/quang-an-2024/02-huyen-an-phu.md", "--db", db,
        ])
        #expect(first.status != 2, "\(first.stderr)")
        // Fill what is left (the filler's own ENOSPC is expected), then give back 256 KiB: room
        // to open the database and store a few submissions, not the whole batch.
        _ = Self.shell(
            "dd if=/dev/zero of='\(mountPoint.path)/filler' bs=4k 2>/dev/null; truncate -s -256K '\(mountPoint.path)/filler'"
        )
        // Enough submissions that even batched transactions cannot fit them all in 256 KiB.
        let batch = try ReviewFiles.batch(300)
        let full = try CLIRunner.run(
            ["review", "--parent", Self.parent, batch.path, "--db", db], timeout: 180)
        #expect(full.status == 2)
        #expect(full.stderr.contains("không ghi được vào cơ sở dữ liệu"), "\(full.stderr)")
        #expect(full.stderr.contains("disk is full"), "\(full.stderr)")
        #expect(!full.stderr.contains("Fatal error"))
        _ = Self.shell("rm -f '\(mountPoint.path)/filler'")
        let store = try PlanCheckStore(path: db)
        #expect(try store.integrityCheck() == "ok")
        let runs = try store.runs()
        #expect(runs.contains { $0.submission == "02-huyen-an-phu.md" })
        #expect(runs.count > 1 && runs.count < 301)
    }

    static func shell(_ command: String) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        guard (try? p.run()) != nil else { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }
}
