import AsahCore
import Fluent
import SQLKit
import Vapor

/// One employee measured against their position's standard for a year.
enum ProfileQueries {
    struct Item: Sendable {
        var code: String
        var name: String
        var group: CompetencyGroup
        var required: Int
        var current: Int?
        var source: AssessmentSource?
        /// nil source with a level means a weighted mean of several sources.
        var isWeighted: Bool
        var assessedOn: String?
        var gap: Int? { GapItem(code: code, required: required, current: current).gap }
    }

    struct Profile: Sendable {
        var year: Int
        var hasStandard: Bool
        var items: [Item]
        var jpm: JPMResult?
    }

    struct HistoryRow: Decodable, Sendable {
        var competency_code: String
        var level: Int
        var source: String
        var assessed_on: String
        var note: String?
        var evidence_url: String?
        var assessor_name: String?
        var evidence_id: UUID?
    }

    struct EvidenceFile: Decodable, Sendable {
        var filename: String
        var content_type: String
        var content: Data
    }

    static func evidence(id: UUID, employeeID: UUID, on db: any Database) async throws -> EvidenceFile? {
        try await (db as! any SQLDatabase).raw(
            """
            SELECT filename, content_type, content FROM assessment_evidence
            WHERE id = \(bind: id) AND employee_id = \(bind: employeeID)
            """
        ).first(decoding: EvidenceFile.self)
    }

    static func profile(
        employeeID: UUID, agencyID: UUID, positionID: UUID?, year: Int, on db: any Database
    ) async throws -> Profile {
        guard let positionID else { return Profile(year: year, hasStandard: false, items: [], jpm: nil) }
        struct Row: Decodable {
            var competency_code: String
            var required: Int
            var current: Int?
            var source: String?
            var assessed_on: String?
            var own_name: String?
            var own_group: String?
            var thresholds: String?
        }
        // One query: the standard, the current levels, the agency's own competency names and its
        // JPM thresholds (a profile is read far more often than anything else).
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT si.competency_code, si.level AS required, cl.level AS current, cl.source, cl.assessed_on,
                   c.name AS own_name, c."group" AS own_group,
                   (SELECT s.value FROM agency_settings s WHERE s.agency_id = \(bind: agencyID)
                      AND s.key = \(bind: AgencySettings.Key.gapThresholds.rawValue)) AS thresholds
            FROM standard_items si
            LEFT JOIN current_levels cl ON cl.employee_id = \(bind: employeeID) AND cl.competency_code = si.competency_code
            LEFT JOIN competencies c ON c.agency_id = \(bind: agencyID) AND c.code = si.competency_code
            WHERE si.position_id = \(bind: positionID) AND si.year = \(bind: year)
            ORDER BY si.competency_code
            """
        ).all(decoding: Row.self)
        let thresholds = rows.first?.thresholds
            .flatMap { try? JSONDecoder().decode(GapThresholds.self, from: Data($0.utf8)) } ?? .standard
        func name(_ r: Row) -> (String, CompetencyGroup) {
            if let national = CompetencyDictionary.national(code: r.competency_code) { return (national.name, national.group) }
            return (r.own_name ?? r.competency_code, r.own_group.flatMap(CompetencyGroup.init(rawValue:)) ?? .teknis)
        }
        let items = rows.map { r in
            Item(
                code: r.competency_code, name: name(r).0, group: name(r).1, required: r.required, current: r.current,
                source: r.source.flatMap(AssessmentSource.init(rawValue:)),
                isWeighted: r.current != nil && r.source == nil, assessedOn: r.assessed_on)
        }.sorted { ($0.group.order, $0.code) < ($1.group.order, $1.code) }
        let jpm = GapRules.jpm(items.map { GapItem(code: $0.code, required: $0.required, current: $0.current) },
                               thresholds: thresholds)
        return Profile(year: year, hasStandard: !rows.isEmpty, items: items, jpm: jpm)
    }

    static func history(employeeID: UUID, on db: any Database) async throws -> [HistoryRow] {
        try await (db as! any SQLDatabase).raw(
            """
            SELECT a.competency_code, a.level, a.source, a.assessed_on, a.note, a.evidence_url, s.name AS assessor_name,
                   ev.id AS evidence_id
            FROM assessments a LEFT JOIN employees s ON s.id = a.assessor_id
            LEFT JOIN assessment_evidence ev ON ev.assessment_id = a.id
            WHERE a.employee_id = \(bind: employeeID)
            ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 200
            """
        ).all(decoding: HistoryRow.self)
    }
}

extension CompetencyGroup {
    /// Display order: manajerial, sosial kultural, teknis, pemerintahan.
    var order: Int {
        switch self {
        case .manajerial: return 0
        case .sosialKultural: return 1
        case .teknis: return 2
        case .pemerintahan: return 3
        }
    }
}
