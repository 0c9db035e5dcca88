import AsahCore
import Fluent
import Foundation
import SQLKit

/// The facts the talent 9-box places people by: each active employee of the scope with their annual
/// predikat of the year and the sums of their JPM over the year's standard (one aggregation over
/// standard items and current levels, grouped by person).
enum TalentQueries {
    struct Person: Decodable, Sendable {
        var nip: String
        var name: String
        var unitName: String?
        var predikat: String?
        var total: Int?
        var assessed: Int?
        var required: Int?
        var met: Int?

        /// The JPM as the profile shows it, by the agency's formula; nil without an assessed competency.
        func jpm(_ thresholds: GapThresholds) -> JPMResult? {
            guard let total, let assessed, let required, let met, assessed > 0 else { return nil }
            return GapRules.result(
                met: met, required: required, assessed: assessed, total: total, thresholds: thresholds)
        }
    }

    static func people(agencyID: UUID, year: Int, unitPath: String?, formula: JPMFormula, on db: any Database)
        async throws -> [Person]
    {
        let credited: SQLQueryString =
            formula == .minimum
            ? "CASE WHEN cl.level < si.level THEN cl.level ELSE si.level END" : "cl.level"
        return try await db.sql.raw(
            """
            SELECT e.nip, e.name, u.name AS unit_name, pr.predikat, g.total, g.assessed, g.required, g.met
            FROM employees e
            LEFT JOIN units u ON u.id = e.unit_id
            LEFT JOIN performance_ratings pr
              ON pr.employee_id = e.id AND pr.year = \(bind: year) AND pr.period = 'annual'
            LEFT JOIN (
                SELECT p.id AS employee_id, CAST(COUNT(*) AS BIGINT) AS total, CAST(COUNT(cl.level) AS BIGINT) AS assessed,
                       CAST(SUM(CASE WHEN cl.level IS NULL THEN 0 ELSE si.level END) AS BIGINT) AS required,
                       CAST(SUM(CASE WHEN cl.level IS NULL THEN 0 ELSE \(credited) END) AS BIGINT) AS met
                FROM employees p
                JOIN standard_items si ON si.position_id = p.position_id AND si.year = \(bind: year)
                LEFT JOIN current_levels cl ON cl.employee_id = p.id AND cl.competency_code = si.competency_code
                WHERE p.agency_id = \(bind: agencyID) AND p.employment_state = 'aktif'
                GROUP BY p.id
            ) g ON g.employee_id = e.id
            WHERE \(GapReportQueries.scope(agencyID: agencyID, unitPath: unitPath))
            ORDER BY e.search_name, e.nip
            """
        ).rows(Person.self)
    }
}

/// The grid of a scope: who is in each box, and who is listed apart and why.
struct TalentGridReport: Sendable {
    /// The people of each box, in name order.
    var boxes: [Int: [TalentQueries.Person]] = [:]
    var unplaced: [(nip: String, reason: TalentGrid.Unplaced)] = []

    init(_ people: [TalentQueries.Person], thresholds: GapThresholds, cutoffs: PotentialCutoffs) {
        for p in people {
            switch TalentGrid.place(
                predikat: p.predikat.flatMap(Predikat.init(rawValue:)), jpm: p.jpm(thresholds), cutoffs: cutoffs)
            {
            case .success(let box): boxes[box.number, default: []].append(p)
            case .failure(let reason): unplaced.append((p.nip, reason))
            }
        }
    }
}
