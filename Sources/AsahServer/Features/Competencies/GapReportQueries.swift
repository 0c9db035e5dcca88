import AsahCore
import Fluent
import SQLKit
import Vapor

/// The agency (or unit) gap report: SQL aggregations over standards and maintained current levels.
enum GapReportQueries {
    struct CompetencyRow: Decodable, Sendable {
        var code: String
        var employees: Int
        var requiredSum: Int
        var assessed: Int
        var currentSum: Int?
        var withGap: Int
        var gapSum: Int
    }

    struct UnitRow: Decodable, Sendable {
        var unitID: UUID?
        var employees: Int
        var assessed: Int
        var withAnyGap: Int
    }

    struct LargestGap: Decodable, Sendable {
        var nip: String
        var name: String
        var unitName: String?
        var competencyCode: String
        var required: Int
        var current: Int
    }

    /// `unitPath` narrows everything to a unit and its sub-units. `activeOnly` keeps people in active
    /// service: those on study leave, suspended or gone are not in the gaps (the JP figures apply
    /// `ServiceYearSQL` instead, which also counts a past year's later leavers).
    static func scope(agencyID: UUID, unitPath: String?, activeOnly: Bool = true) -> SQLQueryString {
        var q: SQLQueryString = "e.agency_id = \(bind: agencyID)"
        if activeOnly { q += " AND e.employment_state = 'aktif'" }
        if let unitPath { q += " AND u.path LIKE \(bind: Like.prefix(unitPath)) ESCAPE '!'" }
        return q
    }

    static func joins(year: Int) -> SQLQueryString {
        """
        FROM employees e
        LEFT JOIN units u ON u.id = e.unit_id
        JOIN standard_items si ON si.position_id = e.position_id AND si.year = \(bind: year)
        LEFT JOIN current_levels cl ON cl.employee_id = e.id AND cl.competency_code = si.competency_code
        """
    }

    /// The tallies of the scope: a unit path narrows them to the unit and its sub-units (the tallies
    /// of people without a unit carry the agency's id as `unit_key`, and no unit's path).
    static func tallyScope(_ alias: String, agencyID: UUID, year: Int, unitPath: String?) -> SQLQueryString {
        var q: SQLQueryString =
            "\(unsafeRaw: alias).agency_id = \(bind: agencyID) AND \(unsafeRaw: alias).year = \(bind: year)"
        if let unitPath {
            q += """
                 AND \(unsafeRaw: alias).unit_key IN (SELECT id FROM units WHERE agency_id = \(bind: agencyID)
                   AND path LIKE \(bind: Like.prefix(unitPath)) ESCAPE '!')
                """
        }
        return q
    }

    // Sums over BIGINT columns give NUMERIC on PostgreSQL; the casts keep every figure an integer.
    /// Per competency, from the maintained tallies (`M0039_ReportTallies`).
    static func competencies(agencyID: UUID, year: Int, unitPath: String?, on db: any Database) async throws
        -> [CompetencyRow]
    {
        try await db.sql.raw(
            """
            SELECT t.competency_code AS code, CAST(SUM(t.employees) AS BIGINT) AS employees,
                   CAST(SUM(t.required_sum) AS BIGINT) AS required_sum, CAST(SUM(t.assessed) AS BIGINT) AS assessed,
                   CAST(SUM(t.current_sum) AS BIGINT) AS current_sum, CAST(SUM(t.with_gap) AS BIGINT) AS with_gap,
                   CAST(SUM(t.gap_sum) AS BIGINT) AS gap_sum
            FROM report_gap_tallies t WHERE
            """ + " " + tallyScope("t", agencyID: agencyID, year: year, unitPath: unitPath)
                + " GROUP BY t.competency_code HAVING SUM(t.employees) > 0 ORDER BY t.competency_code"
        ).rows(CompetencyRow.self)
    }

    /// Per unit: employees with a standard, how many are assessed, how many have any gap, from the
    /// maintained per-person tallies; the report's totals are the sums of these lines.
    static func units(agencyID: UUID, year: Int, unitPath: String?, on db: any Database) async throws -> [UnitRow] {
        try await db.sql.raw(
            """
            SELECT CASE WHEN p.unit_key = p.agency_id THEN NULL ELSE p.unit_key END AS unit_id, COUNT(*) AS employees,
                   CAST(SUM(CASE WHEN p.assessed > 0 THEN 1 ELSE 0 END) AS BIGINT) AS assessed,
                   CAST(SUM(CASE WHEN p.gaps > 0 THEN 1 ELSE 0 END) AS BIGINT) AS with_any_gap
            FROM report_gap_people p WHERE p.items > 0 AND
            """ + " " + tallyScope("p", agencyID: agencyID, year: year, unitPath: unitPath)
                + " GROUP BY p.agency_id, p.unit_key"
        ).rows(UnitRow.self)
    }

    /// The `limit` people with the largest gap (then by name and NIP): the ten largest gaps are all
    /// theirs, since any gap ranked before one of them belongs to someone ranked before its holder.
    /// Read class by class from the largest (a gap of 4 levels, then 3, 2, 1) along an index of the
    /// per-person tallies, so only the people of the classes needed are sorted by name.
    static func largestHolders(agencyID: UUID, year: Int, unitPath: String?, limit: Int, on db: any Database)
        async throws -> [UUID]
    {
        struct Row: Decodable { var employeeID: UUID }
        let classes: [SQLQueryString] = [
            "p.gaps4 > 0", "p.gaps4 = 0 AND p.gaps3 > 0", "p.gaps4 = 0 AND p.gaps3 = 0 AND p.gaps2 > 0",
            "p.gaps4 = 0 AND p.gaps3 = 0 AND p.gaps2 = 0 AND p.gaps > 0",
        ]
        var ids: [UUID] = []
        for gapClass in classes where ids.count < limit {
            ids += try await db.sql.raw(
                """
                SELECT p.employee_id FROM report_gap_people p JOIN employees pe ON pe.id = p.employee_id
                WHERE \(tallyScope("p", agencyID: agencyID, year: year, unitPath: unitPath)) AND \(gapClass)
                ORDER BY pe.search_name, pe.nip LIMIT \(literal: limit - ids.count)
                """
            ).rows(Row.self).map(\.employeeID)
        }
        return ids
    }

    /// The largest individual gaps, or everyone with a gap in one competency (drill-down).
    static func largestGaps(
        agencyID: UUID, year: Int, unitPath: String?, code: String? = nil, limit: Int = 10, on db: any Database
    ) async throws -> [LargestGap] {
        var filter = scope(agencyID: agencyID, unitPath: unitPath) + " AND cl.level < si.level"
        if let code {
            filter += " AND si.competency_code = \(bind: code)"
        } else {
            let holders = try await largestHolders(
                agencyID: agencyID, year: year, unitPath: unitPath, limit: limit, on: db)
            guard !holders.isEmpty else { return [] }
            filter += " AND e.id IN (\(binds: holders))"
        }
        return try await db.sql.raw(
            """
            SELECT e.nip, e.name, u.name AS unit_name, si.competency_code, si.level AS required, cl.level AS current
            """ + " " + joins(year: year) + " WHERE " + filter
                + " ORDER BY si.level - cl.level DESC, e.search_name, e.nip, si.competency_code LIMIT \(literal: limit)"
        ).rows(LargestGap.self)
    }
}
