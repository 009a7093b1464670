import GRDB

/// Named, append-only migrations: a released migration is never edited, a change is a new one.
/// Constraints live in the schema so that no code path can store a malformed row.
enum StoreMigrations {
    /// PRAGMA application_id: "PLCH". Tells a PlanCheck database from any other SQLite file.
    static let applicationID: Int32 = 0x504C_4348
    static let names = ["v1", "v2-units", "v2-decisions", "v3-web"]
    static var schemaVersion: Int { names.count }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: v1)
        }
        // The national map has communes of the same name in different provinces ("Xã Tân Phú"):
        // a unit is its name, level and parent.
        m.registerMigration("v2-units") { db in try db.execute(sql: v2Units) }
        m.registerMigration("v2-decisions") { db in try db.execute(sql: v2Decisions) }
        // `plancheck serve`: reviewers, campaigns with their parents and expected units, each unit's
        // link token and the versions it submitted through it.
        m.registerMigration("v3-web") { db in try db.execute(sql: v3Web) }
        return m
    }

    static let date = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"

    static let v1 = """
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE registry_load (
          id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
          loaded_at TEXT NOT NULL);
        CREATE TABLE legal_document (
          id INTEGER PRIMARY KEY, number_key TEXT NOT NULL UNIQUE, number TEXT NOT NULL,
          type TEXT NOT NULL, issuer TEXT NOT NULL, subject TEXT NOT NULL,
          date TEXT CHECK (date IS NULL OR date \(date)),
          in_force_from TEXT CHECK (in_force_from IS NULL OR in_force_from \(date)),
          in_force_to TEXT CHECK (in_force_to IS NULL OR in_force_to \(date)),
          replaced_by TEXT, for_year INTEGER CHECK (for_year IS NULL OR for_year BETWEEN 1945 AND 2200),
          CHECK (in_force_from IS NULL OR in_force_to IS NULL OR in_force_to >= in_force_from));
        CREATE TABLE agency (
          id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL,
          valid_from TEXT CHECK (valid_from IS NULL OR valid_from \(date)),
          valid_to TEXT CHECK (valid_to IS NULL OR valid_to \(date)),
          successors TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
        CREATE TABLE agency_alias (
          agency_id TEXT NOT NULL REFERENCES agency(id) ON DELETE CASCADE, alias TEXT NOT NULL,
          PRIMARY KEY (agency_id, alias)) WITHOUT ROWID;
        CREATE TABLE admin_unit (
          id INTEGER PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, parent TEXT,
          valid_to TEXT CHECK (valid_to IS NULL OR valid_to \(date)), successor TEXT, UNIQUE (name, level));
        CREATE TABLE run (
          id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT,
          tool_version TEXT NOT NULL, rules_hash TEXT NOT NULL, registry_hash TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('running', 'done')));
        CREATE TABLE submission (
          id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
          name TEXT NOT NULL, path TEXT NOT NULL, content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
          cache_key TEXT NOT NULL CHECK (length(cache_key) = 64), number TEXT, issue_date TEXT,
          errors INTEGER NOT NULL CHECK (errors >= 0), warnings INTEGER NOT NULL CHECK (warnings >= 0),
          infos INTEGER NOT NULL CHECK (infos >= 0),
          coverage REAL CHECK (coverage IS NULL OR coverage BETWEEN 0 AND 1),
          cached INTEGER NOT NULL CHECK (cached IN (0, 1)), UNIQUE (run_id, path));
        CREATE INDEX submission_name ON submission(name, id);
        CREATE INDEX submission_cache_key ON submission(cache_key);
        CREATE TABLE finding (
          id INTEGER PRIMARY KEY, submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
          fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
          rule_id TEXT NOT NULL CHECK (rule_id GLOB '[A-Z][A-Z][0-9][0-9][0-9]'),
          severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
          message TEXT NOT NULL, line INTEGER CHECK (line IS NULL OR line >= 1), excerpt TEXT NOT NULL);
        CREATE INDEX finding_submission ON finding(submission_id);
        CREATE INDEX finding_fingerprint ON finding(fingerprint);
        CREATE TABLE coverage_link (
          id INTEGER PRIMARY KEY, submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
          parent_path TEXT NOT NULL, parent_item_fingerprint TEXT NOT NULL CHECK (length(parent_item_fingerprint) = 64),
          parent_item_text TEXT NOT NULL, outcome TEXT NOT NULL, score REAL NOT NULL, child_line INTEGER);
        CREATE INDEX coverage_link_submission ON coverage_link(submission_id);
        CREATE TABLE decision (
          id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
          verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected')),
          reason TEXT NOT NULL CHECK (length(trim(reason)) > 0), decided_by TEXT NOT NULL CHECK (length(decided_by) > 0),
          decided_at TEXT NOT NULL);
        CREATE INDEX decision_fingerprint ON decision(fingerprint, id);
        """

    static let v2Units = """
        CREATE TABLE admin_unit_v2 (
          id INTEGER PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, parent TEXT,
          valid_to TEXT CHECK (valid_to IS NULL OR valid_to \(date)), successor TEXT,
          UNIQUE (name, level, parent));
        INSERT INTO admin_unit_v2 SELECT id, name, level, parent, valid_to, successor FROM admin_unit;
        DROP TABLE admin_unit;
        ALTER TABLE admin_unit_v2 RENAME TO admin_unit;
        """

    static let v3Web = """
        CREATE TABLE web_user (
          name TEXT PRIMARY KEY NOT NULL CHECK (length(trim(name)) > 0),
          role TEXT NOT NULL CHECK (role IN ('reviewer')),
          password_hash TEXT NOT NULL CHECK (password_hash GLOB '$2*'), created_at TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE campaign (
          id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
          due TEXT NOT NULL CHECK (due \(date)), created_at TEXT NOT NULL);
        CREATE TABLE campaign_parent (
          campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
          position INTEGER NOT NULL, path TEXT NOT NULL, PRIMARY KEY (campaign_id, position));
        CREATE TABLE campaign_submitter (
          id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
          unit TEXT NOT NULL CHECK (length(trim(unit)) > 0),
          token TEXT NOT NULL UNIQUE CHECK (length(token) >= 32), UNIQUE (campaign_id, unit));
        CREATE TABLE campaign_upload (
          id INTEGER PRIMARY KEY, submitter_id INTEGER NOT NULL REFERENCES campaign_submitter(id) ON DELETE CASCADE,
          submission_name TEXT NOT NULL, path TEXT NOT NULL, shown_name TEXT NOT NULL,
          run_id INTEGER REFERENCES run(id), submitted_at TEXT NOT NULL);
        CREATE INDEX campaign_upload_submitter ON campaign_upload(submitter_id, id);
        """
}

extension StoreMigrations {
    /// Decisions get one meaning each: `confirmed` (a real defect) and `dismissed` (a false
    /// alarm). Rows of v1 are kept, history included, under the meaning their commands were
    /// documented with: `accept` ("lỗi có thật, đã ghi nhận") → confirmed, `reject` ("báo nhầm")
    /// → dismissed. SQLite cannot change a CHECK constraint in place, hence the copy.
    static let v2Decisions = """
        CREATE TABLE decision_v2 (
          id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
          verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'dismissed')),
          reason TEXT NOT NULL CHECK (length(trim(reason)) > 0), decided_by TEXT NOT NULL CHECK (length(decided_by) > 0),
          decided_at TEXT NOT NULL);
        INSERT INTO decision_v2(id, fingerprint, verdict, reason, decided_by, decided_at)
          SELECT id, fingerprint, CASE verdict WHEN 'accepted' THEN 'confirmed' ELSE 'dismissed' END, reason,
            decided_by, decided_at FROM decision;
        DROP TABLE decision;
        ALTER TABLE decision_v2 RENAME TO decision;
        CREATE INDEX decision_fingerprint ON decision(fingerprint, id);
        """
}
