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

    // SUM over PostgreSQL BIGINT columns gives NUMERIC; the casts keep every figure an integer on both databases.
    static func competencies(agencyID: UUID, year: Int, unitPath: String?, on db: any Database) async throws
        -> [CompetencyRow]
    {
        try await db.sql.raw(
            """
            SELECT si.competency_code AS code, COUNT(*) AS employees, CAST(SUM(si.level) AS BIGINT) AS required_sum,
                   COUNT(cl.level) AS assessed, CAST(SUM(cl.level) AS BIGINT) AS current_sum,
                   CAST(SUM(CASE WHEN cl.level < si.level THEN 1 ELSE 0 END) AS BIGINT) AS with_gap,
                   CAST(SUM(CASE WHEN cl.level < si.level THEN si.level - cl.level ELSE 0 END) AS BIGINT) AS gap_sum
            """ + " " + joins(year: year) + " WHERE " + scope(agencyID: agencyID, unitPath: unitPath)
                + " GROUP BY si.competency_code ORDER BY si.competency_code"
        ).rows(CompetencyRow.self)
    }

    /// Per unit: employees with a standard, how many are assessed, how many have any gap. One pass
    /// over the join (per employee, then per unit); the report's totals are the sums of these lines.
    static func units(agencyID: UUID, year: Int, unitPath: String?, on db: any Database) async throws -> [UnitRow] {
        try await db.sql.raw(
            """
            SELECT x.unit_id, COUNT(*) AS employees, CAST(SUM(x.assessed) AS BIGINT) AS assessed,
                   CAST(SUM(x.has_gap) AS BIGINT) AS with_any_gap
            FROM (
              SELECT e.id, e.unit_id,
                     MAX(CASE WHEN cl.level IS NOT NULL THEN 1 ELSE 0 END) AS assessed,
                     MAX(CASE WHEN cl.level < si.level THEN 1 ELSE 0 END) AS has_gap
            """ + " " + joins(year: year) + " WHERE " + scope(agencyID: agencyID, unitPath: unitPath)
                + " GROUP BY e.id, e.unit_id) x GROUP BY x.unit_id"
        ).rows(UnitRow.self)
    }

    /// The largest individual gaps, or everyone with a gap in one competency (drill-down).
    static func largestGaps(
        agencyID: UUID, year: Int, unitPath: String?, code: String? = nil, limit: Int = 10, on db: any Database
    ) async throws -> [LargestGap] {
        var filter = scope(agencyID: agencyID, unitPath: unitPath) + " AND cl.level < si.level"
        if let code { filter += " AND si.competency_code = \(bind: code)" }
        return try await db.sql.raw(
            """
            SELECT e.nip, e.name, u.name AS unit_name, si.competency_code, si.level AS required, cl.level AS current
            """ + " " + joins(year: year) + " WHERE " + filter
                + " ORDER BY si.level - cl.level DESC, e.search_name, e.nip, si.competency_code LIMIT \(literal: limit)"
        ).rows(LargestGap.self)
    }
}
