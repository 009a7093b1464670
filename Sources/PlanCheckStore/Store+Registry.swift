import GRDB
import PlanCheckCore

extension PlanCheckStore {
    /// Stores the registry unless a load with the same content hash is already there. Returns
    /// true when it (re)loaded. The rules read the YAML; this copy is what a run was judged with.
    @discardableResult
    public func syncRegistry(_ registry: Registry, at timestamp: String) throws -> Bool {
        try write { db in
            let latest = try String.fetchOne(
                db, sql: "SELECT content_hash FROM registry_load ORDER BY id DESC LIMIT 1")
            if latest == registry.contentHash { return false }
            try db.execute(sql: "DELETE FROM agency; DELETE FROM legal_document; DELETE FROM admin_unit")
            for d in registry.documents {
                try db.execute(
                    sql: """
                        INSERT INTO legal_document(number_key, number, type, issuer, subject, date, in_force_from,
                          in_force_to, replaced_by, for_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        Registry.numberKey(d.number), d.number, d.type, d.issuer, d.subject, d.date?.iso,
                        d.inForceFrom?.iso, d.inForceTo?.iso, d.replacedBy, d.forYear,
                    ])
            }
            for a in registry.agencies {
                try db.execute(
                    sql:
                        "INSERT INTO agency(id, name, level, valid_from, valid_to, successors) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [
                        a.id, a.name, a.level, a.validFrom?.iso, a.validTo?.iso,
                        a.successors.joined(separator: "\n"),
                    ])
                for alias in Set(a.aliases) {
                    try db.execute(
                        sql: "INSERT INTO agency_alias(agency_id, alias) VALUES (?, ?)",
                        arguments: [a.id, alias])
                }
            }
            for u in registry.units {
                try db.execute(
                    sql:
                        "INSERT INTO admin_unit(name, level, parent, valid_to, successor) VALUES (?, ?, ?, ?, ?)",
                    arguments: [u.name, u.level, u.parent, u.validTo?.iso, u.successor])
            }
            try db.execute(
                sql:
                    "INSERT INTO registry_load(content_hash, loaded_at) VALUES (?, ?) ON CONFLICT(content_hash) DO UPDATE SET loaded_at = excluded.loaded_at",
                arguments: [registry.contentHash, timestamp])
            return true
        }
    }

    /// Counts of stored registry rows: documents, agencies, units.
    public func registryCounts() throws -> (documents: Int, agencies: Int, units: Int) {
        try read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM legal_document") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM agency") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM admin_unit") ?? 0
            )
        }
    }
}
