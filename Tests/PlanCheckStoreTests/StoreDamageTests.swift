import Foundation
import Testing
@testable import PlanCheckStore

/// A database that cannot be used says why, the same way for reading and for writing, and the
/// file is never changed.
struct StoreDamageTests {
    static let accesses: [PlanCheckStore.Access] = [.readOnly, .readWrite]

    /// The first `bytes` of a real database with one review, as a copy cut short would be.
    static func cut(to bytes: (Int) -> Int) throws -> (path: String, data: Data) {
        let dir = try StoreTestFiles.folder("damage")
        let whole = try Data(
            contentsOf: URL(fileURLWithPath: try StoreTestFiles.databaseWithOneReview(in: dir)))
        let path = dir.appendingPathComponent("cut.sqlite").path
        let data = whole.prefix(bytes(whole.count))
        try data.write(to: URL(fileURLWithPath: path))
        return (path, data)
    }

    static func refusal(_ path: String, _ access: PlanCheckStore.Access) -> StoreError? {
        do {
            _ = try PlanCheckStore(path: path, access: access)
            return nil
        } catch {
            return error as? StoreError
        }
    }

    @Test(arguments: accesses)
    func aDatabaseCutInTheMiddleIsNamedDamaged(_ access: PlanCheckStore.Access) throws {
        let (path, data) = try Self.cut { $0 / 2 + 100 }
        let error = try #require(Self.refusal(path, access))
        guard case .damaged(_, .truncated(let bytes, let expected)) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(bytes == Int64(data.count) && expected > bytes)
        #expect(error.description.contains("bị hỏng") && error.description.contains("truncated"))
        #expect(!error.description.contains("để ghi"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == data)
    }

    /// Cut on a page boundary the size is a whole number of pages; the header's page count still
    /// tells the file is short.
    @Test(arguments: accesses)
    func aDatabaseCutOnAPageBoundaryIsNamedDamaged(_ access: PlanCheckStore.Access) throws {
        let (path, _) = try Self.cut { _ in 3 * 4096 }
        let error = try #require(Self.refusal(path, access))
        guard case .damaged(_, .truncated(12288, _)) = error else {
            Issue.record("\(error)")
            return
        }
    }

    @Test(arguments: accesses)
    func aDatabaseCutInsideItsHeaderIsNamedDamaged(_ access: PlanCheckStore.Access) throws {
        for length in [10, 50, 99] {
            let (path, data) = try Self.cut { _ in length }
            let error = try #require(Self.refusal(path, access))
            guard case .damaged(_, .truncatedHeader(length)) = error else {
                Issue.record("\(length): \(error)")
                continue
            }
            #expect(
                error.description.contains("phần đầu") && error.description.contains("\(length) of 100 bytes")
            )
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == data)
        }
    }

    @Test(arguments: accesses)
    func anImpossiblePageSizeIsNamedDamaged(_ access: PlanCheckStore.Access) throws {
        let dir = try StoreTestFiles.folder("damage")
        let path = try StoreTestFiles.databaseWithOneReview(in: dir)
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        data[16] = 0x03
        data[17] = 0x00
        try data.write(to: URL(fileURLWithPath: path))
        let error = try #require(Self.refusal(path, access))
        guard case .damaged(_, .badPageSize(768)) = error else {
            Issue.record("\(error)")
            return
        }
    }

    /// Garbage over the schema page: the size is right, and SQLite itself finds the damage.
    @Test(arguments: accesses)
    func damageSQLiteFindsIsNamedDamaged(_ access: PlanCheckStore.Access) throws {
        let dir = try StoreTestFiles.folder("damage")
        let path = try StoreTestFiles.databaseWithOneReview(in: dir)
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        for i in 100..<4096 { data[i] = 0xA5 }
        try data.write(to: URL(fileURLWithPath: path))
        let error = try #require(Self.refusal(path, access))
        guard case .damaged(_, .reported) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == data)
    }

    @Test(arguments: accesses)
    func aDirectoryIsNamedADirectory(_ access: PlanCheckStore.Access) throws {
        let dir = try StoreTestFiles.folder("damage")
        let error = try #require(Self.refusal(dir.path, access))
        guard case .isADirectory = error else {
            Issue.record("\(error)")
            return
        }
        #expect(error.description.contains("là một thư mục") && error.description.contains("is a directory"))
    }

    @Test func aTextFileIsNotADatabaseForReadingEither() throws {
        let dir = try StoreTestFiles.folder("damage")
        let path = dir.appendingPathComponent("notes.sqlite").path
        try "SQLite là gì?".write(toFile: path, atomically: true, encoding: .utf8)
        for access in Self.accesses {
            let error = try #require(Self.refusal(path, access))
            guard case .notAPlanCheckDatabase = error else {
                Issue.record("\(error)")
                continue
            }
        }
    }
}
