import AsahCore
import Fluent
import SQLKit
import Vapor

/// "Who fits this position": employees in active service ranked by JPM against a position's standard,
/// for placement and rotation. Complete profiles come first; a partial one's JPM counts the assessed
/// competencies only (as everywhere), is provisional and has no category.
enum CandidateQueries {
    struct CandidateRow: Decodable, Sendable {
        var nip: String
        var gelarDepan: String?
        var name: String
        var gelarBelakang: String?
        var unitName: String?
        var positionName: String?
        var met: Int
        var requiredAssessed: Int
        var assessed: Int
    }

    struct Candidate: Sendable {
        var row: CandidateRow
        var jpm: Double
        /// The JPM as shown: one decimal, half up on the exact fraction.
        var percent: Percent
        /// Only for a complete profile (every competency of the standard assessed).
        var selection: SelectionCategory?
        var total: Int
        /// The agency's formula, which the page names.
        var formula: JPMFormula
        var isComplete: Bool { row.assessed == total }
        var fullName: String {
            PersonName.full(gelarDepan: row.gelarDepan, name: row.name, gelarBelakang: row.gelarBelakang)
        }
    }

    /// At most `limit` candidates with at least `minCoverage` of the standard's competencies assessed.
    static func rank(
        agencyID: UUID, positionID: UUID, year: Int, minCoverage: Double = 0.5, limit: Int = 50, on db: any Database
    ) async throws -> [Candidate] {
        let sql = db.sql
        let total =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM standard_items WHERE position_id = \(bind: positionID) AND year = \(bind: year)"
            ).firstRow(CountRow.self)?.n ?? 0
        guard total > 0 else { return [] }
        let needed = Int((Double(total) * minCoverage).rounded(.up))
        let thresholds = try await AgencySettings.thresholds(agencyID, on: db)
        // What each competency adds to the numerator (`GapRules.credited`, in SQL).
        let credited: SQLQueryString =
            thresholds.formula == .minimum
            ? "CASE WHEN cl.level < si.level THEN cl.level ELSE si.level END" : "cl.level"
        let rows = try await sql.raw(
            """
            SELECT e.nip, e.gelar_depan, e.name, e.gelar_belakang, u.name AS unit_name, p.name AS position_name,
                   CAST(SUM(\(credited)) AS BIGINT) AS met,
                   CAST(SUM(si.level) AS BIGINT) AS required_assessed, COUNT(*) AS assessed
            FROM standard_items si
            JOIN current_levels cl ON cl.competency_code = si.competency_code AND cl.agency_id = \(bind: agencyID)
            JOIN employees e ON e.id = cl.employee_id
            LEFT JOIN units u ON u.id = e.unit_id
            LEFT JOIN positions p ON p.id = e.position_id
            WHERE si.position_id = \(bind: positionID) AND si.year = \(bind: year) AND e.employment_state = 'aktif'
            GROUP BY e.id, e.nip, e.gelar_depan, e.name, e.gelar_belakang, u.name, p.name
            HAVING COUNT(*) >= \(bind: needed)
            ORDER BY CASE WHEN COUNT(*) = \(bind: total) THEN 0 ELSE 1 END, CAST(SUM(\(credited)) AS DOUBLE PRECISION)
                     / CAST(SUM(si.level) AS DOUBLE PRECISION) DESC, COUNT(*) DESC, e.nip
            LIMIT \(literal: limit)
            """
        ).rows(CandidateRow.self)
        return rows.map { row in
            let result = GapRules.result(
                met: row.met, required: row.requiredAssessed, assessed: row.assessed, total: total,
                thresholds: thresholds)
            return Candidate(
                row: row, jpm: result?.jpm ?? 0, percent: result?.percent ?? Percent(tenths: 0),
                selection: result?.selection, total: total, formula: thresholds.formula)
        }
    }
}
