import GRDB
import PlanCheckCore

/// A decision as stored, and what it replaced.
public struct DecisionRecord: Sendable, Hashable {
    public var fingerprint: String
    public var state: ReviewState
    /// The decision in force before this one, if any: a later decision replaces it, and both
    /// stay in the history.
    public var replaced: ReviewState?
}

extension PlanCheckStore {
    /// Records a reviewer's decision on a finding named by its fingerprint (or a unique prefix).
    /// The latest decision on a fingerprint is the one in force; earlier ones stay as history.
    public func decide(
        _ prefix: String, _ decision: ReviewState.Decision, reason: String, by: String, at: String
    ) throws -> DecisionRecord {
        try write { db in
            let fp = try Self.resolve(prefix, db)
            let before = try Self.history(fp, db).last
            try db.execute(
                sql:
                    "INSERT INTO decision(fingerprint, verdict, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [fp, decision.rawValue, reason, by, at])
            let state = ReviewState(decision: decision, reason: reason, reviewer: by, at: at)
            return DecisionRecord(fingerprint: fp, state: state, replaced: before)
        }
    }

    /// The full fingerprint of a stored finding named by a unique prefix.
    public func fingerprint(matching prefix: String) throws -> String {
        try read { db in try Self.resolve(prefix, db) }
    }

    /// The decision in force per fingerprint (the latest), with who, when and why.
    public func decisions() throws -> [String: ReviewState] {
        try read { db in
            var out: [String: ReviewState] = [:]
            for (fp, state) in try Self.rows(db, sql: "SELECT * FROM decision ORDER BY id", []) {
                out[fp] = state
            }
            return out
        }
    }

    /// Every decision on one finding, oldest first; the last is in force.
    public func decisionHistory(_ prefix: String) throws -> [ReviewState] {
        try read { db in try Self.history(try Self.resolve(prefix, db), db) }
    }

    static func history(_ fingerprint: String, _ db: Database) throws -> [ReviewState] {
        try rows(db, sql: "SELECT * FROM decision WHERE fingerprint = ? ORDER BY id", [fingerprint]).map(\.1)
    }

    static func rows(_ db: Database, sql: String, _ arguments: StatementArguments) throws -> [(
        String, ReviewState
    )] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { r in
            guard let decision = ReviewState.Decision(stored: r["verdict"]) else { return nil }
            let state = ReviewState(
                decision: decision, reason: r["reason"], reviewer: r["decided_by"], at: r["decided_at"])
            return (r["fingerprint"], state)
        }
    }

    static func resolve(_ prefix: String, _ db: Database) throws -> String {
        // Fingerprints are hex: anything else ("%", "_") would be a LIKE pattern, not a prefix.
        let key = prefix.lowercased()
        guard !key.isEmpty, key.allSatisfy(\.isHexDigit) else { throw StoreError.unknownFinding(prefix) }
        let matches = try String.fetchAll(
            db, sql: "SELECT DISTINCT fingerprint FROM finding WHERE fingerprint LIKE ? || '%'",
            arguments: [key])
        guard let fp = matches.first else { throw StoreError.unknownFinding(prefix) }
        guard matches.count == 1 else { throw StoreError.ambiguousFinding(prefix, count: matches.count) }
        return fp
    }
}
