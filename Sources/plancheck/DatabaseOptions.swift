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

    func open() throws -> PlanCheckStore {
        do { return try PlanCheckStore(path: path) } catch let e as StoreError {
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
