import Fluent
import SQLKit

/// After the first mutasi and inbox: indexes for what is now asked on every page or every move, one
/// pending request per person and receiving agency, the day the inbox was last opened, and a ledger
/// that books every line to the agency the person is in.
struct M0038_LedgerHolderAndIndexes: AsyncMigration {
    var name: String { "M0038_LedgerHolderAndIndexes" }

    func prepare(on db: any Database) async throws {
        let sql = db.sql
        // The approval queue is counted on every page a unit head or manager opens (the inbox's count).
        try await db.createIndex("enrolments_agency_state", on: "enrolments", columns: ["agency_id", "state"])
        // A move updates the person's evidence files by employee.
        try await db.createIndex("assessment_evidence_employee", on: "assessment_evidence", columns: ["employee_id"])
        // Two requests for one person by one agency at once: one waits, the other is refused.
        try await sql.raw(
            "CREATE UNIQUE INDEX transfers_one_pending ON transfers (employee_id, to_agency_id) WHERE state = 'pending'"
        ).run()
        // The agency's day the inbox was last opened (the JP reminder is news once a month).
        try await db.schema("users").field("inbox_seen_on", .string).update()
        for statement in sql.dialect.name == "postgresql" ? Self.postgresTrigger : Self.sqliteTrigger {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    /// A line written for someone who has moved meanwhile (a mentoring session of the old agency
    /// confirmed after the mutasi, an activity it completes later) belongs to the person's ledger in
    /// their agency now, marked as earned in the agency that wrote it — whatever path wrote it.
    static let sqliteTrigger = [
        """
        CREATE TRIGGER learning_entries_holder AFTER INSERT ON learning_entries
        WHEN NEW.agency_id <> (SELECT agency_id FROM employees WHERE id = NEW.employee_id)
        BEGIN
          UPDATE learning_entries SET origin_agency_id = COALESCE(NEW.origin_agency_id, NEW.agency_id),
                 agency_id = (SELECT agency_id FROM employees WHERE id = NEW.employee_id)
          WHERE id = NEW.id;
        END
        """
    ]

    static let postgresTrigger = [
        """
        CREATE FUNCTION asah_ledger_holder() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE holder uuid;
        BEGIN
          SELECT agency_id INTO holder FROM employees WHERE id = NEW.employee_id;
          IF holder IS NOT NULL AND holder <> NEW.agency_id THEN
            NEW.origin_agency_id := COALESCE(NEW.origin_agency_id, NEW.agency_id);
            NEW.agency_id := holder;
          END IF;
          RETURN NEW;
        END $$
        """,
        """
        CREATE TRIGGER learning_entries_holder BEFORE INSERT ON learning_entries
        FOR EACH ROW EXECUTE FUNCTION asah_ledger_holder()
        """,
    ]

    func revert(on db: any Database) async throws {
        let sql = db.sql
        let pg = sql.dialect.name == "postgresql"
        try await sql.raw(
            SQLQueryString("DROP TRIGGER IF EXISTS learning_entries_holder" + (pg ? " ON learning_entries" : ""))
        )
        .run()
        if pg { try await sql.raw("DROP FUNCTION IF EXISTS asah_ledger_holder()").run() }
        try await db.schema("users").deleteField("inbox_seen_on").update()
        try await sql.drop(index: "transfers_one_pending").run()
        try await sql.drop(index: "assessment_evidence_employee").run()
        try await sql.drop(index: "enrolments_agency_state").run()
    }
}
