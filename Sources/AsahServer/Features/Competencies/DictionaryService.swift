import AsahCore
import Fluent
import Vapor

/// Writes of the agency's technical competencies: one added from the form, or a CSV of them (new codes
/// added, known codes replaced), each with its audit entry in one transaction.
enum DictionaryService {
    static func create(_ v: ValidatedTechnicalCompetency, agencyID: UUID, userID: UUID, on db: any Database)
        async throws
    {
        let competency = TechnicalCompetency()
        competency.agencyID = agencyID
        competency.code = v.code
        competency.name = v.name
        competency.group = v.group.rawValue
        competency.definition = v.definition
        competency.levels = v.levels
        try await WriteTransaction.run(on: db) { tx in
            try await competency.create(on: tx)
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: "create", entity: "competency", entityID: v.code,
                before: nil, after: v.name
            ).create(on: tx)
        }
    }

    static func importRows(
        _ rows: [ValidatedTechnicalCompetency], filename: String, agencyID: UUID, userID: UUID, on db: any Database
    ) async throws {
        try await WriteTransaction.run(on: db) { tx in
            let existing = Dictionary(
                uniqueKeysWithValues: try await TechnicalCompetency.query(on: tx).filter(\.$agencyID == agencyID).all()
                    .map { ($0.code, $0) })
            for v in rows {
                let c = existing[v.code] ?? TechnicalCompetency()
                c.agencyID = agencyID
                c.code = v.code
                c.name = v.name
                c.group = v.group.rawValue
                c.definition = v.definition
                c.levels = v.levels
                try await c.save(on: tx)
            }
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: "import", entity: "competency", entityID: nil,
                before: nil, after: "\(rows.count) kompetensi teknis dari \(filename)"
            ).create(on: tx)
        }
    }
}
