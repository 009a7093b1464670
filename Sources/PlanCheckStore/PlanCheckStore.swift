import Foundation
import GRDB

/// The review memory: registry snapshots, runs, submissions, findings, coverage links and
/// reviewers' decisions, in one SQLite file (WAL, so `history` can read during a `review`).
public final class PlanCheckStore: Sendable {
    /// Commands that only read (`history`) open `.readOnly`: they work on a file or a folder the
    /// user may only read, never create, migrate or change the file, and leave no -wal or -shm
    /// file behind.
    public enum Access: Sendable {
        case readWrite, readOnly
    }

    public static let defaultPath = "plancheck.sqlite"
    public let path: String
    public let access: Access
    let writer: any DatabaseWriter
    /// For a read-only store reading a quiet file without locks (see `ReadOnlyOpening`): the file
    /// as it was, so that a read which overlapped a writer is done again through SQLite's locks.
    let quietFile: FileSnapshot?

    /// Opens a database. For writing it is created when missing; for reading it must exist.
    /// Refuses directories, unreadable and damaged files, files that are not PlanCheck databases
    /// and databases written by a newer PlanCheck, instead of migrating or overwriting them.
    public init(path: String, access: Access = .readWrite) throws {
        self.path = path
        self.access = access
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        var quiet: FileSnapshot?
        do {
            if path == ":memory:" {
                // Read-only or not, an in-memory database starts empty: there is nothing to protect.
                writer = try DatabaseQueue(configuration: config)
            } else if access == .readOnly {
                guard try StoreFile.inspect(path) == .database else { throw StoreError.noDatabase(path) }
                (writer, quiet) = try ReadOnlyOpening.open(path)
            } else {
                let state = try StoreFile.inspect(path)
                try StoreFile.checkWritable(path, exists: state != .missing)
                if state == .database { try Self.checkBeforeOpening(path) }
                writer = try DatabasePool(path: path, configuration: config)
            }
        } catch {
            throw StoreError.from(error, path: path, .opening(access))
        }
        quietFile = quiet
        if access == .readOnly && path != ":memory:" { try checkReadable() } else { try prepare() }
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
        } catch {
            throw StoreError.from(error, path: path, .opening(.readWrite))
        }
    }

    /// A read-only store cannot migrate: it needs a PlanCheck database with every migration this
    /// build knows already applied.
    private func checkReadable() throws {
        let path = path
        try read { db in
            try Self.checkIdentity(db, path: path)
            let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            if appID != StoreMigrations.applicationID { throw StoreError.noDatabase(path) }
            if try !StoreMigrations.migrator.hasCompletedMigrations(db) { throw StoreError.olderSchema(path) }
        }
    }

    /// Every read: SQLite failures become one StoreError (damage named as damage). A read of a
    /// quiet file that a writer opened meanwhile is thrown away and done again with locks.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        let first = Result { try writer.read(body) }
        do {
            if let quietFile, !quietFile.isUnchanged() {
                return try ReadOnlyOpening.locked(path).read(body)
            }
            return try first.get()
        } catch {
            throw StoreError.from(error, path: path, .reading)
        }
    }

    /// A write whose SQLite failure (disk full, read-only file, I/O error) becomes one clear
    /// StoreError; the transaction is rolled back, so what was stored before stays whole.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.write(body) } catch {
            throw StoreError.from(error, path: path, .writing)
        }
    }

    /// Opening a DatabasePool writes (WAL mode, GRDB's empty-table probe), which would change
    /// another application's file even when we then refuse it; so an existing file is first
    /// identified the way `history` reads (`ReadOnlyOpening`: nothing written, no -wal or -shm
    /// left beside a file we refuse). If that cannot open, `prepare` still checks the identity
    /// before any migration.
    static func checkBeforeOpening(_ path: String) throws {
        guard let (queue, _) = try? ReadOnlyOpening.open(path) else { return }
        defer { try? queue.close() }
        do { try queue.read { db in try checkIdentity(db, path: path) } } catch {
            // A refusal or damage stands; any other failure is left for the pool to report.
            let mapped = StoreError.from(error, path: path, .reading)
            switch mapped {
            case .cannotRead: break
            default: throw mapped
            }
        }
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
        try read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
                    ($0["key"], $0["value"])
                })
        }
    }

    /// PRAGMA integrity_check; "ok" when sound.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }

    public func journalMode() throws -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }
}
