import ArgumentParser
import Foundation
import PlanCheckStore

/// `--db PATH` (default ./plancheck.sqlite, `:memory:` for a throwaway run). Store errors become
/// one line and exit code 2, like every other input error.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: "Cơ sở dữ liệu SQLite (mặc định plancheck.sqlite; :memory: để không lưu).")
    var path: String = PlanCheckStore.defaultPath

    /// For commands that write (review, registry import): created when missing.
    func open() throws -> PlanCheckStore { try open(.readWrite) }

    /// For commands that change a review's results (confirm, dismiss): the database must exist.
    func openExisting() throws -> PlanCheckStore {
        if path != ":memory:", !FileManager.default.fileExists(atPath: path) {
            throw InputFailure(message: StoreError.noDatabase(path).description)
        }
        return try open(.readWrite)
    }

    /// For commands that only read (history): must exist, is never changed, and works on a file
    /// or folder the user may only read.
    func openForReading() throws -> PlanCheckStore { try open(.readOnly) }

    private func open(_ access: PlanCheckStore.Access) throws -> PlanCheckStore {
        do { return try PlanCheckStore(path: path, access: access) } catch let e as StoreError {
            throw InputFailure(message: e.description)
        }
    }
}

/// The time stamped on runs and decisions: SOURCE_DATE_EPOCH when set (reproducible builds and
/// tests), else now.
enum StoreClock {
    static func now() -> String {
        let env = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
        let date = env.map { Date(timeIntervalSince1970: $0) } ?? Date()
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
