import AsahCore
import Fluent
import SQLKit
import Vapor

/// Writes of the organisation forms: an employee, a position, a unit (moving a unit moves its subtree),
/// each with its audit entry in one transaction.
enum OrganizationService {
    /// `structureChanged` when the employee's unit, position or chosen supervisor changed: then unit heads
    /// and supervisors are derived again in the same transaction.
    static func save(_ employee: Employee, isNew: Bool, structureChanged: Bool, userID: UUID, on db: any Database)
        async throws
    {
        try await WriteTransaction.run(on: db) { tx in
            try await employee.save(on: tx)
            try await audit(
                on: tx, userID: userID, agencyID: employee.agencyID, action: isNew ? "create" : "update",
                entity: "employee", id: employee.id, after: employee.nip)
            if structureChanged { try await Supervision.refresh(agencyID: employee.agencyID, on: tx) }
        }
    }

    static func save(_ position: Position, isNew: Bool, userID: UUID, on db: any Database) async throws {
        try await WriteTransaction.run(on: db) { tx in
            try await position.save(on: tx)
            try await audit(
                on: tx, userID: userID, agencyID: position.agencyID, action: isNew ? "create" : "update",
                entity: "position", id: position.id, after: position.name)
            try await Supervision.refresh(agencyID: position.agencyID, on: tx)
        }
    }

    /// A new unit under `parent`, or `existing` renamed or moved (with every unit below it).
    static func saveUnit(
        _ existing: Unit?, name: String, code: String, parent: Unit?, headPosition: UUID? = nil, agencyID: UUID,
        userID: UUID, on db: any Database
    ) async throws {
        try await WriteTransaction.run(on: db) { tx in
            if let existing {
                let oldPath = existing.path
                let newPath = Unit.path(id: try existing.requireID(), parentPath: parent?.path)
                existing.name = name
                existing.code = code.isEmpty ? nil : code
                existing.parentID = parent?.id
                existing.path = newPath
                existing.headPositionID = headPosition
                try await existing.save(on: tx)
                if oldPath != newPath {
                    // Move the whole subtree: rewrite the prefix of every descendant's path.
                    try await tx.sql.raw(
                        """
                        UPDATE units SET path = CAST(\(bind: newPath) AS TEXT) || substr(path, CAST(\(bind: oldPath.count + 1) AS INTEGER))
                        WHERE agency_id = \(bind: agencyID) AND path LIKE \(bind: Like.prefix(oldPath)) ESCAPE '!'
                          AND id <> \(bind: try existing.requireID())
                        """
                    ).run()
                }
                try await audit(
                    on: tx, userID: userID, agencyID: agencyID, action: "update", entity: "unit", id: existing.id,
                    after: name)
            } else {
                let id = UUID()
                try await Unit(
                    id: id, agencyID: agencyID, parentID: parent?.id, name: name, code: code.isEmpty ? nil : code,
                    parentPath: parent?.path
                )
                .create(on: tx)
                try await audit(
                    on: tx, userID: userID, agencyID: agencyID, action: "create", entity: "unit", id: id, after: name)
            }
            try await Supervision.refresh(agencyID: agencyID, on: tx)
        }
    }

    /// The agency's time zone, with its audit entry.
    /// The agency's own settings: its time zone and how many days a new activation code works.
    static func saveSettings(
        zone: IndonesianTimeZone, activationDays: Int, of agency: Agency, userID: UUID, on db: any Database
    ) async throws {
        let agencyID = try agency.requireID()
        let before =
            "\(agency.timeZone.rawValue), kode aktivasi \(try await AgencySettings.activationDays(agencyID, on: db)) hari"
        try await WriteTransaction.run(on: db) { tx in
            agency.timeZone = zone
            try await agency.save(on: tx)
            try await AgencySettings.save(activationDays, .activationDays, agencyID: agencyID, on: tx)
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: "update", entity: "agency_settings",
                entityID: agencyID.uuidString, before: before,
                after: "\(zone.rawValue), kode aktivasi \(activationDays) hari"
            ).create(on: tx)
        }
    }

    static func audit(
        on db: any Database, userID: UUID, agencyID: UUID, action: String, entity: String, id: UUID?, after: String
    ) async throws {
        try await AuditEntry(
            agencyID: agencyID, userID: userID, action: action, entity: entity, entityID: id?.uuidString,
            before: nil, after: after
        ).create(on: db)
    }
}
