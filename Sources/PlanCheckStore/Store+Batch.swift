import GRDB
import PlanCheckCore

/// Lookups a review makes for every submission, done for a whole batch in one read transaction
/// with one prepared statement each, instead of a transaction and three compilations per
/// submission: the difference between seconds and a fraction of one on a national campaign.
extension PlanCheckStore {
    /// Stored results by cache key, for the keys that have one (the latest stored result of each).
    public func cached(keys: [String]) throws -> [String: CachedResult] {
        try writer.read { db in
            let lookup = try db.cachedStatement(
                sql:
                    "SELECT id, coverage, number, issue_date FROM submission WHERE cache_key = ? ORDER BY id DESC LIMIT 1"
            )
            var out: [String: CachedResult] = [:]
            for key in Set(keys) {
                guard let row = try Row.fetchOne(lookup, arguments: [key]) else { continue }
                let id: Int64 = row["id"]
                out[key] = CachedResult(
                    findings: try findings(db, id), links: try links(db, id), coverage: row["coverage"],
                    number: row["number"], issueDate: row["issue_date"])
            }
            return out
        }
    }

    /// The latest stored review of each name before `run`, for the names that have one.
    public func previous(names: [String], before run: Int64) throws -> [String: (
        findings: [StoredFinding], links: [StoredLink]
    )] {
        try writer.read { db in
            let lookup = try db.cachedStatement(
                sql: "SELECT id FROM submission WHERE name = ? AND run_id < ? ORDER BY id DESC LIMIT 1")
            var out: [String: (findings: [StoredFinding], links: [StoredLink])] = [:]
            for name in Set(names) {
                guard let id = try Int64.fetchOne(lookup, arguments: [name, run]) else { continue }
                out[name] = (try findings(db, id), try links(db, id))
            }
            return out
        }
    }
}
