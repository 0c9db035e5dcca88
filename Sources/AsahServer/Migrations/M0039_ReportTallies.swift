import Fluent
import SQLKit

/// The agency reports read maintained tallies instead of counting raw rows on every view
/// (`docs/decisions.md`, "Report tallies"):
/// - `report_gap_tallies`: per agency, year, unit and competency, what the gap report adds up;
/// - `report_gap_people`: per employee and year, items, assessed items and gaps (1+, 2+, 3+, 4+ levels),
///   for the unit lines and the largest gaps;
/// - `report_jp_people`: per employee and year, the JP total and the running total at each month's end
///   (compliance and its chart).
/// `unit_key` is the unit, or the agency for people without one (the key cannot be NULL).
///
/// The database keeps them, in the writing transaction, whatever code path writes: row triggers on
/// `employees`, `standard_items`, `current_levels` and `learning_entries` add what a row brings and take
/// away what it brought (`M0039_ReportTallies+SQL`).
/// - SQLite (one writer): the triggers upsert the tallies directly.
/// - PostgreSQL: the triggers append the transaction's changes to unlogged pending tables, and one
///   deferred trigger folds them into the tallies at commit, in key order: concurrent writers queue on
///   a tally row only while committing and, taking the rows in one order, never deadlock on them.
///   The profile version (M0026) is raised after the fold, so its row is always taken last.
///
/// A later SQLite migration that rebuilds one of the four tables must re-create its triggers.
struct M0039_ReportTallies: AsyncMigration {
    var name: String { "M0039_ReportTallies" }

    struct Target: Sendable {
        var table: String
        var key: [String]
        /// Columns set to the newest row's value instead of added up.
        var latest: [String] = []
        var sums: [String]
        /// In the order the trigger SELECTs and the recounts give them.
        var columns: [String] { key + latest + sums }
        var columnList: String { columns.joined(separator: ", ") }
        var keyList: String { key.joined(separator: ", ") }
    }

    static let gap = Target(
        table: "report_gap_tallies", key: ["agency_id", "year", "unit_key", "competency_code"],
        sums: ["employees", "required_sum", "assessed", "current_sum", "with_gap", "gap_sum"])
    static let people = Target(
        table: "report_gap_people", key: ["employee_id", "year"], latest: ["agency_id", "unit_key"],
        sums: ["items", "assessed", "gaps", "gaps2", "gaps3", "gaps4"])
    static let jp = Target(
        table: "report_jp_people", key: ["employee_id", "year"], sums: ["total"] + (1...12).map { "r\($0)" })

    static func create(_ t: Target, pending: Bool) -> String {
        let types: [String: String] = [
            "agency_id": "UUID NOT NULL", "employee_id": "UUID NOT NULL", "unit_key": "UUID NOT NULL",
            "year": "INTEGER NOT NULL", "competency_code": "TEXT NOT NULL",
        ]
        let columns = t.columns.map { "\($0) \(types[$0] ?? "BIGINT NOT NULL")" }
        if pending {
            return """
                CREATE UNLOGGED TABLE \(t.table)_pending
                (seq BIGSERIAL, tx BIGINT NOT NULL DEFAULT txid_current(), \(columns.joined(separator: ", ")))
                """
        }
        return "CREATE TABLE \(t.table) (\(columns.joined(separator: ", ")), PRIMARY KEY (\(t.keyList)))"
    }

    static func upsert(_ t: Target) -> String {
        let set =
            t.sums.map { "\($0) = \(t.table).\($0) + excluded.\($0)" } + t.latest.map { "\($0) = excluded.\($0)" }
        return "ON CONFLICT (\(t.keyList)) DO UPDATE SET " + set.joined(separator: ", ")
    }

    /// What one row change does to one target: SQLite upserts, PostgreSQL appends to pending.
    static func write(_ t: Target, _ select: String, postgres: Bool) -> String {
        // SQLite needs a WHERE in an upsert's SELECT to tell ON CONFLICT from a join's ON.
        let select = select.contains("WHERE") ? select : select + " WHERE 1 = 1"
        return postgres
            ? "INSERT INTO \(t.table)_pending (\(t.columnList)) \(select)"
            : "INSERT INTO \(t.table) (\(t.columnList)) \(select) \(upsert(t))"
    }

    struct Source: Sendable {
        var table: String
        var watched: [String]
        var statements: @Sendable (_ row: String, _ sign: String) -> [(Target, String)]
    }

    static let sources = [
        Source(table: "employees", watched: ["agency_id", "unit_id", "position_id", "employment_state"]) { r, s in
            [(gap, employeeGap(r, sign: s)), (people, employeePeople(r, sign: s))]
        },
        Source(table: "standard_items", watched: ["position_id", "year", "competency_code", "level"]) { r, s in
            [(gap, itemGap(r, sign: s)), (people, itemPeople(r, sign: s))]
        },
        Source(table: "current_levels", watched: ["employee_id", "competency_code", "level"]) { r, s in
            [(gap, levelGap(r, sign: s)), (people, levelPeople(r, sign: s))]
        },
        Source(table: "learning_entries", watched: ["employee_id", "year", "learned_on", "jp_hundredths"]) { r, s in
            [(jp, ledgerJP(r, sign: s))]
        },
    ]

    static func body(_ source: Source, old: Bool, new: Bool, postgres: Bool) -> [String] {
        (old ? source.statements("OLD", "-1") : []).map { write($0.0, $0.1, postgres: postgres) }
            + (new ? source.statements("NEW", "1") : []).map { write($0.0, $0.1, postgres: postgres) }
    }

    static var sqliteStatements: [String] {
        sources.flatMap { s in
            let changed = s.watched.map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR ")
            return [
                ("insert", "AFTER INSERT ON \(s.table)", body(s, old: false, new: true, postgres: false)),
                ("delete", "AFTER DELETE ON \(s.table)", body(s, old: true, new: false, postgres: false)),
                (
                    "update", "AFTER UPDATE OF \(s.watched.joined(separator: ", ")) ON \(s.table) WHEN \(changed)",
                    body(s, old: true, new: true, postgres: false)
                ),
            ].map { event, when, statements in
                "CREATE TRIGGER \(s.table)_tallies_\(event) \(when) BEGIN "
                    + statements.map { $0 + ";" }.joined(separator: "\n") + " END"
            }
        }
    }

    static func fold(_ t: Target) -> String {
        let values = t.key + t.latest.map { "(array_agg(\($0) ORDER BY seq DESC))[1]" } + t.sums.map { "SUM(\($0))" }
        return """
            WITH d AS (DELETE FROM \(t.table)_pending WHERE tx = txid_current() RETURNING *)
            INSERT INTO \(t.table) (\(t.columnList)) SELECT \(values.joined(separator: ", ")) FROM d
            GROUP BY \(t.keyList) ORDER BY \(t.keyList) \(upsert(t))
            """
    }

    /// The fold at commit, of `targets` in this order (a later migration adds its own after these).
    /// `first` runs before the first fold (M0040 takes a lock there).
    static func foldFunction(_ targets: [Target], first: String = "") -> String {
        """
        CREATE OR REPLACE FUNCTION asah_fold_report_tallies() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
          IF current_setting('asah.report_tallies_folded', true) IS DISTINCT FROM 'yes' THEN
            PERFORM set_config('asah.report_tallies_folded', 'yes', true);
            \(first)
            \(targets.map(fold).joined(separator: ";\n"));
          END IF;
        END $$
        """
    }

    /// Deferred to commit: the first pending row of a transaction folds them all then.
    static func foldTrigger(_ t: Target) -> String {
        """
        CREATE CONSTRAINT TRIGGER \(t.table)_fold AFTER INSERT ON \(t.table)_pending
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION asah_fold_report_tallies_trigger()
        """
    }

    /// A row trigger's function: `first`, then what an old row takes away and what a new row adds.
    static func rowFunction(_ name: String, first: String = "", old: String, new: String) -> String {
        """
        CREATE FUNCTION \(name)() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          \(first)
          IF TG_OP <> 'INSERT' THEN
        \(old)
          END IF;
          IF TG_OP <> 'DELETE' THEN
        \(new)
          END IF;
          RETURN NULL;
        END $$
        """
    }

    /// An unlogged table of the transactions' changes to `t`, found by transaction through an index.
    static func pendingTable(_ t: Target) -> [String] {
        [create(t, pending: true), "CREATE INDEX \(t.table)_pending_tx ON \(t.table)_pending (tx)"]
    }

    static var postgresStatements: [String] {
        let fold = foldFunction([gap, people, jp])
        let foldTriggerFunction = """
            CREATE FUNCTION asah_fold_report_tallies_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM asah_fold_report_tallies(); RETURN NULL; END $$
            """
        // The fold finds its transaction's rows by index: a DELETE of the whole table would read every
        // page the table ever grew to (a bulk load leaves it large), at every commit.
        var out = [gap, people, jp].flatMap(pendingTable)
        out += [fold, foldTriggerFunction, bump(folding: true)]
        out += [gap, people, jp].map(Self.foldTrigger)
        for s in sources {
            let statements = { (old: Bool, new: Bool) in
                body(s, old: old, new: new, postgres: true).map { $0 + ";" }.joined(separator: "\n")
            }
            out.append(
                rowFunction("asah_tally_\(s.table)", old: statements(true, false), new: statements(false, true)))
            let changed = s.watched.map { "OLD.\($0) IS DISTINCT FROM NEW.\($0)" }.joined(separator: " OR ")
            out.append(
                """
                CREATE TRIGGER \(s.table)_tallies AFTER INSERT OR DELETE ON \(s.table)
                FOR EACH ROW EXECUTE FUNCTION asah_tally_\(s.table)()
                """)
            out.append(
                """
                CREATE TRIGGER \(s.table)_tallies_update AFTER UPDATE OF \(s.watched.joined(separator: ", "))
                ON \(s.table) FOR EACH ROW WHEN (\(changed)) EXECUTE FUNCTION asah_tally_\(s.table)()
                """)
        }
        return out
    }

    /// M0026's profile version bump; with `folding`, the tallies are folded first.
    static func bump(folding: Bool) -> String {
        """
        CREATE OR REPLACE FUNCTION asah_bump_profile_version() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          \(folding ? "PERFORM asah_fold_report_tallies();" : "")
          IF current_setting('asah.profile_version_raised', true) IS DISTINCT FROM 'yes' THEN
            \(M0026_CreateDataVersions.bump);
            PERFORM set_config('asah.profile_version_raised', 'yes', true);
          END IF;
          RETURN NULL;
        END $$
        """
    }

    func prepare(on db: any Database) async throws {
        let sql = db.sql
        let postgres = sql.dialect.name == "postgresql"
        for t in [Self.gap, Self.people, Self.jp] {
            try await sql.raw(SQLQueryString(Self.create(t, pending: false))).run()
        }
        // The unit lines read people by agency and year (covering); the largest gaps by gap class.
        try await sql.raw(
            "CREATE INDEX report_gap_people_units ON report_gap_people (agency_id, year, unit_key, items, assessed, gaps)"
        ).run()
        try await sql.raw(
            "CREATE INDEX report_gap_people_classes ON report_gap_people (agency_id, year, gaps4, gaps3, gaps2, gaps)"
        ).run()
        // Filled from the rows already there, before any trigger exists.
        for (t, recount) in [(Self.gap, Self.recountGap), (Self.people, Self.recountPeople), (Self.jp, Self.recountJP)]
        {
            try await sql.raw(SQLQueryString("INSERT INTO \(t.table) (\(t.columnList)) \(recount)")).run()
        }
        for statement in postgres ? Self.postgresStatements : Self.sqliteStatements {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on db: any Database) async throws {
        let sql = db.sql
        let postgres = sql.dialect.name == "postgresql"
        for s in Self.sources {
            if postgres {
                for name in ["\(s.table)_tallies", "\(s.table)_tallies_update"] {
                    try await sql.raw(SQLQueryString("DROP TRIGGER IF EXISTS \(name) ON \(s.table)")).run()
                }
                try await sql.raw(SQLQueryString("DROP FUNCTION IF EXISTS asah_tally_\(s.table)()")).run()
            } else {
                for event in ["insert", "delete", "update"] {
                    try await sql.raw(SQLQueryString("DROP TRIGGER IF EXISTS \(s.table)_tallies_\(event)")).run()
                }
            }
        }
        if postgres {
            try await sql.raw(SQLQueryString(Self.bump(folding: false))).run()
            for t in [Self.gap, Self.people, Self.jp] {
                try await sql.raw(SQLQueryString("DROP TABLE IF EXISTS \(t.table)_pending")).run()
            }
            try await sql.raw("DROP FUNCTION IF EXISTS asah_fold_report_tallies_trigger()").run()
            try await sql.raw("DROP FUNCTION IF EXISTS asah_fold_report_tallies()").run()
        }
        for t in [Self.gap, Self.people, Self.jp] {
            try await sql.raw(SQLQueryString("DROP TABLE IF EXISTS \(t.table)")).run()
        }
    }
}
