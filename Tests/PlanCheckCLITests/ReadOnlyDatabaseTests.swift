import Foundation
import PlanCheckTestSupport
import Testing

/// `history` on a database the user may only read, and the databases that cannot be used at all,
/// through the binary. Permissions mean nothing to root, so as root the binary runs as `nobody`
/// (setpriv), as a reviewer without rights on the shared file would; elsewhere it runs as is.
@Suite(.serialized) struct ReadOnlyDatabaseTests {
    static let seed = "samples/chains/quang-an-2024/02-huyen-an-phu.md"

    /// A folder anyone may enter holding `review.sqlite` with one stored review.
    static func database() throws -> (dir: URL, db: String) {
        let dir = try CLIRunner.tempDirectory()
        let db = dir.appendingPathComponent("review.sqlite").path
        let review = try CLIRunner.run(["review", seed, "--db", db])
        try #require(review.status == 0, "\(review.stderr)")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        return (dir, db)
    }

    static func listing(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    static func chmod(_ path: String, _ mode: Int) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    /// Runs the binary as an unprivileged user; nil (and the test says it skipped) when it is root
    /// without setpriv.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func runUnprivileged(_ arguments: [String]) throws -> Outcome? {
        guard getuid() == 0 else {
            let r = try CLIRunner.run(arguments)
            return Outcome(status: r.status, stdout: r.stdout, stderr: r.stderr)
        }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            print("skipped: running as root and setpriv is missing")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments =
            ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.binary] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        process.environment = [
            "NO_COLOR": "1", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
            "PLANCHECK_RULES": Fixtures.path("rules"),
        ]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    static func expectOneReviewListed(
        _ result: Outcome, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        // The header, the rows, then the totals line (no tab).
        let rows = result.stdout.split(separator: "\n").dropFirst().filter { $0.contains("\t") }
        #expect(
            rows.count == 1 && rows.allSatisfy { $0.contains("\t02-huyen-an-phu.md\t") },
            sourceLocation: sourceLocation)
    }

    @Test func historyReadsAFileTheUserMayOnlyReadAndLeavesNothingBeside() throws {
        let (dir, db) = try Self.database()
        try Self.chmod(db, 0o444)
        // The user may write the folder: a read-only SQLite connection would leave -wal and -shm.
        try FileManager.default.setAttributes([.ownerAccountID: 65534], ofItemAtPath: dir.path)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        guard let result = try Self.runUnprivileged(["history", "--db", db]) else { return }
        Self.expectOneReviewListed(result)
        #expect(try Self.listing(dir) == ["review.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func historyReadsADatabaseInAReadOnlyFolder() throws {
        let (dir, db) = try Self.database()
        try Self.chmod(db, 0o444)
        try Self.chmod(dir.path, 0o555)
        defer { try? Self.chmod(dir.path, 0o755) }
        guard let result = try Self.runUnprivileged(["history", "--db", db]) else { return }
        Self.expectOneReviewListed(result)
        #expect(try Self.listing(dir) == ["review.sqlite"])
    }

    @Test func historyAsTheOwnerLeavesTheFolderAsItWas() throws {
        let (dir, db) = try Self.database()
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let r = try CLIRunner.run(["history", "--db", db])
        Self.expectOneReviewListed(Outcome(status: r.status, stdout: r.stdout, stderr: r.stderr))
        #expect(try Self.listing(dir) == ["review.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func aReviewOnAFileTheUserMayOnlyReadIsRefusedBeforeSQLiteTouchesIt() throws {
        let (dir, db) = try Self.database()
        try Self.chmod(db, 0o444)
        try FileManager.default.setAttributes([.ownerAccountID: 65534], ofItemAtPath: dir.path)
        guard let result = try Self.runUnprivileged(["review", Fixtures.path(Self.seed), "--db", db]) else {
            return
        }
        #expect(result.status == 2)
        #expect(result.stderr.contains("không mở được cơ sở dữ liệu để ghi"), "\(result.stderr)")
        #expect(result.stderr.contains("tệp không cho phép ghi"), "\(result.stderr)")
        #expect(try Self.listing(dir) == ["review.sqlite"])
    }

    @Test func aFileWithoutReadPermissionIsSaidSo() throws {
        let (_, db) = try Self.database()
        try Self.chmod(db, 0o000)
        for args in [["history", "--db", db], ["review", Fixtures.path(Self.seed), "--db", db]] {
            guard let result = try Self.runUnprivileged(args) else { return }
            #expect(result.status == 2)
            #expect(result.stderr.contains("không có quyền đọc tệp cơ sở dữ liệu"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func historyOnAPathWithNoDatabaseCreatesNothing() throws {
        let dir = try CLIRunner.tempDirectory()
        let db = dir.appendingPathComponent("none.sqlite").path
        let result = try CLIRunner.run(["history", "--db", db])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("chưa có cơ sở dữ liệu nào ở đường dẫn này (no database at this path)"))
        #expect(try Self.listing(dir).isEmpty)
    }

    /// A copy cut short: in the middle, and inside the 100-byte header.
    @Test(arguments: [0.5, 0.0])
    func aTruncatedDatabaseIsReportedDamagedNotUnwritable(_ fraction: Double) throws {
        let (dir, db) = try Self.database()
        let whole = try Data(contentsOf: URL(fileURLWithPath: db))
        let cut = fraction > 0 ? whole.prefix(Int(Double(whole.count) * fraction) + 123) : whole.prefix(60)
        try cut.write(to: URL(fileURLWithPath: db))
        for args in [["history", "--db", db], ["review", Self.seed, "--db", db]] {
            let result = try CLIRunner.run(args)
            #expect(result.status == 2)
            #expect(result.stderr.contains("cơ sở dữ liệu bị hỏng"), "\(result.stderr)")
            #expect(
                result.stderr.contains(
                    fraction > 0 ? "truncated, " : "truncated inside its header, 60 of 100"))
            #expect(!result.stderr.contains("để ghi"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == cut)
        #expect(try Self.listing(dir) == ["review.sqlite"])
    }

    @Test func aDirectoryGivenAsTheDatabaseIsSaidSo() throws {
        let dir = try CLIRunner.tempDirectory()
        for args in [["history", "--db", dir.path], ["review", Self.seed, "--db", dir.path]] {
            let result = try CLIRunner.run(args)
            #expect(result.status == 2)
            #expect(
                result.stderr.contains("là một thư mục, không phải tệp cơ sở dữ liệu"), "\(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"))
        }
    }
}
