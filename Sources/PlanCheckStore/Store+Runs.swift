import GRDB
import PlanCheckCore

/// One line of `history`.
public struct RunSummary: Sendable {
    public var runId: Int64
    public var startedAt: String
    public var status: String
    public var submission: String
    public var errors: Int
    public var warnings: Int
    public var coverage: Double?
    public var cached: Bool
}

/// A stored result reused for an unchanged submission.
public struct CachedResult: Sendable {
    public var findings: [StoredFinding]
    public var links: [StoredLink]
    public var coverage: Double?
    public var number: String?
    public var issueDate: String?
}

extension PlanCheckStore {
    public func beginRun(toolVersion: String, rulesHash: String, registryHash: String, at: String) throws
        -> Int64
    {
        try write { db in
            try db.execute(
                sql:
                    "INSERT INTO run(started_at, tool_version, rules_hash, registry_hash, status) VALUES (?, ?, ?, ?, 'running')",
                arguments: [at, toolVersion, rulesHash, registryHash])
            return db.lastInsertedRowID
        }
    }

    public func finishRun(_ id: Int64, at: String) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE run SET status = 'done', finished_at = ? WHERE id = ?", arguments: [at, id])
        }
    }

    /// Stores a submission with its findings and links in one transaction: a review killed midway
    /// leaves every earlier submission whole and no half-written one.
    public func record(_ s: SubmissionInput, run: Int64) throws {
        try write { db in try Self.insert(s, run: run, db) }
    }

    /// Statements are prepared once per connection (cachedStatement): a batch of thousands of
    /// findings compiles three statements, not one per row.
    static func insert(_ s: SubmissionInput, run: Int64, _ db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO submission(run_id, name, path, content_hash, cache_key, number, issue_date, errors, warnings,
                  infos, coverage, cached) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                run, s.name, s.path, s.contentHash, s.cacheKey, s.number, s.issueDate, s.count("error"),
                s.count("warning"), s.count("info"), s.coverage, s.cached ? 1 : 0,
            ])
        let id = db.lastInsertedRowID
        let finding = try db.cachedStatement(
            sql:
                "INSERT INTO finding(submission_id, fingerprint, rule_id, severity, message, line, excerpt) VALUES (?, ?, ?, ?, ?, ?, ?)"
        )
        for f in s.findings {
            try finding.execute(arguments: [
                id, f.fingerprint, f.ruleId, f.severity, f.message, f.line, f.excerpt,
            ])
        }
        let link = try db.cachedStatement(
            sql: """
                INSERT INTO coverage_link(submission_id, parent_path, parent_item_fingerprint, parent_item_text, outcome,
                  score, child_line) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        for l in s.links {
            try link.execute(
                arguments: [
                    id, l.parentPath, l.parentItemFingerprint, l.parentItemText, l.outcome, l.score,
                    l.childLine,
                ])
        }
    }

    /// The latest stored review of a submission name before a run: its findings and links.
    public func previous(name: String, before run: Int64) throws -> (
        findings: [StoredFinding], links: [StoredLink]
    )? {
        try read { db in
            guard
                let id = try Int64.fetchOne(
                    db,
                    sql: "SELECT id FROM submission WHERE name = ? AND run_id < ? ORDER BY id DESC LIMIT 1",
                    arguments: [name, run])
            else { return nil }
            return (try findings(db, id), try links(db, id))
        }
    }

    /// Stored results for a cache key (same document, parents, rules, registry and tool version).
    public func cached(key: String) throws -> CachedResult? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT id, coverage, number, issue_date FROM submission WHERE cache_key = ? ORDER BY id DESC LIMIT 1",
                    arguments: [key])
            else { return nil }
            let id: Int64 = row["id"]
            return CachedResult(
                findings: try findings(db, id), links: try links(db, id), coverage: row["coverage"],
                number: row["number"], issueDate: row["issue_date"])
        }
    }

    func findings(_ db: Database, _ id: Int64) throws -> [StoredFinding] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM finding WHERE submission_id = ? ORDER BY id"),
            arguments: [id]
        ).map {
            StoredFinding(
                fingerprint: $0["fingerprint"], ruleId: $0["rule_id"], severity: $0["severity"],
                message: $0["message"], line: $0["line"], excerpt: $0["excerpt"])
        }
    }

    func links(_ db: Database, _ id: Int64) throws -> [StoredLink] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM coverage_link WHERE submission_id = ? ORDER BY id"),
            arguments: [id]
        ).map {
            StoredLink(
                parentPath: $0["parent_path"], parentItemFingerprint: $0["parent_item_fingerprint"],
                parentItemText: $0["parent_item_text"], outcome: $0["outcome"], score: $0["score"],
                childLine: $0["child_line"])
        }
    }

    public func runs(submission: String? = nil) throws -> [RunSummary] {
        try read { db in
            var sql = """
                SELECT r.id, r.started_at, r.status, s.name, s.errors, s.warnings, s.coverage, s.cached
                FROM run r JOIN submission s ON s.run_id = r.id
                """
            var args: StatementArguments = []
            if let submission { sql += " WHERE s.name = ?"; args = [submission] }
            sql += " ORDER BY r.id, s.id"
            return try Row.fetchAll(db, sql: sql, arguments: args).map {
                RunSummary(
                    runId: $0[0], startedAt: $0[1], status: $0[2], submission: $0[3], errors: $0[4],
                    warnings: $0[5], coverage: $0[6], cached: ($0[7] as Int) == 1)
            }
        }
    }
}

extension PlanCheckStore {
    /// Stores several submissions in one transaction: a review of thousands commits a batch at a
    /// time (far fewer syncs), and a kill still loses only the batch it had not committed.
    public func record(_ batch: [SubmissionInput], run: Int64) throws {
        guard !batch.isEmpty else { return }
        try write { db in
            for s in batch { try Self.insert(s, run: run, db) }
        }
    }
}
