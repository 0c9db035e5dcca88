import AsahCore
import Fluent
import Foundation

/// The competency dictionary of an agency: the national manajerial and sosial kultural
/// competencies (AsahCore) and the agency's own teknis and pemerintahan ones.
enum CompetencyQueries {
    struct Entry: Sendable, Equatable {
        var code: String
        var name: String
        var group: CompetencyGroup
        var definition: String
        var levels: [String]
        /// Behaviour indicators per level (national competencies; an agency's teknis ones have none).
        var indicators: [[String]] = []
        var isNational: Bool
    }

    static func dictionary(agencyID: UUID, on db: any Database) async throws -> [Entry] {
        let national = CompetencyDictionary.national.map {
            Entry(
                code: $0.code, name: $0.name, group: $0.group, definition: $0.definition,
                levels: $0.levels.map(\.description), indicators: $0.levels.map(\.indicators), isNational: true)
        }
        let own = try await TechnicalCompetency.query(on: db).filter(\.$agencyID == agencyID).sort(\.$code).all()
            .map {
                Entry(
                    code: $0.code, name: $0.name, group: try CompetencyGroup(stored: $0.group, column: "group"),
                    definition: $0.definition, levels: $0.levels, isNational: false)
            }
        return national + own
    }

    static func names(agencyID: UUID, on db: any Database) async throws -> [String: Entry] {
        Dictionary(uniqueKeysWithValues: try await dictionary(agencyID: agencyID, on: db).map { ($0.code, $0) })
    }
}
