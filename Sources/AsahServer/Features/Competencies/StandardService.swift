import AsahCore
import Fluent
import SQLKit
import Vapor

/// Writes of job competency standards (SKJ): replacing one, and creating the missing ones of a year.
enum StandardService {
    /// Replaces the standard of one position and year (items and status), with an audit entry.
    static func put(
        agencyID: UUID, positionID: UUID, year: Int, items: [StandardRules.Item], status: CompetencyStandard.Status,
        userID: UUID?, on db: any Database
    ) async throws {
        try await WriteTransaction.run(on: db) { tx in
            let before = try await StandardQueries.load(positionID: positionID, year: year, on: tx)
            let id = try before.standard?.requireID() ?? IDs.make()
            let sql = tx.sql
            if let standard = before.standard {
                standard.status = status.rawValue
                try await standard.save(on: tx)
                try await sql.raw("DELETE FROM standard_items WHERE standard_id = \(bind: id)").run()
            } else {
                try await CompetencyStandard(
                    id: id, agencyID: agencyID, positionID: positionID, year: year, status: status
                )
                .create(on: tx)
            }
            try await insertItems(
                items, standardID: id, agencyID: agencyID, positionID: positionID, year: year, on: sql)
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: before.standard == nil ? "create" : "update",
                entity: "competency_standard", entityID: id.uuidString, before: describe(before.items),
                after: "\(status.rawValue) " + describe(items)
            ).create(on: tx)
        }
    }

    /// One standard's items to other positions of the agency, as drafts: all of them or none (each
    /// `put` joins this one transaction).
    static func copy(
        _ items: [StandardRules.Item], to positionIDs: [UUID], agencyID: UUID, year: Int, userID: UUID?,
        on db: any Database
    ) async throws {
        try await WriteTransaction.run(on: db) { tx in
            for positionID in positionIDs {
                try await put(
                    agencyID: agencyID, positionID: positionID, year: year, items: items, status: .draft,
                    userID: userID, on: tx)
            }
        }
    }

    static func insertItems(
        _ items: [StandardRules.Item], standardID: UUID, agencyID: UUID, positionID: UUID, year: Int,
        on sql: any SQLDatabase
    ) async throws {
        try await BulkInsert.run(
            "standard_items",
            columns: ["id", "agency_id", "standard_id", "position_id", "year", "competency_code", "level"],
            rows: items.map {
                [
                    .id(IDs.make()), .id(agencyID), .id(standardID), .id(positionID), .int(year), .text($0.code),
                    .int($0.level),
                ]
            }, on: sql)
    }

    /// Gives every position of the agency without a standard for `year` one: a copy of last year's
    /// when there is one, else the agency's defaults for its kind. Returns how many were created.
    static func createMissing(agencyID: UUID, year: Int, userID: UUID?, on db: any Database) async throws -> Int {
        let defaults = try await AgencySettings.standardDefaults(agencyID, on: db)
        return try await WriteTransaction.run(on: db) { tx in
            let sql = tx.sql
            struct Row: Decodable { var id: UUID; var kind: String; var jenjang: String? }
            let missing = try await sql.raw(
                """
                SELECT p.id, p.kind, p.jenjang FROM positions p
                WHERE p.agency_id = \(bind: agencyID) AND NOT EXISTS (
                  SELECT 1 FROM competency_standards s WHERE s.position_id = p.id AND s.year = \(bind: year))
                """
            ).rows(Row.self)
            struct Prior: Decodable { var positionID: UUID; var competencyCode: String; var level: Int }
            let prior = Dictionary(
                grouping: try await sql.raw(
                    """
                    SELECT position_id, competency_code, level FROM standard_items
                    WHERE agency_id = \(bind: agencyID) AND year = \(bind: year - 1)
                    """
                ).rows(Prior.self), by: \.positionID)
            for position in missing {
                let id = IDs.make()
                try await CompetencyStandard(
                    id: id, agencyID: agencyID, positionID: position.id, year: year, status: .draft
                )
                .create(on: tx)
                let items =
                    try prior[position.id].map {
                        $0.map { StandardRules.Item(code: $0.competencyCode, level: $0.level) }
                    }
                    ?? StandardRules.defaults(
                        kind: try PositionKind(stored: position.kind, column: "kind"),
                        jenjang: position.jenjang.flatMap(FungsionalJenjang.init(rawValue:)), defaults)
                try await insertItems(
                    items, standardID: id, agencyID: agencyID, positionID: position.id, year: year, on: sql)
            }
            if !missing.isEmpty {
                try await AuditEntry(
                    agencyID: agencyID, userID: userID, action: "create", entity: "competency_standard", entityID: nil,
                    before: nil, after: "\(missing.count) standar \(year) dibuat dari tahun lalu atau nilai bawaan"
                ).create(on: tx)
            }
            return missing.count
        }
    }

    static func describe(_ items: [StandardRules.Item]) -> String {
        items.map { "\($0.code)=\($0.level)" }.joined(separator: ",")
    }
}
