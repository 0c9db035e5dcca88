import AsahCore
import Fluent
import SQLKit
import Vapor

/// Reads of job competency standards (SKJ); `StandardService` writes them.
enum StandardQueries {
    struct Loaded: Sendable {
        var standard: CompetencyStandard?
        var items: [StandardRules.Item]
    }

    static func load(positionID: UUID, year: Int, on db: any Database) async throws -> Loaded {
        guard
            let standard = try await CompetencyStandard.query(on: db)
                .filter(\.$positionID == positionID).filter(\.$year == year).first()
        else { return Loaded(standard: nil, items: []) }
        struct Row: Decodable { var competencyCode: String; var level: Int }
        let items = try await db.sql.raw(
            """
            SELECT competency_code, level FROM standard_items WHERE standard_id = \(bind: try standard.requireID())
            ORDER BY competency_code
            """
        ).rows(Row.self).map { StandardRules.Item(code: $0.competencyCode, level: $0.level) }
        return Loaded(standard: standard, items: items)
    }

    /// How many positions of the agency have no standard for the year.
    static func missingCount(agencyID: UUID, year: Int, on db: any Database) async throws -> Int {
        return try await db.sql.raw(
            """
            SELECT COUNT(*) AS n FROM positions p WHERE p.agency_id = \(bind: agencyID) AND NOT EXISTS (
              SELECT 1 FROM competency_standards s WHERE s.position_id = p.id AND s.year = \(bind: year))
            """
        ).firstRow(CountRow.self)?.n ?? 0
    }
}
