import Fluent
import SQLKit

/// JP compliance reads one row per unit instead of passing over every PNS (`docs/decisions.md`,
/// "JP unit tallies"): `report_jp_units` holds, per agency, year and unit, the PNS held to the minimum,
/// how many reached it, and how many had reached it by the end of each month.
///
/// Who counts and each person's minimum depend on the employee row (status, TMT in the NIP, employment
/// state and date), the year and the agency's minimum, so the units are kept only for the years
/// `report_jp_years` lists, each with the minimum they were counted with:
/// - a change of a person's JP totals (`report_jp_people`, M0039) moves their "reached" counts in their
///   unit's line, in the database, in the writing transaction — the frequent write, kept cheap;
/// - a change of an employee's counted facts (an import, a transfer, a new state) drops the agency's
///   years instead: rare writes, often thousands of rows at once, which a recount serves better;
/// - a reader finding its year missing, or counted with another minimum, recounts it
///   (`JPUnitTallies.current`).
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
    static let watched = ["agency_id", "unit_id", "status", "nip", "employment_state", "employment_since"]

    /// The person totals the unit lines compare with the minimum: the year's, then each month's end.
    static let totals = ["total"] + (1...12).map { "r\($0)" }

    /// What one change of a `report_jp_people` row does to its holder's unit line in a kept year: the
    /// reached counts of the new totals less those of the old (no row is 0 JP). The person is counted
    /// whether or not they have totals, so `pns` does not move. `new`/`old` are NEW/OLD or nil.
    static func peopleDelta(new: String?, old: String?) -> String {
        let row = new ?? old ?? "NEW"
        let values = totals.map { c in
            "\(new.map { "\($0).\(c)" } ?? "0") AS n_\(c), \(old.map { "\($0).\(c)" } ?? "0") AS o_\(c)"
        }
        let reached = totals.map { c in
            "CASE WHEN z.n_\(c) >= z.target THEN 1 ELSE 0 END - CASE WHEN z.o_\(c) >= z.target THEN 1 ELSE 0 END"
        }
        let year = ServiceYearSQL.Year.column("ky.year")
        return """
            SELECT z.agency_id, z.year, z.unit_key, 0, \(reached.joined(separator: ", "))
            FROM (
              SELECT y.*, \(ServiceYearSQL.minimum("y.minimum_hundredths", months: "y.months")) AS target
              FROM (
                SELECT e.agency_id, ky.year, COALESCE(e.unit_id, e.agency_id) AS unit_key, ky.minimum_hundredths,
                       \(ServiceYearSQL.months(year)) AS months, \(values.joined(separator: ", "))
                FROM employees e
                JOIN report_jp_years ky ON ky.agency_id = e.agency_id AND ky.year = \(row).year
                WHERE e.id = \(row).employee_id AND e.status IN ('pns', 'cpns') AND \(ServiceYearSQL.inService(year))
              ) y
            ) z
            WHERE z.months > 0
            """
    }

    static func dropYears(_ row: String) -> String { "DELETE FROM report_jp_years WHERE agency_id = \(row).agency_id" }

    static let events: [(name: String, new: String?, old: String?)] = [
        ("insert", "NEW", nil), ("update", "NEW", "OLD"), ("delete", nil, "OLD"),
    ]

    static var sqliteStatements: [String] {
        let changed = watched.map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR ")
        let people = events.map { e in
            """
            CREATE TRIGGER report_jp_people_units_\(e.name) AFTER \(e.name.uppercased()) ON report_jp_people BEGIN
            \(M0039_ReportTallies.write(units, peopleDelta(new: e.new, old: e.old), postgres: false)); END
            """
        }
        let employees = events.map { e in
            let when =
                e.name == "update"
                ? "UPDATE OF \(watched.joined(separator: ", ")) ON employees WHEN \(changed)"
                : "\(e.name.uppercased()) ON employees"
            let drops = [e.old, e.new].compactMap { $0 }.map { dropYears($0) + ";" }.joined(separator: " ")
            return "CREATE TRIGGER employees_jp_years_\(e.name) AFTER \(when) BEGIN \(drops) END"
        }
        return people + employees
    }

    static var postgresStatements: [String] {
        let lock = "PERFORM pg_advisory_xact_lock_shared(\(lockKey));"
        let branches = events.map { e in
            "IF TG_OP = '\(e.name.uppercased())' THEN\n"
                + M0039_ReportTallies.write(units, peopleDelta(new: e.new, old: e.old), postgres: true) + ";\nEND IF;"
        }
        let changed = watched.map { "OLD.\($0) IS DISTINCT FROM NEW.\($0)" }.joined(separator: " OR ")
        return M0039_ReportTallies.pendingTable(units) + [
            M0039_ReportTallies.foldFunction([
                M0039_ReportTallies.gap, M0039_ReportTallies.people, M0039_ReportTallies.jp, units,
            ]),
            M0039_ReportTallies.foldTrigger(units),
            """
            CREATE FUNCTION asah_jp_units_from_people() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              \(lock)
              \(branches.joined(separator: "\n"))
              RETURN NULL;
            END $$
            """,
            """
            CREATE TRIGGER report_jp_people_units AFTER INSERT OR UPDATE OR DELETE ON report_jp_people
            FOR EACH ROW EXECUTE FUNCTION asah_jp_units_from_people()
            """,
            """
            CREATE FUNCTION asah_jp_years_drop() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              \(lock)
              IF TG_OP <> 'INSERT' THEN \(dropYears("OLD")); END IF;
              IF TG_OP <> 'DELETE' THEN \(dropYears("NEW")); END IF;
              RETURN NULL;
            END $$
            """,
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
            for e in Self.events {
                try await sql.raw(SQLQueryString("DROP TRIGGER IF EXISTS report_jp_people_units_\(e.name)")).run()
                try await sql.raw(SQLQueryString("DROP TRIGGER IF EXISTS employees_jp_years_\(e.name)")).run()
            }
        }
        try await sql.raw("DROP TABLE IF EXISTS report_jp_years").run()
        try await sql.raw("DROP TABLE IF EXISTS report_jp_units").run()
    }
}
