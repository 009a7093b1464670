import Foundation
import PlanCheckCore
import PlanCheckTestSupport
import Testing
@testable import PlanCheckStore

struct StoreOpeningTests {
    func tempPath(_ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plancheck-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    @Test func newDatabaseIsWALWithMetaAndApplicationID() throws {
        let path = try tempPath("a.sqlite")
        let store = try PlanCheckStore(path: path)
        #expect(try store.journalMode() == "wal")
        #expect(try store.meta()["schema_version"] == "4")
        #expect(try store.meta()["application"] == "plancheck")
        #expect(try store.integrityCheck() == "ok")
        _ = try PlanCheckStore(path: path)
    }

    @Test func inMemoryDatabaseWorks() throws {
        let store = try PlanCheckStore(path: ":memory:")
        #expect(try store.meta()["schema_version"] == "4")
    }

    @Test func aTextFileIsNotOverwritten() throws {
        let path = try tempPath("notes.sqlite")
        try "ghi chú".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.self) { try PlanCheckStore(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "ghi chú")
    }

    @Test func anotherApplicationsSQLiteIsRefused() throws {
        let path = try tempPath("other.sqlite")
        let other = try PlanCheckStore(path: path)
        try other.writer.write { db in try db.execute(sql: "PRAGMA application_id = 42") }
        #expect(throws: StoreError.self) { try PlanCheckStore(path: path) }
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let path = try tempPath("newer.sqlite")
        let store = try PlanCheckStore(path: path)
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99')")
        }
        do {
            _ = try PlanCheckStore(path: path)
            Issue.record("a newer schema opened")
        } catch let e as StoreError {
            #expect(e.description.contains("mới hơn"))
        }
    }

    @Test func schemaConstraintsRejectMalformedRows() throws {
        let store = try PlanCheckStore(path: ":memory:")
        #expect(throws: (any Error).self) {
            try store.writer.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO decision(fingerprint, verdict, reason, decided_by, decided_at) VALUES (?, 'maybe', 'x', 'u', 't')",
                    arguments: [String(repeating: "a", count: 64)])
            }
        }
        #expect(throws: (any Error).self) {
            try store.writer.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO submission(run_id, name, path, content_hash, cache_key, errors, warnings, infos, cached) VALUES (999, 'a', 'a', ?, ?, 0, 0, 0, 0)",
                    arguments: [String(repeating: "a", count: 64), String(repeating: "b", count: 64)])
            }
        }
    }

    @Test func registryIsReloadedOnlyWhenItsHashChanges() throws {
        let store = try PlanCheckStore(path: ":memory:")
        var registry = Registry(
            documents: [
                LegalDocument(
                    number: "72/2015/NĐ-CP", type: "nghi-dinh", issuer: "Chính phủ",
                    date: CalendarDate(year: 2015, month: 9, day: 7), subject: "TTĐN")
            ],
            agencies: [
                Agency(id: "so-tttt", name: "Sở Thông tin và Truyền thông", level: "tinh", aliases: ["STTTT"])
            ],
            contentHash: SHA256.hex("one"))
        #expect(try store.syncRegistry(registry, at: "2026-01-01T00:00:00Z"))
        #expect(try !store.syncRegistry(registry, at: "2026-01-02T00:00:00Z"))
        registry.contentHash = SHA256.hex("two")
        #expect(try store.syncRegistry(registry, at: "2026-01-03T00:00:00Z"))
        #expect(try store.registryCounts().documents == 1)
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
