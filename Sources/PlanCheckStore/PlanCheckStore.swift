import Foundation
import GRDB

/// The review memory: registry snapshots, runs, submissions, findings, coverage links and
/// reviewers' decisions, in one SQLite file (WAL, so `history` can read during a `review`).
public final class PlanCheckStore: Sendable {
    public static let defaultPath = "plancheck.sqlite"
    public let path: String
    let writer: any DatabaseWriter

    /// Opens or creates a database. Refuses files that are not PlanCheck databases and databases
    /// written by a newer PlanCheck, instead of migrating or overwriting them.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        do {
            if path == ":memory:" {
                writer = try DatabaseQueue(configuration: config)
            } else {
                try Self.checkHeader(path)
                try Self.checkBeforeOpening(path)
                writer = try DatabasePool(path: path, configuration: config)
            }
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.reason(error))
        }
        try prepare()
    }

    private func prepare() throws {
        do {
            try writer.read { db in try Self.checkIdentity(db, path: path) }
            try StoreMigrations.migrator.migrate(writer)
            try writer.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO meta(key, value) VALUES ('schema_version', ?), ('application', 'plancheck') "
                        + "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    arguments: [String(StoreMigrations.schemaVersion)])
            }
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.reason(error))
        }
    }

    /// A write whose SQLite failure (disk full, read-only file, I/O error) becomes one clear
    /// StoreError; the transaction is rolled back, so what was stored before stays whole.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.write(body) } catch let e as DatabaseError {
            throw StoreError.cannotWrite(path: path, reason: Self.reason(e))
        }
    }

    /// A non-empty file must start with the SQLite header; anything else is someone's document.
    static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let head = handle.readData(ofLength: 16)
        if !head.isEmpty && head != Data("SQLite format 3\u{0}".utf8) {
            throw StoreError.notAPlanCheckDatabase(path)
        }
    }

    /// Opening a DatabasePool writes (WAL mode, GRDB's empty-table probe), which would change
    /// another application's file even when we then refuse it; so an existing file is first
    /// identified through a read-only connection. If that connection cannot open, `prepare`
    /// still checks the identity before any migration.
    static func checkBeforeOpening(_ path: String) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return }
        var config = Configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return }
        do { try queue.read { db in try checkIdentity(db, path: path) } } catch let e as StoreError {
            throw e
        } catch {}
        try? queue.close()
    }

    /// An SQLite file with tables but another application id is not ours; a schema newer than
    /// the migrations this build knows means a newer PlanCheck wrote it.
    static func checkIdentity(_ db: Database, path: String) throws {
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if appID != StoreMigrations.applicationID {
            if appID != 0 || tables > 0 { throw StoreError.notAPlanCheckDatabase(path) }
            return
        }
        if try StoreMigrations.migrator.hasBeenSuperseded(db) {
            throw StoreError.newerSchema(
                path: path, found: try appliedCount(db), supported: StoreMigrations.schemaVersion)
        }
        if let v = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'")
            .flatMap(Int.init),
            v > StoreMigrations.schemaVersion
        {
            throw StoreError.newerSchema(path: path, found: v, supported: StoreMigrations.schemaVersion)
        }
    }

    static func appliedCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") ?? 0
    }

    static func reason(_ error: Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        return "\(error)"
    }

    /// Values of the meta table (schema_version, application).
    public func meta() throws -> [String: String] {
        try writer.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
                    ($0["key"], $0["value"])
                })
        }
    }

    /// PRAGMA integrity_check; "ok" when sound.
    public func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }

    public func journalMode() throws -> String {
        try writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }
}
