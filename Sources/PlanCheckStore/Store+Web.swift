import Foundation
import GRDB

/// A campaign of `plancheck serve`: parents every submission is checked against, a due date
/// (ISO), and the expected units, each with its own link token.
public struct WebCampaign: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var due: String
    public var parents: [String]
}

public struct WebSubmitter: Sendable, Hashable {
    public var id: Int64
    public var campaignId: Int64
    public var unit: String
    public var token: String
}

/// One version a unit submitted through its link.
public struct WebUpload: Sendable, Hashable {
    public var id: Int64
    public var submitterId: Int64
    public var submissionName: String
    public var path: String
    public var shownName: String
    public var runId: Int64?
    public var submittedAt: String
}

extension PlanCheckStore {
    public func addUser(name: String, role: String, passwordHash: String, at: String) throws {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO web_user(name, role, password_hash, created_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash
                    """, arguments: [name, role, passwordHash, at])
        }
    }

    /// The role and bcrypt hash of a reviewer, nil for an unknown name.
    public func user(named name: String) throws -> (role: String, passwordHash: String)? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT role, password_hash FROM web_user WHERE name = ?", arguments: [name]
            )
            .map { ($0[0], $0[1]) }
        }
    }

    /// Creates a campaign with one token per unit (from `token()`); a name already used throws.
    public func createCampaign(
        name: String, due: String, parents: [String], units: [String], at: String, token: () -> String
    ) throws -> WebCampaign {
        try write { db in
            try db.execute(
                sql: "INSERT INTO campaign(name, due, created_at) VALUES (?, ?, ?)",
                arguments: [name, due, at])
            let id = db.lastInsertedRowID
            for (i, p) in parents.enumerated() {
                try db.execute(
                    sql: "INSERT INTO campaign_parent(campaign_id, position, path) VALUES (?, ?, ?)",
                    arguments: [id, i, p])
            }
            for unit in units {
                try db.execute(
                    sql: "INSERT INTO campaign_submitter(campaign_id, unit, token) VALUES (?, ?, ?)",
                    arguments: [id, unit, token()])
            }
            return WebCampaign(id: id, name: name, due: due, parents: parents)
        }
    }

    public func campaigns() throws -> [WebCampaign] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, due FROM campaign ORDER BY id").map { row in
                let id: Int64 = row[0]
                let parents = try String.fetchAll(
                    db, sql: "SELECT path FROM campaign_parent WHERE campaign_id = ? ORDER BY position",
                    arguments: [id])
                return WebCampaign(id: id, name: row[1], due: row[2], parents: parents)
            }
        }
    }

    public func submitters(campaign: Int64) throws -> [WebSubmitter] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT id, campaign_id, unit, token FROM campaign_submitter WHERE campaign_id = ? ORDER BY id",
                arguments: [campaign]
            ).map { WebSubmitter(id: $0[0], campaignId: $0[1], unit: $0[2], token: $0[3]) }
        }
    }

    /// The submitter a link token belongs to; nil for any other string.
    public func submitter(token: String) throws -> WebSubmitter? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT id, campaign_id, unit, token FROM campaign_submitter WHERE token = ?",
                arguments: [token]
            ).map { WebSubmitter(id: $0[0], campaignId: $0[1], unit: $0[2], token: $0[3]) }
        }
    }

    public func recordUpload(
        submitter: Int64, submissionName: String, path: String, shownName: String, run: Int64?, at: String
    ) throws -> Int64 {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO campaign_upload(submitter_id, submission_name, path, shown_name, run_id, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [submitter, submissionName, path, shownName, run, at])
            return db.lastInsertedRowID
        }
    }

    /// A unit's versions, oldest first.
    public func uploads(submitter: Int64) throws -> [WebUpload] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, submitter_id, submission_name, path, shown_name, run_id, submitted_at
                    FROM campaign_upload WHERE submitter_id = ? ORDER BY id
                    """, arguments: [submitter]
            ).map {
                WebUpload(
                    id: $0[0], submitterId: $0[1], submissionName: $0[2], path: $0[3], shownName: $0[4],
                    runId: $0[5], submittedAt: $0[6])
            }
        }
    }

    /// One version by its id, with the unit that submitted it; nil for an id not stored.
    public func upload(id: Int64) throws -> (upload: WebUpload, submitter: WebSubmitter)? {
        try read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT u.id, u.submitter_id, u.submission_name, u.path, u.shown_name, u.run_id,
                           u.submitted_at, s.campaign_id, s.unit, s.token
                    FROM campaign_upload u JOIN campaign_submitter s ON s.id = u.submitter_id WHERE u.id = ?
                    """, arguments: [id]
            ).map {
                (
                    WebUpload(
                        id: $0[0], submitterId: $0[1], submissionName: $0[2], path: $0[3], shownName: $0[4],
                        runId: $0[5], submittedAt: $0[6]),
                    WebSubmitter(id: $0[1], campaignId: $0[7], unit: $0[8], token: $0[9])
                )
            }
        }
    }

    /// The findings and links stored by one run for a submission name.
    public func stored(name: String, run: Int64) throws -> (findings: [StoredFinding], links: [StoredLink])? {
        try previous(name: name, before: run + 1)
    }
}
