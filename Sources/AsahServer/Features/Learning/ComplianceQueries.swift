import AsahCore
import Fluent
import Foundation
import SQLKit

/// The compliance page's reads beyond the per-unit counts: progress by month, the PNS below the
/// minimum, and the training history export. All scoped like `LearningQueries.compliance`.
enum ComplianceQueries {
    /// How many PNS had reached their minimum by the end of each month (January first).
    static func monthly(agencyID: UUID, year: Int, minimum: JP, unitPath: String?, on db: any Database)
        async throws -> [Int]
    {
        try await JPUnitTallies.monthly(agencyID: agencyID, year: year, minimum: minimum, unitPath: unitPath, on: db)
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

    /// PNS and CPNS below the minimum, the most missing first; `limit` nil returns all of them. Read
    /// along the kept person facts' index (`M0040_JPUnitTallies`), or from raw rows when the year
    /// cannot be kept now (or `kept` is false: the tests' reference).
    static func below(
        agencyID: UUID, year: Int, minimum: JP, unitPath: String?, limit: Int?, offset: Int = 0, kept: Bool = true,
        on db: any Database
    ) async throws -> [BelowRow] {
        var page: SQLQueryString = ""
        if let limit { page = " LIMIT \(literal: limit) OFFSET \(literal: offset)" }
        let people: SQLQueryString
        var useKept = kept
        if kept {
            useKept = try await JPUnitTallies.makeCurrent(agencyID: agencyID, year: year, minimum: minimum, on: db)
        }
        if useKept {
            people = """
                SELECT t.employee_id AS id, t.total, t.target, t.search_name, t.nip
                FROM report_jp_people t
                WHERE \(GapReportQueries.tallyScope("t", agencyID: agencyID, year: year, unitPath: unitPath))
                  AND t.total - t.target < 0
                ORDER BY t.total - t.target, t.search_name, t.nip
                """
        } else {
            people = """
                SELECT x.id, x.total, x.target, e.search_name, e.nip
                FROM (\(LearningQueries.pnsTotals(agencyID: agencyID, year: year, minimum: minimum, unitPath: unitPath))) x
                JOIN employees e ON e.id = x.id
                WHERE x.total < x.target
                ORDER BY x.total - x.target, e.search_name, e.nip
                """
        }
        return try await db.sql.raw(
            """
            SELECT e.nip, e.gelar_depan, e.name, e.gelar_belakang, u.name AS unit_name, p.total, p.target
            FROM (\(people)\(page)) p
            JOIN employees e ON e.id = p.id
            LEFT JOIN units u ON u.id = e.unit_id
            ORDER BY p.total - p.target, p.search_name, p.nip
            """
        ).rows(BelowRow.self)
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
