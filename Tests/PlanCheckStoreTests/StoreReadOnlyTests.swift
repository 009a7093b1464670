import Foundation
import Testing
@testable import PlanCheckStore

/// `.readOnly`, as `history` opens the store. (Permissions are tested through the binary as an
/// unprivileged user in PlanCheckCLITests; these run in-process.)
struct StoreReadOnlyTests {
    @Test func aQuietDatabaseIsReadWithoutLeavingAnyFileBeside() throws {
        let dir = try StoreTestFiles.folder()
        let path = try StoreTestFiles.databaseWithOneReview(in: dir)
        #expect(try StoreTestFiles.listing(dir) == ["review.sqlite"])
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let store = try PlanCheckStore(path: path, access: .readOnly)
            #expect(store.quietFile != nil, "read as an immutable file")
            #expect(try store.runs().map(\.submission) == ["ke-hoach.md"])
            #expect(try StoreTestFiles.listing(dir) == ["review.sqlite"])
        }
        #expect(try StoreTestFiles.listing(dir) == ["review.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aMissingDatabaseIsNotCreated() throws {
        let dir = try StoreTestFiles.folder()
        let path = dir.appendingPathComponent("none.sqlite").path
        do {
            _ = try PlanCheckStore(path: path, access: .readOnly)
            Issue.record("opened a database that does not exist")
        } catch let e as StoreError {
            guard case .noDatabase = e else { throw e }
            #expect(e.description.contains("chưa có cơ sở dữ liệu"))
        }
        #expect(try StoreTestFiles.listing(dir).isEmpty)
    }

    @Test func anEmptyFileIsNoDatabaseForReadingAndANewOneForWriting() throws {
        let dir = try StoreTestFiles.folder()
        let path = dir.appendingPathComponent("empty.sqlite").path
        FileManager.default.createFile(atPath: path, contents: Data())
        #expect {
            try PlanCheckStore(path: path, access: .readOnly)
        } throws: { error in
            if case .noDatabase = error as? StoreError { return true }
            return false
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
        #expect(try PlanCheckStore(path: path).meta()["application"] == "plancheck")
    }

    /// A reader that opened a quiet file without locks, then a writer arrives: the reader's next
    /// read goes through SQLite's locks and the writer's log, and sees the new review.
    @Test func aReaderSeesWhatAWriterCommitsAfterItOpened() throws {
        let dir = try StoreTestFiles.folder()
        let path = try StoreTestFiles.databaseWithOneReview(in: dir, submission: "a.md")
        let reader = try PlanCheckStore(path: path, access: .readOnly)
        #expect(reader.quietFile != nil)
        let writer = try PlanCheckStore(path: path)
        try writer.addReview("b.md")
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(try reader.runs().map(\.submission) == ["a.md", "b.md"])
    }

    /// While a writer has the file open (its -wal holds the latest review, not yet in the file),
    /// a reader opens with locks and reads the log too.
    @Test func aReaderOpenedBesideAWriterReadsTheWritersLog() throws {
        let dir = try StoreTestFiles.folder()
        let path = try StoreTestFiles.databaseWithOneReview(in: dir, submission: "a.md")
        let writer = try PlanCheckStore(path: path)
        try writer.addReview("b.md")
        let reader = try PlanCheckStore(path: path, access: .readOnly)
        #expect(reader.quietFile == nil)
        #expect(try reader.runs().map(\.submission) == ["a.md", "b.md"])
    }

    @Test func aReadOnlyStoreRefusesToWriteAndLeavesTheFileAsItWas() throws {
        let dir = try StoreTestFiles.folder()
        let path = try StoreTestFiles.databaseWithOneReview(in: dir)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = try PlanCheckStore(path: path, access: .readOnly)
        #expect(throws: StoreError.self) { try store.addReview("b.md") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// "?", "#", "%" and spaces in a folder name would cut a file: URI short if not encoded.
    @Test func aPathWithURICharactersIsReadAsTheRightFile() throws {
        let dir = try StoreTestFiles.folder().appendingPathComponent("thư mục #1?x=%20&y")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = try StoreTestFiles.databaseWithOneReview(in: dir, submission: "đúng tệp.md")
        let store = try PlanCheckStore(path: path, access: .readOnly)
        #expect(store.quietFile != nil)
        #expect(try store.runs().map(\.submission) == ["đúng tệp.md"])
        #expect(
            ReadOnlyOpening.immutableURI(path).hasSuffix(
                "th%C6%B0%20m%E1%BB%A5c%20%231%3Fx%3D%2520%26y/review.sqlite?immutable=1"))
    }

    @Test func anotherApplicationsDatabaseIsRefusedForReadingToo() throws {
        let dir = try StoreTestFiles.folder()
        let path = dir.appendingPathComponent("other.sqlite").path
        do {
            let other = try PlanCheckStore(path: path)
            try other.writer.write { try $0.execute(sql: "PRAGMA application_id = 42") }
        }
        #expect {
            try PlanCheckStore(path: path, access: .readOnly)
        } throws: { error in
            if case .notAPlanCheckDatabase = error as? StoreError { return true }
            return false
        }
    }

    /// A read-only store cannot migrate, so a database missing a migration this build knows is
    /// named as older instead of failing on a missing table.
    @Test func aDatabaseMissingAMigrationIsNamedOlder() throws {
        let dir = try StoreTestFiles.folder()
        let path = try StoreTestFiles.databaseWithOneReview(in: dir)
        do {
            let store = try PlanCheckStore(path: path)
            try store.writer.write { try $0.execute(sql: "DELETE FROM grdb_migrations") }
        }
        #expect {
            try PlanCheckStore(path: path, access: .readOnly)
        } throws: { error in
            if case .olderSchema = error as? StoreError { return true }
            return false
        }
    }
}
