import AsahCore
import Fluent
import Foundation
import SQLKit

/// JP compliance per unit and month from the kept unit lines, and the people below the minimum from
/// the kept person facts (`M0040_JPUnitTallies`): a year not kept, or kept with another minimum, is
/// recounted first; when it cannot be now (PostgreSQL: a write or another recount holds the lock)
/// this one reader counts from raw rows instead.
enum JPUnitTallies {
    /// The unit lines of one agency's year (or of a unit's part of it) counted from raw rows, in the
    /// columns of `report_jp_units`: what a recount stores and the tests hold the kept lines equal to.
    static func recount(agencyID: UUID, year: Int, minimum: JP, unitPath: String? = nil) -> SQLQueryString {
        let reached = zip(M0040_JPUnitTallies.totals, M0040_JPUnitTallies.units.sums.dropFirst()).map {
            "CAST(SUM(CASE WHEN x.\($0) >= x.target THEN 1 ELSE 0 END) AS BIGINT) AS \($1)"
        }
        // A fence (a LIMIT no scope reaches; both databases keep such a subquery whole) keeps the planner
        // from pasting each person's minimum (the months-in-service arithmetic) into all thirteen
        // comparisons: worked out once per person, the pass took half the time.
        let persons = LearningQueries.pnsTotals(
            agencyID: agencyID, year: year, minimum: minimum, unitPath: unitPath, months: true)
        return """
            SELECT \(bind: agencyID) AS agency_id, \(bind: year) AS year, COALESCE(x.unit_id, \(bind: agencyID)) AS unit_key,
                   CAST(COUNT(*) AS BIGINT) AS pns, \(unsafeRaw: reached.joined(separator: ", "))
            FROM (\(persons) LIMIT 9223372036854775807) x
            GROUP BY x.unit_id
            """
    }

    /// Whether the year's lines are kept, counted with this minimum.
    static func isCurrent(agencyID: UUID, year: Int, minimum: JP, on sql: any SQLDatabase) async throws -> Bool {
        struct Row: Decodable { var minimumHundredths: Int }
        let row = try await sql.raw(
            """
            SELECT minimum_hundredths FROM report_jp_years WHERE agency_id = \(bind: agencyID) AND year = \(bind: year)
            """
        ).firstRow(Row.self)
        return row?.minimumHundredths == minimum.hundredths
    }

    /// Each counted person's facts for the year from raw rows, as `report_jp_people` rows with no JP
    /// (the columns of `keptColumns`): who the unit lines count and the list of people below reads.
    static func persons(agencyID: UUID, year: Int, minimum: JP) -> SQLQueryString {
        let zeros = M0040_JPUnitTallies.totals.map { "0 AS \($0)" }.joined(separator: ", ")
        return """
            SELECT p.employee_id, \(bind: year) AS year, \(unsafeRaw: zeros), \(bind: agencyID) AS agency_id, p.unit_key,
                   \(ServiceYearSQL.minimum(minimum, months: "p.months")) AS target, p.search_name, p.nip
            FROM (
                SELECT e.id AS employee_id, COALESCE(e.unit_id, \(bind: agencyID)) AS unit_key, e.search_name, e.nip,
                       \(ServiceYearSQL.months(year: year)) AS months
                FROM employees e
                WHERE \(LearningQueries.heldToTheMinimum(agencyID: agencyID, year: year, unitPath: nil))
            ) p
            WHERE p.months > 0
            """
    }

    static var keptColumns: String {
        (["employee_id", "year"] + M0040_JPUnitTallies.totals + M0040_JPUnitTallies.facts).joined(separator: ", ")
    }

    /// Makes the year's lines and people current; false when they cannot be now (the caller counts raw
    /// rows). A recount drops the year first, so the facts it writes move no line, then writes every
    /// counted person's facts (clearing those of people it no longer counts), then the lines from them.
    static func makeCurrent(agencyID: UUID, year: Int, minimum: JP, on db: any Database) async throws -> Bool {
        if try await isCurrent(agencyID: agencyID, year: year, minimum: minimum, on: db.sql) { return true }
        return try await WriteTransaction.run(on: db) { tx in
            let sql = tx.sql
            if sql.dialect.name == "postgresql" {
                struct Row: Decodable { var locked: Bool }
                let lock = try await sql.raw(
                    "SELECT pg_try_advisory_xact_lock(\(literal: M0040_JPUnitTallies.lockKey)) AS locked"
                ).firstRow(Row.self)
                guard lock?.locked == true else { return false }
                if try await isCurrent(agencyID: agencyID, year: year, minimum: minimum, on: sql) { return true }
            }
            let scope: SQLQueryString = "agency_id = \(bind: agencyID) AND year = \(bind: year)"
            let persons = persons(agencyID: agencyID, year: year, minimum: minimum)
            try await sql.raw("DELETE FROM report_jp_years WHERE " + scope).run()
            // Rows are written only where a fact changed: after a few people changed, a few rows.
            let facts = M0040_JPUnitTallies.facts
            let distinct = sql.dialect.name == "postgresql" ? "IS DISTINCT FROM" : "IS NOT"
            try await sql.raw(
                "INSERT INTO report_jp_people (\(unsafeRaw: keptColumns)) " + persons
                    + " ON CONFLICT (employee_id, year) DO UPDATE SET "
                    + SQLQueryString(facts.map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
                    + " WHERE "
                    + SQLQueryString(
                        facts.map { "report_jp_people.\($0) \(distinct) excluded.\($0)" }.joined(separator: " OR "))
            ).run()
            try await sql.raw(
                """
                UPDATE report_jp_people SET target = NULL
                WHERE \(scope) AND target IS NOT NULL AND employee_id NOT IN (SELECT p.employee_id FROM (\(persons)) p)
                """
            ).run()
            let units = M0040_JPUnitTallies.units
            let reached = M0040_JPUnitTallies.totals.map {
                "CAST(SUM(CASE WHEN \($0) >= target THEN 1 ELSE 0 END) AS BIGINT)"
            }
            try await sql.raw("DELETE FROM report_jp_units WHERE " + scope).run()
            try await sql.raw(
                """
                INSERT INTO report_jp_units (\(unsafeRaw: units.columnList))
                SELECT agency_id, year, unit_key, CAST(COUNT(*) AS BIGINT), \(unsafeRaw: reached.joined(separator: ", "))
                FROM report_jp_people WHERE \(scope) AND target IS NOT NULL
                GROUP BY agency_id, year, unit_key
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO report_jp_years (agency_id, year, minimum_hundredths)
                VALUES (\(bind: agencyID), \(bind: year), \(bind: minimum.hundredths))
                """
            ).run()
            return true
        }
    }

    /// The unit lines of the scope (`t`), kept or counted now.
    static func source(agencyID: UUID, year: Int, minimum: JP, unitPath: String?, on db: any Database)
        async throws -> SQLQueryString
    {
        if try await makeCurrent(agencyID: agencyID, year: year, minimum: minimum, on: db) {
            return "FROM report_jp_units t WHERE "
                + GapReportQueries.tallyScope("t", agencyID: agencyID, year: year, unitPath: unitPath)
                + " AND t.pns > 0"
        }
        return "FROM (\(recount(agencyID: agencyID, year: year, minimum: minimum, unitPath: unitPath))) t"
    }

    /// PNS and CPNS per unit and how many reached the minimum (people without a unit: `unitID` nil).
    static func lines(agencyID: UUID, year: Int, minimum: JP, unitPath: String?, on db: any Database)
        async throws -> [LearningQueries.ComplianceLine]
    {
        struct Row: Decodable { var unitKey: UUID, pns: Int, met: Int }
        let from = try await source(agencyID: agencyID, year: year, minimum: minimum, unitPath: unitPath, on: db)
        return try await db.sql.raw("SELECT t.unit_key, t.pns, t.met " + from).rows(Row.self).map {
            .init(unitID: $0.unitKey == agencyID ? nil : $0.unitKey, pns: $0.pns, met: $0.met)
        }
    }

    /// How many of the scope's PNS had reached their minimum by the end of each month, January first.
    static func monthly(agencyID: UUID, year: Int, minimum: JP, unitPath: String?, on db: any Database)
        async throws -> [Int]
    {
        struct Row: Decodable {
            var m1: Int?, m2: Int?, m3: Int?, m4: Int?, m5: Int?, m6: Int?
            var m7: Int?, m8: Int?, m9: Int?, m10: Int?, m11: Int?, m12: Int?
            var all: [Int] { [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12].map { $0 ?? 0 } }
        }
        let sums = (1...12).map { "CAST(SUM(t.m\($0)) AS BIGINT) AS m\($0)" }.joined(separator: ", ")
        let from = try await source(agencyID: agencyID, year: year, minimum: minimum, unitPath: unitPath, on: db)
        let row = try await db.sql.raw("SELECT \(unsafeRaw: sums) " + from).firstRow(Row.self)
        return row?.all ?? Array(repeating: 0, count: 12)
    }
}
