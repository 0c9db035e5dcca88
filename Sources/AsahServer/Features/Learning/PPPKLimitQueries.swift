import AsahCore
import Fluent
import Foundation
import SQLKit

/// PPPK over the JP maximum in their contract year running on `today` (`PPPKContractYear`).
enum PPPKLimitQueries {
    struct Over: Sendable {
        var nip: String
        var name: String
        var unitName: String?
        var contractYear: ClosedRange<CivilDate>
        var total: JP
        var excess: JP
    }

    private struct Person: Decodable {
        var id: UUID
        var nip: String
        var name: String
        var unitName: String?
        var contractStart: String?
    }

    /// One PPPK's JP in the contract year holding `today`.
    static func total(employeeID: UUID, contractStart: String?, today: CivilDate, on db: any Database) async throws
        -> (year: ClosedRange<CivilDate>, total: JP)
    {
        let window = PPPKContractYear.containing(today, start: contractStart.flatMap(CivilDate.init(iso:)))
        struct Row: Decodable { var total: Int? }
        let row = try await db.sql.raw(
            """
            SELECT CAST(SUM(jp_hundredths) AS BIGINT) AS total FROM learning_entries
            WHERE employee_id = \(bind: employeeID)
              AND learned_on >= \(bind: window.lowerBound.iso) AND learned_on <= \(bind: window.upperBound.iso)
            """
        ).firstRow(Row.self)
        return (window, JP(hundredths: row?.total ?? 0))
    }

    /// The PPPK over the maximum, most over first (then by name), at most `limit` of them (nil: all),
    /// and how many there are. Those without a contract start (the calendar year) are read from the
    /// maintained year totals (`report_jp_people`) in one ordered query; those with one are grouped by
    /// their contract-year window, one aggregation of ledger lines per window, only those over returned.
    static func over(
        agencyID: UUID, unitPath: String?, maximum: JP, today: CivilDate, limit: Int? = nil, on db: any Database
    ) async throws -> (rows: [Over], count: Int) {
        let sql = db.sql
        let scope = GapReportQueries.scope(agencyID: agencyID, unitPath: unitPath) + " AND e.status = 'pppk'"
        let calendar = PPPKContractYear.containing(today, start: nil)

        struct Listed: Decodable {
            var nip: String
            var name: String
            var unitName: String?
            var total: Int
        }
        let overCalendar: SQLQueryString = """
            FROM employees e LEFT JOIN units u ON u.id = e.unit_id
            JOIN report_jp_people t ON t.employee_id = e.id AND t.year = \(bind: today.year)
            WHERE \(scope) AND e.contract_start IS NULL AND t.total > \(bind: maximum.hundredths)
            """
        var listQuery: SQLQueryString =
            "SELECT e.nip, e.name, u.name AS unit_name, t.total " + overCalendar + " ORDER BY t.total DESC, e.name"
        if let limit { listQuery += " LIMIT \(literal: limit)" }
        var rows = try await sql.raw(listQuery).rows(Listed.self).compactMap { r -> Over? in
            let total = JP(hundredths: r.total)
            guard let excess = PPPKContractYear.excess(current: total, maximum: maximum) else { return nil }
            return Over(
                nip: r.nip, name: r.name, unitName: r.unitName, contractYear: calendar, total: total, excess: excess)
        }
        var count =
            try await sql.raw("SELECT COUNT(*) AS n " + overCalendar).firstRow(CountRow.self)?.n ?? 0

        let people = try await sql.raw(
            """
            SELECT e.id, e.nip, e.name, u.name AS unit_name, e.contract_start
            FROM employees e LEFT JOIN units u ON u.id = e.unit_id
            WHERE \(scope) AND e.contract_start IS NOT NULL
            """
        ).rows(Person.self)
        var windows: [UUID: ClosedRange<CivilDate>] = [:]
        for p in people {
            windows[p.id] = PPPKContractYear.containing(today, start: p.contractStart.flatMap(CivilDate.init(iso:)))
        }
        struct Total: Decodable {
            var employeeID: UUID
            var total: Int
        }
        var totals: [UUID: Int] = [:]
        for (window, ids) in Dictionary(grouping: people.map(\.id), by: { windows[$0]! }) {
            for chunk in ids.chunks(of: 900) {
                let query: SQLQueryString = """
                    SELECT employee_id, CAST(SUM(jp_hundredths) AS BIGINT) AS total FROM learning_entries
                    WHERE learned_on >= \(bind: window.lowerBound.iso) AND learned_on <= \(bind: window.upperBound.iso)
                      AND employee_id IN (\(binds: Array(chunk)))
                    GROUP BY employee_id HAVING SUM(jp_hundredths) > \(bind: maximum.hundredths)
                    """
                for row in try await sql.raw(query).rows(Total.self) { totals[row.employeeID] = row.total }
            }
        }
        let contracted = people.compactMap { p -> Over? in
            let total = JP(hundredths: totals[p.id] ?? 0)
            guard let window = windows[p.id], let excess = PPPKContractYear.excess(current: total, maximum: maximum)
            else { return nil }
            return Over(
                nip: p.nip, name: p.name, unitName: p.unitName, contractYear: window, total: total, excess: excess)
        }
        count += contracted.count
        rows = (rows + contracted).sorted { ($1.excess, $0.name) < ($0.excess, $1.name) }
        if let limit { rows = Array(rows.prefix(limit)) }
        return (rows, count)
    }
}
