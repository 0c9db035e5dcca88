import AsahCore
import Fluent
import Foundation
import SQLKit

/// PPPK over the JP maximum in their contract year running on `today` (`PPPKContractYear`). The
/// agency's PPPK in active service are read with their contract start, then their ledger lines from the
/// earliest contract year's start, summed per person within their own contract year.
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

    static func over(
        agencyID: UUID, unitPath: String?, maximum: JP, today: CivilDate, on db: any Database
    ) async throws -> [Over] {
        let sql = db.sql
        let people = try await sql.raw(
            """
            SELECT e.id, e.nip, e.name, u.name AS unit_name, e.contract_start
            FROM employees e LEFT JOIN units u ON u.id = e.unit_id
            WHERE \(GapReportQueries.scope(agencyID: agencyID, unitPath: unitPath)) AND e.status = 'pppk'
            """
        ).rows(Person.self)
        guard !people.isEmpty else { return [] }
        var windows: [UUID: ClosedRange<CivilDate>] = [:]
        for p in people {
            windows[p.id] = PPPKContractYear.containing(today, start: p.contractStart.flatMap(CivilDate.init(iso:)))
        }
        // One aggregation per contract-year window (people hired on the same day of the year share one;
        // without a start, the calendar year), returning only those over the maximum.
        // `report_jp_people` is the maintained per-year total (`M0039_ReportTallies`).
        struct Total: Decodable {
            var employeeID: UUID
            var total: Int
        }
        var totals: [UUID: Int] = [:]
        let groups = Dictionary(grouping: people.map(\.id)) { windows[$0]! }
        for (window, ids) in groups {
            for start in stride(from: 0, to: ids.count, by: 1000) {
                var list: SQLQueryString = ""
                for (i, id) in ids[start..<min(start + 1000, ids.count)].enumerated() {
                    list += (i == 0 ? "" : ", ") + "\(bind: id)"
                }
                let calendarYear =
                    window.lowerBound.month == 1 && window.lowerBound.day == 1
                    && window.upperBound == CivilDate(year: window.lowerBound.year, month: 12, day: 31)
                // A calendar year (no contract start) is the maintained year's total.
                let query: SQLQueryString =
                    calendarYear
                    ? """
                    SELECT employee_id, total FROM report_jp_people
                    WHERE year = \(bind: window.lowerBound.year) AND total > \(bind: maximum.hundredths)
                      AND employee_id IN (\(list))
                    """
                    : """
                    SELECT employee_id, CAST(SUM(jp_hundredths) AS BIGINT) AS total FROM learning_entries
                    WHERE learned_on >= \(bind: window.lowerBound.iso) AND learned_on <= \(bind: window.upperBound.iso)
                      AND employee_id IN (\(list))
                    GROUP BY employee_id HAVING SUM(jp_hundredths) > \(bind: maximum.hundredths)
                    """
                for row in try await sql.raw(query).rows(Total.self) { totals[row.employeeID] = row.total }
            }
        }
        return people.compactMap { p in
            let total = JP(hundredths: totals[p.id] ?? 0)
            guard let window = windows[p.id], let excess = PPPKContractYear.excess(current: total, maximum: maximum)
            else { return nil }
            return Over(
                nip: p.nip, name: p.name, unitName: p.unitName, contractYear: window, total: total, excess: excess)
        }.sorted { ($1.excess, $0.name) < ($0.excess, $1.name) }
    }
}
