import AsahCore
import Fluent
import Foundation
import SQLKit

/// The compliance page's reads beyond the per-unit counts: progress by month, the PNS below the
/// minimum, and the training history export. All scoped like `LearningQueries.compliance`.
enum ComplianceQueries {
    /// `n` PNS stood at or above the minimum from month `from_month` until the month before
    /// `until_month` (NULL: until December). Adding the spans up per month gives how many had reached
    /// the minimum by the end of each month, exactly even if a line were ever negative.
    struct MonthSpan: Decodable, Sendable {
        var fromMonth: Int
        var untilMonth: Int?
        var n: Int
    }

    /// One aggregation: each PNS's JP per month, running totals per PNS (a window), and for every month
    /// with a running total at their own minimum, how long that total stands (to the PNS's next month
    /// with JP). The PNS are those `LearningQueries.pnsTotals` holds to the minimum.
    static func monthly(agencyID: UUID, year: Int, minimum: JP, unitPath: String?, on db: any Database)
        async throws -> [MonthSpan]
    {
        try await db.sql.raw(
            """
            SELECT s.month AS from_month, s.next_month AS until_month, COUNT(*) AS n
            FROM (
                SELECT m.employee_id, m.month, m.target,
                       LEAD(m.month) OVER (PARTITION BY m.employee_id ORDER BY m.month) AS next_month,
                       SUM(m.jp) OVER (PARTITION BY m.employee_id ORDER BY m.month) AS running
                FROM (
                    SELECT l.employee_id, t.target, CAST(SUBSTR(l.learned_on, 6, 2) AS INTEGER) AS month,
                           CAST(SUM(l.jp_hundredths) AS BIGINT) AS jp
                    FROM learning_entries l
                    JOIN (\(LearningQueries.pnsTotals(agencyID: agencyID, year: year, minimum: minimum, unitPath: unitPath))) t
                      ON t.id = l.employee_id
                    WHERE l.agency_id = \(bind: agencyID) AND l.year = \(bind: year)
                    GROUP BY l.employee_id, t.target, CAST(SUBSTR(l.learned_on, 6, 2) AS INTEGER)
                ) m
            ) s
            WHERE s.running >= s.target
            GROUP BY s.month, s.next_month
            """
        ).rows(MonthSpan.self)
    }

    struct BelowRow: Decodable, Sendable {
        var nip: String
        var gelarDepan: String?
        var name: String
        var gelarBelakang: String?
        var unitName: String?
        var total: Int
        /// This person's minimum in hundredths (`ServiceYear`: less for part of a year in service).
        var target: Int

        var fullName: String { PersonName.full(gelarDepan: gelarDepan, name: name, gelarBelakang: gelarBelakang) }
        var jp: JP { JP(hundredths: total) }
        var minimum: JP { JP(hundredths: target) }
        var missing: JP { minimum - jp }
    }

    /// PNS and CPNS below the minimum, the most missing first; `limit` nil returns all of them.
    static func below(
        agencyID: UUID, year: Int, minimum: JP, unitPath: String?, limit: Int?, offset: Int = 0, on db: any Database
    ) async throws -> [BelowRow] {
        var query: SQLQueryString = """
            SELECT e.nip, e.gelar_depan, e.name, e.gelar_belakang, u.name AS unit_name, x.total, x.target
            FROM (\(LearningQueries.pnsTotals(agencyID: agencyID, year: year, minimum: minimum, unitPath: unitPath))) x
            JOIN employees e ON e.id = x.id
            LEFT JOIN units u ON u.id = e.unit_id
            WHERE x.total < x.target
            ORDER BY x.total - x.target, e.search_name, e.nip
            """
        if let limit { query += " LIMIT \(literal: limit) OFFSET \(literal: offset)" }
        return try await db.sql.raw(query).rows(BelowRow.self)
    }

    struct HistoryLine: Decodable, Sendable {
        var employeeID: UUID
        var nip: String
        var name: String
        var jenisDiklatID: Int
        var title: String
        var learnedOn: String
        var jpHundredths: Int
        var provider: String?
        var certificateNo: String?
    }

    /// The year's training history, every line, handed to `body` in chunks of `employees` employees
    /// (all lines of each): every chunk is one short query along the ledger's (agency, year, employee)
    /// index, so a large agency never sits in memory or holds a connection for long.
    static func eachHistoryChunk(
        agencyID: UUID, year: Int, employees: Int = 500, on db: any Database,
        _ body: ([HistoryLine]) async throws -> Void
    ) async throws {
        var after: UUID?
        while true {
            var next: SQLQueryString =
                "SELECT DISTINCT employee_id FROM learning_entries WHERE agency_id = \(bind: agencyID) AND year = \(bind: year)"
            if let after { next += " AND employee_id > \(bind: after)" }
            next += " ORDER BY employee_id LIMIT \(literal: employees)"
            let chunk = try await db.sql.raw(
                """
                SELECT l.employee_id, e.nip, e.name, l.jenis_diklat_id, l.title, l.learned_on, l.jp_hundredths,
                       l.provider, l.certificate_no
                FROM learning_entries l
                JOIN employees e ON e.id = l.employee_id
                WHERE l.agency_id = \(bind: agencyID) AND l.year = \(bind: year) AND l.employee_id IN (\(next))
                  AND l.jenis_diklat_id <> \(bind: StudyLedger.jenisDiklatID)
                ORDER BY l.employee_id, l.learned_on, l.id
                """
            ).rows(HistoryLine.self)
            guard let last = chunk.last else { return }
            try await body(chunk)
            after = last.employeeID
        }
    }
}
