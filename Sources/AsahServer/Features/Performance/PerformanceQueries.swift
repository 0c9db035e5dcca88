import AsahCore
import Fluent
import Foundation
import SQLKit

/// Reads of performance ratings and of who stands above an employee.
enum PerformanceQueries {
    /// The employee's supervisor, that one's supervisor, and so on (at most 20 steps, so a loop in
    /// hand-set supervisors ends): who sees the employee's ratings besides themself and managers.
    static func supervisorChain(of employeeID: UUID, on db: any Database) async throws -> [UUID] {
        struct Row: Decodable { var id: UUID }
        return try await db.sql.raw(
            """
            WITH RECURSIVE chain(id, depth) AS (
                SELECT supervisor_id, 1 FROM employees WHERE id = \(bind: employeeID) AND supervisor_id IS NOT NULL
                UNION ALL
                SELECT e.supervisor_id, c.depth + 1 FROM employees e JOIN chain c ON e.id = c.id
                WHERE e.supervisor_id IS NOT NULL AND c.depth < 20
            )
            SELECT id FROM chain ORDER BY depth
            """
        ).rows(Row.self).map(\.id)
    }

    struct Rating: Decodable, Sendable {
        var id: UUID
        var year: Int
        var period: String
        var ratingHasilKerja: String
        var ratingPerilakuKerja: String
        var predikat: String
        var source: String
    }

    static let columns: SQLQueryString =
        "id, year, period, rating_hasil_kerja, rating_perilaku_kerja, predikat, source"

    /// The employee's ratings, of one year or all, newest year first, the quarters before the year's.
    static func ratings(employeeID: UUID, year: Int?, on db: any Database) async throws -> [Rating] {
        var query: SQLQueryString =
            "SELECT \(columns) FROM performance_ratings WHERE employee_id = \(bind: employeeID)"
        if let year { query += " AND year = \(bind: year)" }
        query += " ORDER BY year DESC, CASE WHEN period = 'annual' THEN 1 ELSE 0 END, period"
        return try await db.sql.raw(query).rows(Rating.self)
    }

    static func rating(employeeID: UUID, year: Int, period: PerformancePeriod, on db: any Database) async throws
        -> Rating?
    {
        try await db.sql.raw(
            """
            SELECT \(columns) FROM performance_ratings
            WHERE employee_id = \(bind: employeeID) AND year = \(bind: year) AND period = \(bind: period.rawValue)
            """
        ).firstRow(Rating.self)
    }
}
