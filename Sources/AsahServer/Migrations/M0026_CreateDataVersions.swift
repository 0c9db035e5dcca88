import Fluent
import SQLKit

/// A version number that the database itself raises, in the writing transaction, whenever anything a
/// competency profile shows may have changed. Each node keeps rendered profiles in memory under the
/// version they were read at (`ProfileCache`) and checks it with one single-row read per request,
/// so no write path can forget to invalidate, and every node sees a change as soon as it commits.
///
/// One global row: triggers do not cheaply know the agency, and writes to these tables are officers'
/// edits and imports, few beside reads.
/// - PostgreSQL: deferred constraint triggers raise it once per transaction, at commit. Taking the
///   row last, after every row lock the transaction holds, means concurrent writers queue on it only
///   while committing and can never deadlock on it.
/// - SQLite: row triggers (it has no other kind); a single writer, so nothing to queue.
///
/// A later SQLite migration that rebuilds one of these tables must re-create its triggers.
struct M0026_CreateDataVersions: AsyncMigration {
    var name: String { "M0026_CreateDataVersions" }

    /// What a profile reads: the employee, their position, unit (access), the standard, the current
    /// levels, the agency's competency names and its thresholds.
    static let profileTables = [
        "employees", "positions", "units", "standard_items", "current_levels", "competencies", "agency_settings",
    ]

    /// Updates of employees raise the version only when they touch what a profile reads, so that a
    /// row lock taken by updating an employee (`MentoringService.confirm`) leaves cached profiles alone.
    static func updateEvent(_ table: String) -> String {
        table == "employees" ? "UPDATE OF nip, agency_id, unit_id, position_id, supervisor_id" : "UPDATE"
    }

    static let bump = "UPDATE data_versions SET version = version + 1 WHERE name = 'profile'"

    func prepare(on db: any Database) async throws {
        let sql = db.sql
        try await sql.raw("CREATE TABLE data_versions (name TEXT PRIMARY KEY, version BIGINT NOT NULL)").run()
        try await sql.raw("INSERT INTO data_versions (name, version) VALUES ('profile', 1)").run()
        for statement in sql.dialect.name == "postgresql" ? Self.postgresTriggers : Self.sqliteTriggers {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    static var postgresTriggers: [String] {
        // Row triggers fire at commit; a transaction-local flag makes the first one the only update.
        let function = """
            CREATE FUNCTION asah_bump_profile_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF current_setting('asah.profile_version_raised', true) IS DISTINCT FROM 'yes' THEN
                \(bump);
                PERFORM set_config('asah.profile_version_raised', 'yes', true);
              END IF;
              RETURN NULL;
            END $$
            """
        return [function]
            + profileTables.flatMap { table in
                [
                    """
                    CREATE CONSTRAINT TRIGGER \(table)_profile_version
                    AFTER INSERT OR \(updateEvent(table)) OR DELETE ON \(table)
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION asah_bump_profile_version()
                    """,
                    """
                    CREATE TRIGGER \(table)_profile_version_truncate AFTER TRUNCATE ON \(table)
                    FOR EACH STATEMENT EXECUTE FUNCTION asah_bump_profile_version()
                    """,
                ]
            }
    }

    static var sqliteTriggers: [String] {
        profileTables.flatMap { table in
            ["INSERT", "UPDATE", "DELETE"].map { event in
                """
                CREATE TRIGGER \(table)_profile_version_\(event.lowercased())
                AFTER \(event == "UPDATE" ? updateEvent(table) : event) ON \(table) BEGIN \(bump); END
                """
            }
        }
    }

    func revert(on db: any Database) async throws {
        let sql = db.sql
        if sql.dialect.name == "postgresql" {
            for table in Self.profileTables {
                let drop = "DROP TRIGGER IF EXISTS \(table)_profile_version ON \(table)"
                try await sql.raw(SQLQueryString(drop)).run()
                let dropTruncate = "DROP TRIGGER IF EXISTS \(table)_profile_version_truncate ON \(table)"
                try await sql.raw(SQLQueryString(dropTruncate)).run()
            }
            try await sql.raw("DROP FUNCTION IF EXISTS asah_bump_profile_version()").run()
        } else {
            for table in Self.profileTables {
                for event in ["insert", "update", "delete"] {
                    let drop = "DROP TRIGGER IF EXISTS \(table)_profile_version_\(event)"
                    try await sql.raw(SQLQueryString(drop)).run()
                }
            }
        }
        try await sql.raw("DROP TABLE data_versions").run()
    }
}
