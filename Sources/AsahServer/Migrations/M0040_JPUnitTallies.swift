import Fluent
import SQLKit

/// JP compliance reads one row per unit, and the people below the minimum along an index, instead of
/// passing over every PNS (`docs/decisions.md`, "JP unit tallies"):
/// - `report_jp_units` holds, per agency, year and unit, the PNS held to the minimum, how many reached
///   it, and how many had reached it by the end of each month;
/// - `report_jp_people` (M0039's JP totals) gains each counted person's facts for the year: agency,
///   unit, their own minimum (`target`), name for sorting and NIP, so the list of people below the
///   minimum, most missing first, is an index walk.
///
/// Who counts and each person's minimum depend on the employee row (status, TMT in the NIP, employment
/// state and date), the year and the agency's minimum, so they are kept only for the years
/// `report_jp_years` lists, each with the minimum they were counted with:
/// - a change of a person's JP totals moves their "reached" counts in their unit's line, in the
///   database, in the writing transaction (a trigger on `report_jp_people`): the frequent write;
/// - a change of an employee's counted facts (an import, a transfer, a new state, a new name) drops the
///   agency's years instead: rare writes, often thousands of rows at once, which a recount serves better;
/// - a reader finding its year missing, or counted with another minimum, recounts it
///   (`JPUnitTallies.makeCurrent`).
///
/// PostgreSQL: units change only through pending rows folded at commit with M0039's (key order, no
/// deadlock). Writers take an advisory lock shared, a recount takes it exclusively and only if it
/// is free (else that reader counts from raw rows), so no recount misses a write in flight and no
/// writer ever queues behind a waiting reader. SQLite has one writer.
///
/// A later SQLite migration that rebuilds `employees` or `report_jp_people` must re-create the triggers.
struct M0040_JPUnitTallies: AsyncMigration {
    var name: String { "M0040_JPUnitTallies" }

    typealias Target = M0039_ReportTallies.Target

    static let units = Target(
        table: "report_jp_units", key: ["agency_id", "year", "unit_key"],
        sums: ["pns", "met"] + (1...12).map { "m\($0)" })

    /// The advisory lock (PostgreSQL, one key) between the writers of the units and a recount.
    static let lockKey = 4_000_040

    /// What an employee row counts by; a change of any of these drops the agency's years.
    static let watched = [
        "agency_id", "unit_id", "status", "nip", "employment_state", "employment_since", "search_name",
    ]

    /// The person totals the unit lines compare with the minimum: the year's, then each month's end.
    static let totals = ["total"] + (1...12).map { "r\($0)" }

    /// A person's facts for a kept year, written by the recount only.
    static let facts = ["agency_id", "unit_key", "target", "search_name", "nip"]

    /// What a `report_jp_people` row (`NEW`, `sign` 1, or `OLD`, -1) adds to its unit's line while its
    /// year is kept: whether each total reaches the person's minimum. People are counted whether or
    /// not they have JP, by the recount, so `pns` does not move; rows without a target count nothing.
    static func reached(_ row: String, sign: String) -> String {
        let counts = totals.map { "\(sign) * CASE WHEN \(row).\($0) >= \(row).target THEN 1 ELSE 0 END" }
        return """
            SELECT \(row).agency_id, \(row).year, \(row).unit_key, 0, \(counts.joined(separator: ", "))
            FROM report_jp_years ky
            WHERE ky.agency_id = \(row).agency_id AND ky.year = \(row).year AND \(row).target IS NOT NULL
            """
    }

    static func dropYears(_ row: String) -> String { "DELETE FROM report_jp_years WHERE agency_id = \(row).agency_id" }

    static func reachedStatements(old: Bool, new: Bool, postgres: Bool) -> [String] {
        (old ? [reached("OLD", sign: "-1")] : []).map { M0039_ReportTallies.write(units, $0, postgres: postgres) }
            + (new ? [reached("NEW", sign: "1")] : []).map { M0039_ReportTallies.write(units, $0, postgres: postgres) }
    }

    /// Only a change of the totals moves a line: the recount writing the facts does not.
    static var totalsUpdate: String { "UPDATE OF \(totals.joined(separator: ", ")) ON report_jp_people" }

    static var sqliteStatements: [String] {
        let changed = watched.map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR ")
        let people = [
            ("insert", "INSERT ON report_jp_people", false, true), ("update", totalsUpdate, true, true),
            ("delete", "DELETE ON report_jp_people", true, false),
        ].map { name, when, old, new in
            "CREATE TRIGGER report_jp_people_units_\(name) AFTER \(when) BEGIN "
                + reachedStatements(old: old, new: new, postgres: false).map { $0 + ";" }.joined(separator: "\n")
                + " END"
        }
        let employees = [("insert", false, true), ("update", true, true), ("delete", true, false)].map {
            name, old, new in
            let when =
                name == "update"
                ? "UPDATE OF \(watched.joined(separator: ", ")) ON employees WHEN \(changed)"
                : "\(name.uppercased()) ON employees"
            let drops = [old ? "OLD" : nil, new ? "NEW" : nil].compactMap { $0 }.map { dropYears($0) + ";" }
            return "CREATE TRIGGER employees_jp_years_\(name) AFTER \(when) BEGIN \(drops.joined(separator: " ")) END"
        }
        return people + employees
    }

    static var postgresStatements: [String] {
        let lock = "PERFORM pg_advisory_xact_lock_shared(\(lockKey));"
        let statements = { (old: Bool, new: Bool) in
            reachedStatements(old: old, new: new, postgres: true).map { $0 + ";" }.joined(separator: "\n")
        }
        let changed = watched.map { "OLD.\($0) IS DISTINCT FROM NEW.\($0)" }.joined(separator: " OR ")
        let t = M0039_ReportTallies.self
        return t.pendingTable(units) + [
            // Before the fold takes any person's totals row: a recount takes those rows too, so a
            // writer waiting for the lock while holding one would deadlock with it.
            t.foldFunction(
                [t.gap, t.people, t.jp, units],
                first:
                    "IF EXISTS (SELECT 1 FROM report_jp_people_pending WHERE tx = txid_current()) THEN \(lock) END IF;"
            ),
            t.foldTrigger(units),
            t.rowFunction(
                "asah_jp_units_from_people", first: lock, old: statements(true, false), new: statements(false, true)),
            """
            CREATE TRIGGER report_jp_people_units AFTER INSERT OR DELETE ON report_jp_people
            FOR EACH ROW EXECUTE FUNCTION asah_jp_units_from_people()
            """,
            """
            CREATE TRIGGER report_jp_people_units_update AFTER \(totalsUpdate)
            FOR EACH ROW EXECUTE FUNCTION asah_jp_units_from_people()
            """,
            t.rowFunction("asah_jp_years_drop", first: lock, old: dropYears("OLD") + ";", new: dropYears("NEW") + ";"),
            """
            CREATE TRIGGER employees_jp_years AFTER INSERT OR DELETE ON employees
            FOR EACH ROW EXECUTE FUNCTION asah_jp_years_drop()
            """,
            """
            CREATE TRIGGER employees_jp_years_update AFTER UPDATE OF \(watched.joined(separator: ", ")) ON employees
            FOR EACH ROW WHEN (\(changed)) EXECUTE FUNCTION asah_jp_years_drop()
            """,
        ]
    }

    func prepare(on db: any Database) async throws {
        let sql = db.sql
        try await sql.raw(SQLQueryString(M0039_ReportTallies.create(Self.units, pending: false))).run()
        try await sql.raw(
            """
            CREATE TABLE report_jp_years (agency_id UUID NOT NULL, year INTEGER NOT NULL,
              minimum_hundredths BIGINT NOT NULL, PRIMARY KEY (agency_id, year))
            """
        ).run()
        for column in Self.facts {
            let type = column == "target" ? "BIGINT" : column.hasSuffix("_id") || column == "unit_key" ? "UUID" : "TEXT"
            try await sql.raw(SQLQueryString("ALTER TABLE report_jp_people ADD COLUMN \(column) \(type)")).run()
        }
        // The people below the minimum, most missing first, by name and NIP: the list's order.
        try await sql.raw(
            """
            CREATE INDEX report_jp_people_below
            ON report_jp_people (agency_id, year, (total - target), search_name, nip)
            """
        ).run()
        for statement in sql.dialect.name == "postgresql" ? Self.postgresStatements : Self.sqliteStatements {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on db: any Database) async throws {
        let sql = db.sql
        if sql.dialect.name == "postgresql" {
            let t = M0039_ReportTallies.self
            for statement in [
                "DROP TRIGGER IF EXISTS report_jp_people_units ON report_jp_people",
                "DROP TRIGGER IF EXISTS report_jp_people_units_update ON report_jp_people",
                "DROP TRIGGER IF EXISTS employees_jp_years ON employees",
                "DROP TRIGGER IF EXISTS employees_jp_years_update ON employees",
                "DROP FUNCTION IF EXISTS asah_jp_units_from_people()",
                "DROP FUNCTION IF EXISTS asah_jp_years_drop()",
                t.foldFunction([t.gap, t.people, t.jp]),
                "DROP TABLE IF EXISTS report_jp_units_pending",
            ] {
                try await sql.raw(SQLQueryString(statement)).run()
            }
        } else {
            for event in ["insert", "update", "delete"] {
                try await sql.raw(SQLQueryString("DROP TRIGGER IF EXISTS report_jp_people_units_\(event)")).run()
                try await sql.raw(SQLQueryString("DROP TRIGGER IF EXISTS employees_jp_years_\(event)")).run()
            }
        }
        try await sql.raw("DROP INDEX IF EXISTS report_jp_people_below").run()
        for column in Self.facts {
            try await sql.raw(SQLQueryString("ALTER TABLE report_jp_people DROP COLUMN \(column)")).run()
        }
        try await sql.raw("DROP TABLE IF EXISTS report_jp_years").run()
        try await sql.raw("DROP TABLE IF EXISTS report_jp_units").run()
    }
}
