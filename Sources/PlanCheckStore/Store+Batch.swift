import GRDB
import PlanCheckCore

/// Lookups a review makes for every submission, done for a whole batch in one read transaction
/// with one prepared statement each, instead of a transaction and three compilations per
/// submission: the difference between seconds and a fraction of one on a national campaign.
extension PlanCheckStore {
    /// Stored results by cache key, for the keys that have one (the latest stored result of each).
    public func cached(keys: [String]) throws -> [String: CachedResult] {
        try lookups(keys: keys, names: [], before: 0).cached
    }

    /// The latest stored review of each name before `run`, for the names that have one.
    public func previous(names: [String], before run: Int64) throws -> [String: (
        findings: [StoredFinding], links: [StoredLink]
    )] {
        try lookups(keys: [], names: names, before: run).previous
    }

    /// Both lookups of a review in one read transaction. A cached submission is usually also the
    /// previous review of its name: its findings and links are read once, not twice (on a
    /// national campaign reviewed again, a second read of every stored report).
    public func lookups(keys: [String], names: [String], before run: Int64) throws -> ReviewLookups {
        try writer.read { db in
            var reports: [Int64: (findings: [StoredFinding], links: [StoredLink])] = [:]
            func report(_ id: Int64) throws -> (findings: [StoredFinding], links: [StoredLink]) {
                if let known = reports[id] { return known }
                let read = (try findings(db, id), try links(db, id))
                reports[id] = read
                return read
            }
            let byKey = try db.cachedStatement(
                sql:
                    "SELECT id, coverage, number, issue_date FROM submission WHERE cache_key = ? ORDER BY id DESC LIMIT 1"
            )
            var out = ReviewLookups()
            for key in Set(keys) {
                guard let row = try Row.fetchOne(byKey, arguments: [key]) else { continue }
                let stored = try report(row["id"])
                out.cached[key] = CachedResult(
                    findings: stored.findings, links: stored.links, coverage: row["coverage"],
                    number: row["number"], issueDate: row["issue_date"])
            }
            let byName = try db.cachedStatement(
                sql: "SELECT id FROM submission WHERE name = ? AND run_id < ? ORDER BY id DESC LIMIT 1")
            for name in Set(names) {
                guard let id = try Int64.fetchOne(byName, arguments: [name, run]) else { continue }
                out.previous[name] = try report(id)
            }
            return out
        }
    }
}

/// What a review reads before it checks: stored results by cache key, previous reviews by name.
public struct ReviewLookups: Sendable {
    public var cached: [String: CachedResult] = [:]
    public var previous: [String: (findings: [StoredFinding], links: [StoredLink])] = [:]
}
