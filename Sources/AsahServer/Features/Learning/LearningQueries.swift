import AsahCore
import Fluent
import Foundation
import SQLKit

/// Reads of the JP ledger: one employee's year, and compliance with the yearly minimum.
enum LearningQueries {
    struct Entry: Decodable, Sendable {
        var learnedOn: String
        var title: String
        var source: String
        var jenisDiklatID: Int
        var minutes: Int?
        var jpHundredths: Int
        var provider: String?
        var certificateNo: String?
        /// The agency the line was earned in, when it is not the one holding it now (after a mutasi).
        var earnedAt: String?

        var jp: JP { JP(hundredths: jpHundredths) }
    }

    static func entries(employeeID: UUID, year: Int, on db: any Database) async throws -> [Entry] {
        try await db.sql.raw(
            """
            SELECT l.learned_on, l.title, l.source, l.jenis_diklat_id, l.minutes, l.jp_hundredths, l.provider,
                   l.certificate_no, oa.name AS earned_at
            FROM learning_entries l LEFT JOIN agencies oa ON oa.id = l.origin_agency_id
            WHERE l.employee_id = \(bind: employeeID) AND l.year = \(bind: year)
            ORDER BY l.learned_on, l.created_at
            """
        ).rows(Entry.self)
    }

    /// A ledger line as the JP caps count it (`ActivityCredit.CappedRow.fact`).
    struct CapLine: Decodable, Sendable {
        var employeeID: UUID
        var learnedOn: String
        var jpHundredths: Int

        /// The line as a fact of the row's caps; nil when the stored day is not a date.
        func fact(_ row: ActivityCredit.CappedRow) -> LedgerEntryFact? {
            CivilDate(iso: learnedOn).map { row.fact(date: $0, jp: JP(hundredths: jpHundredths)) }
        }
    }

    /// The ledger lines of every form counted under a capped row that also meet `condition` (on
    /// `learning_entries`): what the caps read before a credit is posted.
    static func capLines(
        _ row: ActivityCredit.CappedRow, where condition: SQLQueryString, on db: any Database
    ) async throws -> [CapLine] {
        try await db.sql.raw(
            """
            SELECT employee_id, learned_on, jp_hundredths FROM learning_entries
            WHERE jenis_diklat_id IN (\(binds: row.jenisIDs)) AND \(condition)
            """
        ).rows(CapLine.self)
    }

    /// The years an employee has ledger lines in, oldest first (the JP page's year switcher).
    static func years(employeeID: UUID, on db: any Database) async throws -> [Int] {
        struct Row: Decodable { var year: Int }
        return try await db.sql.raw(
            "SELECT DISTINCT year FROM learning_entries WHERE employee_id = \(bind: employeeID) ORDER BY year"
        ).rows(Row.self).map(\.year)
    }

    /// PNS and CPNS per unit, and how many of them reached the minimum (employees without a line count
    /// with 0 JP), from the kept unit lines (`JPUnitTallies`). PPPK have a maximum, not a minimum, and
    /// are left out.
    struct ComplianceLine: Decodable, Sendable {
        var unitID: UUID?
        var pns: Int
        var met: Int
    }

    static func compliance(
        agencyID: UUID, year: Int, minimum: JP, unitPath: String?, on db: any Database
    ) async throws -> [ComplianceLine] {
        try await JPUnitTallies.lines(agencyID: agencyID, year: year, minimum: minimum, unitPath: unitPath, on: db)
    }

    /// Every PNS and CPNS of the scope held to the year's minimum (`ServiceYear`: in active service, with
    /// at least one whole month of it in the year), with their total and their own minimum in hundredths
    /// (`id`, `unit_id`, `total`, `target`; employees without a line count 0), and with `months`, the
    /// running totals at the end of each month (`r1` … `r12`): the subquery compliance figures are built
    /// on. Totals come from the maintained `report_jp_people` (`M0039_ReportTallies`), one row per person.
    static func pnsTotals(agencyID: UUID, year: Int, minimum: JP, unitPath: String?, months: Bool = false)
        -> SQLQueryString
    {
        let running = months ? (1...12).map { ", COALESCE(t.r\($0), 0) AS r\($0)" }.joined() : ""
        return """
            SELECT y.*, \(ServiceYearSQL.minimum(minimum, months: "y.months")) AS target
            FROM (
                SELECT e.id, e.unit_id, CAST(COALESCE(t.total, 0) AS BIGINT) AS total,
                       \(ServiceYearSQL.months(year: year)) AS months\(unsafeRaw: running)
                FROM employees e
                LEFT JOIN units u ON u.id = e.unit_id
                LEFT JOIN report_jp_people t ON t.employee_id = e.id AND t.year = \(bind: year)
                WHERE \(heldToTheMinimum(agencyID: agencyID, year: year, unitPath: unitPath))
            ) y
            WHERE y.months > 0
            """
    }

    /// The employees (`e`, with `u` their unit when `unitPath` is set) held to the year's minimum when
    /// they have at least one whole month of service in it (`months > 0`).
    static func heldToTheMinimum(agencyID: UUID, year: Int, unitPath: String?) -> SQLQueryString {
        GapReportQueries.scope(agencyID: agencyID, unitPath: unitPath, activeOnly: false)
            + " AND e.status IN ('pns', 'cpns') AND " + ServiceYearSQL.inService(year: year)
    }

    /// The scope's PNS and CPNS and how many reached the minimum, summed over units.
    static func complianceTotal(agencyID: UUID, year: Int, minimum: JP, unitPath: String?, on db: any Database)
        async throws -> JPCompliance
    {
        try await compliance(agencyID: agencyID, year: year, minimum: minimum, unitPath: unitPath, on: db).total
    }

    /// The year's total of one employee, for the home page reminder.
    static func total(employeeID: UUID, year: Int, on db: any Database) async throws -> JP {
        struct Row: Decodable { var total: Int? }
        let row = try await db.sql.raw(
            """
            SELECT CAST(SUM(jp_hundredths) AS BIGINT) AS total FROM learning_entries
            WHERE employee_id = \(bind: employeeID) AND year = \(bind: year)
            """
        ).firstRow(Row.self)
        return JP(hundredths: row?.total ?? 0)
    }
}

extension [LearningQueries.ComplianceLine] {
    var total: JPCompliance { JPCompliance(counted: map(\.pns).reduce(0, +), met: map(\.met).reduce(0, +)) }
}
