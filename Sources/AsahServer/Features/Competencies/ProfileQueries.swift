import AsahCore
import Fluent
import PostgresKit
import SQLKit
import SQLiteKit
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
        var competencyCode: String
        var level: Int
        var source: String
        var assessedOn: String
        var note: String?
        var evidenceURL: String?
        var assessorName: String?
        var evidenceID: UUID?
        /// The agency that assessed, when another than the employee's own (after a mutasi).
        var assessedAt: String?
    }

    struct EvidenceFile: Decodable, Sendable {
        var filename: String
        var contentType: String
        var content: Data
    }

    static func evidence(id: UUID, employeeID: UUID, on db: any Database) async throws -> EvidenceFile? {
        try await db.sql.raw(
            """
            SELECT filename, content_type, content FROM assessment_evidence
            WHERE id = \(bind: id) AND employee_id = \(bind: employeeID)
            """
        ).firstRow(EvidenceFile.self)
    }

    /// One line of a profile query: a standard item with the holder's current level, the agency's own
    /// competency name and its JPM thresholds.
    struct ItemRow: Decodable {
        var competencyCode: String?
        var required: Int?
        var current: Int?
        var source: String?
        var assessedOn: String?
        var ownName: String?
        var ownGroup: String?
        var thresholds: String?
    }

    /// The columns and joins both profile queries share; `e` is the employee, `year` bound by the caller.
    static let itemColumns = """
        si.competency_code, si.level AS required, cl.level AS current, cl.source, cl.assessed_on,
        c.name AS own_name, c."group" AS own_group,
        (SELECT s.value FROM agency_settings s WHERE s.agency_id = e.agency_id
           AND s.key = '\(AgencySettings.Key.gapThresholds.rawValue)') AS thresholds
        """
    static let itemJoins = """
        LEFT JOIN current_levels cl ON cl.employee_id = e.id AND cl.competency_code = si.competency_code
        LEFT JOIN competencies c ON c.agency_id = e.agency_id AND c.code = si.competency_code
        """

    static func profile(
        employeeID: UUID, agencyID: UUID, positionID: UUID?, year: Int, on db: any Database
    ) async throws -> Profile {
        guard let positionID else { return Profile(year: year, hasStandard: false, items: [], jpm: nil) }
        // One query: the standard, the current levels, the agency's own competency names and its
        // JPM thresholds (a profile is read far more often than anything else).
        let rows = try await db.sql.raw(
            """
            SELECT \(unsafeRaw: itemColumns)
            FROM standard_items si JOIN employees e ON e.id = \(bind: employeeID)
            \(unsafeRaw: itemJoins)
            WHERE si.position_id = \(bind: positionID) AND si.year = \(bind: year)
            """
        ).rows(ItemRow.self)
        return build(rows, year: year)
    }

    /// Who a profile belongs to, as much as the access policy and the API need.
    struct Subject: Decodable, Sendable {
        var id: UUID
        var agencyID: UUID
        var nip: String
        var supervisorID: UUID?
        var unitPath: String?
        var positionName: String?

        var facts: EmployeeFacts {
            EmployeeFacts(employeeID: id, agencyID: agencyID, unitPath: unitPath, supervisorID: supervisorID)
        }
    }

    /// The employee with this NIP and their profile for a year, in one query (the API's hot path:
    /// one line per standard item, or one line of nulls when the position has no standard).
    static func profile(nip: String, year: Int, on db: any Database) async throws -> (Subject, Profile)? {
        let statement = ProfileStatement(nip: nip, year: year)
        let lines: [ProfileStatement.Line]
        if let pg = db as? any PostgresDatabase {
            lines = try await statement.run(on: pg)
        } else if let sqlite = db as? any SQLiteDatabase {
            lines = try await statement.run(on: sqlite)
        } else {
            throw Abort(.internalServerError, reason: "Unsupported database driver.")
        }
        guard let first = lines.first else { return nil }
        return (first.subject, build(lines.map(\.item), year: year))
    }

    /// The columns and joins of `Subject`, first in the one-query profile (ProfileStatement relies on the order).
    static let subjectColumns =
        "e.id, e.agency_id, e.nip, e.supervisor_id, u.path AS unit_path, p.name AS position_name"
    static let subjectJoins = """
        FROM employees e
        LEFT JOIN units u ON u.id = e.unit_id
        LEFT JOIN positions p ON p.id = e.position_id
        """

    private static func build(_ rows: [ItemRow], year: Int) -> Profile {
        let thresholds =
            rows.first?.thresholds
            .flatMap { try? JSONDecoder().decode(GapThresholds.self, from: Data($0.utf8)) } ?? .standard
        let items = rows.compactMap { r -> Item? in
            guard let code = r.competencyCode, let required = r.required else { return nil }
            let (name, group): (String, CompetencyGroup)
            if let national = CompetencyDictionary.national(code: code) {
                (name, group) = (national.name, national.group)
            } else {
                (name, group) = (r.ownName ?? code, r.ownGroup.flatMap(CompetencyGroup.init(rawValue:)) ?? .teknis)
            }
            return Item(
                code: code, name: name, group: group, required: required, current: r.current,
                source: r.source.flatMap(AssessmentSource.init(rawValue:)),
                isWeighted: r.current != nil && r.source == nil, assessedOn: r.assessedOn)
        }.sorted { ($0.group.order, $0.code) < ($1.group.order, $1.code) }
        let jpm = GapRules.jpm(
            items.map { GapItem(code: $0.code, required: $0.required, current: $0.current) },
            thresholds: thresholds)
        return Profile(year: year, hasStandard: !items.isEmpty, items: items, jpm: jpm)
    }

    static func history(employeeID: UUID, on db: any Database) async throws -> [HistoryRow] {
        try await db.sql.raw(
            """
            SELECT a.competency_code, a.level, a.source, a.assessed_on, a.note, a.evidence_url, s.name AS assessor_name,
                   ev.id AS evidence_id, oa.name AS assessed_at
            FROM assessments a LEFT JOIN employees s ON s.id = a.assessor_id
            LEFT JOIN agencies oa ON oa.id = a.origin_agency_id
            LEFT JOIN assessment_evidence ev ON ev.assessment_id = a.id
            WHERE a.employee_id = \(bind: employeeID)
            ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 200
            """
        ).rows(HistoryRow.self)
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
