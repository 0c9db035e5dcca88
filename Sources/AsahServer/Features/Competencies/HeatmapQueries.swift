import AsahCore
import Fluent
import SQLKit
import Vapor

/// The unit heatmap: employees × competencies, each cell the gap (or "not assessed").
enum HeatmapQueries {
    struct EmployeeLine: Decodable, Sendable {
        var id: UUID
        var nip: String
        var name: String
        var gapTotal: Int
        var unassessed: Int
    }

    struct Cell: Decodable, Sendable {
        var employeeID: UUID
        var competencyCode: String
        var required: Int
        var current: Int?
    }

    enum Order: Sendable, Equatable {
        case name
        case totalGap
        case competency(String)
    }

    static let perPage = 40

    /// One page of employees in the unit subtree who have a standard this year, in the chosen order.
    static func employees(
        agencyID: UUID, unitPath: String, year: Int, order: Order, paging: Paging, on db: any Database
    ) async throws -> (lines: [EmployeeLine], total: Int) {
        let sql = db.sql
        let from: SQLQueryString = """
            FROM employees e JOIN units u ON u.id = e.unit_id
            JOIN standard_items si ON si.position_id = e.position_id AND si.year = \(bind: year)
            LEFT JOIN current_levels cl ON cl.employee_id = e.id AND cl.competency_code = si.competency_code
            WHERE e.agency_id = \(bind: agencyID) AND u.path LIKE \(bind: Like.prefix(unitPath)) ESCAPE '!'
            """
        let total = try await sql.raw("SELECT COUNT(DISTINCT e.id) AS n " + from).firstRow(CountRow.self)?.n ?? 0
        let orderBy: SQLQueryString
        switch order {
        case .name: orderBy = "e.search_name, e.nip"
        case .totalGap: orderBy = "gap_total DESC, e.search_name, e.nip"
        case .competency(let code):
            orderBy = """
                CAST(SUM(CASE WHEN si.competency_code = \(bind: code) AND cl.level < si.level THEN si.level - cl.level ELSE 0 END) AS BIGINT) DESC,
                gap_total DESC, e.search_name, e.nip
                """
        }
        let lines = try await sql.raw(
            """
            SELECT e.id, e.nip, e.name,
                   CAST(SUM(CASE WHEN cl.level < si.level THEN si.level - cl.level ELSE 0 END) AS BIGINT) AS gap_total,
                   CAST(SUM(CASE WHEN cl.level IS NULL THEN 1 ELSE 0 END) AS BIGINT) AS unassessed
            """ + " " + from + " GROUP BY e.id, e.nip, e.name, e.search_name ORDER BY " + orderBy
                + " LIMIT \(literal: paging.per) OFFSET \(literal: paging.offset)"
        ).rows(EmployeeLine.self)
        return (lines, total)
    }

    static func cells(employeeIDs: [UUID], year: Int, on db: any Database) async throws -> [Cell] {
        guard !employeeIDs.isEmpty else { return [] }
        return try await db.sql.raw(
            """
            SELECT e.id AS employee_id, si.competency_code, si.level AS required, cl.level AS current
            FROM employees e
            JOIN standard_items si ON si.position_id = e.position_id AND si.year = \(bind: year)
            LEFT JOIN current_levels cl ON cl.employee_id = e.id AND cl.competency_code = si.competency_code
            WHERE e.id IN (\(binds: employeeIDs))
            """
        ).rows(Cell.self)
    }
}
