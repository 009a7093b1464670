import Foundation
import GRDB
import PlanCheckCore
import Testing

@testable import PlanCheckStore

struct StoreDecisionTests {
    static let fp = String(repeating: "ab", count: 32)

    static func storeWithAFinding() throws -> PlanCheckStore {
        let store = try PlanCheckStore(path: ":memory:")
        let run = try store.beginRun(
            toolVersion: "t", rulesHash: "r", registryHash: "g", at: "2026-01-01T00:00:00Z")
        let finding = StoredFinding(
            fingerprint: fp, ruleId: "KH009", severity: "warning", message: "m", line: 3, excerpt: "e")
        try store.record(
            SubmissionInput(
                name: "a.md", path: "a.md", contentHash: fp, cacheKey: fp, number: nil, issueDate: nil,
                coverage: nil, cached: false, findings: [finding], links: []),
            run: run)
        return store
    }

    @Test func aLaterDecisionReplacesTheEarlierOneAndBothStayInTheHistory() throws {
        let store = try Self.storeWithAFinding()
        let first = try store.decide(
            "abab", .dismissed, reason: "báo nhầm", by: "A", at: "2026-01-01T01:00:00Z")
        #expect(first.replaced == nil)
        let second = try store.decide(
            "ababab", .confirmed, reason: "lỗi thật", by: "B", at: "2026-01-01T02:00:00Z")
        #expect(second.replaced?.decision == .dismissed && second.replaced?.reviewer == "A")
        #expect(try store.decisions()[Self.fp]?.decision == .confirmed)
        #expect(try store.decisions().count == 1)
        #expect(try store.decisionHistory(Self.fp).map(\.decision) == [.dismissed, .confirmed])
    }

    @Test func aPrefixThatIsNoFingerprintIsRefusedNotMatchedAsAPattern() throws {
        let store = try Self.storeWithAFinding()
        #expect(throws: StoreError.self) {
            try store.decide("%%%%%%", .confirmed, reason: "x", by: "A", at: "t")
        }
        #expect(throws: StoreError.self) {
            try store.decide("cdcdcd", .confirmed, reason: "x", by: "A", at: "t")
        }
    }

    /// A database written before schema v2 keeps its decisions, under the meaning their commands
    /// were documented with: accept ("lỗi có thật") → confirmed, reject ("báo nhầm") → dismissed.
    @Test func decisionsOfAVersionOneDatabaseAreMigratedByTheirDocumentedMeaning() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plancheck-v1-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        let other = String(repeating: "cd", count: 32)
        do {
            let queue = try DatabaseQueue(path: path)
            var v1 = DatabaseMigrator()
            v1.registerMigration("v1") { db in
                try db.execute(sql: "PRAGMA application_id = \(StoreMigrations.applicationID)")
                try db.execute(sql: StoreMigrations.v1)
            }
            try v1.migrate(queue)
            try queue.write { db in
                for (fp, verdict, at) in [
                    (Self.fp, "accepted", "2025-01-01T00:00:00Z"),
                    (other, "accepted", "2025-01-02T00:00:00Z"),
                    (other, "rejected", "2025-01-03T00:00:00Z"),
                ] {
                    try db.execute(
                        sql:
                            "INSERT INTO decision(fingerprint, verdict, reason, decided_by, decided_at) VALUES (?, ?, 'lý do', 'A', ?)",
                        arguments: [fp, verdict, at])
                }
            }
            try queue.close()
        }
        // Read-only commands do not migrate: they say how to.
        #expect(throws: StoreError.self) { try PlanCheckStore(path: path, access: .readOnly) }
        let store = try PlanCheckStore(path: path)
        #expect(try store.meta()["schema_version"] == "4")
        let decisions = try store.decisions()
        #expect(decisions[Self.fp]?.decision == .confirmed)
        #expect(decisions[other]?.decision == .dismissed)
        let rows = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM decision") }
        #expect(rows == 3)
        #expect(try PlanCheckStore(path: path, access: .readOnly).decisions().count == 2)
    }
}
