import AsahCore
import Fluent
import Foundation
import SQLKit

/// Records a change of an employee's employment state, in one transaction: the state and its date, the
/// audit entry, the account of someone who has left made inactive with every session ended, and unit
/// heads and supervisors derived again (a head on study leave or retired heads nothing).
enum EmploymentService {
    /// Returns false when the employee already had this state since this day (nothing written).
    @discardableResult
    static func change(
        _ e: EmployeeQueries.Detail, to change: EmploymentChange, userID: UUID?, cache: SessionCache? = nil,
        on db: any Database
    ) async throws -> Bool {
        let before = "\(e.employmentState) \(e.employmentSince ?? "-")"
        let after = "\(change.state.rawValue) \(change.since.iso)"
        guard before != after else { return false }
        let closed = try await WriteTransaction.run(on: db) { tx -> [UUID] in
            try await tx.sql.raw(
                """
                UPDATE employees SET employment_state = \(bind: change.state.rawValue),
                       employment_since = \(bind: change.since.iso), updated_at = \(bind: WriteTime.now)
                WHERE id = \(bind: e.id)
                """
            ).run()
            var closed: [UUID] = []
            if change.state.hasLeft {
                closed = try await closeAccounts(of: e.id, on: tx)
                try await releaseChosenSupervisor([e.id], on: tx)
            }
            try await AuditEntry(
                agencyID: e.agencyID, userID: userID, action: "update", entity: "employment", entityID: e.id.uuidString,
                before: before, after: after
            ).create(on: tx)
            try await Supervision.refresh(agencyID: e.agencyID, on: tx)
            return closed
        }
        for user in closed { cache?.remove(userID: user) }
        return true
    }

    /// People whose hand-chosen supervisor has left go back to the structure.
    static func releaseChosenSupervisor(_ gone: [UUID], on db: any Database) async throws {
        for chunk in gone.chunks(of: 500) {
            try await db.sql.raw(
                """
                UPDATE employees SET supervisor_override = \(bind: false)
                WHERE supervisor_override = \(bind: true) AND supervisor_id IN (\(binds: Array(chunk)))
                """
            ).run()
        }
    }

    /// Several of the agency's people confirmed as gone at once (after an import that lacked them), in one
    /// transaction; NIPs of nobody here, or of someone already gone, are skipped. Returns how many changed.
    static func leave(
        nips: [String], agencyID: UUID, change: EmploymentChange, userID: UUID, cache: SessionCache? = nil,
        on db: any Database
    ) async throws -> Int {
        let gone = EmploymentState.leftValues
        let (count, closed) = try await WriteTransaction.run(on: db) { tx -> (Int, [UUID]) in
            struct Row: Decodable { var id: UUID }
            var ids: [UUID] = []
            for chunk in nips.chunks(of: 500) {
                ids += try await tx.sql.raw(
                    """
                    UPDATE employees SET employment_state = \(bind: change.state.rawValue),
                           employment_since = \(bind: change.since.iso), updated_at = \(bind: WriteTime.now)
                    WHERE agency_id = \(bind: agencyID) AND nip IN (\(binds: Array(chunk)))
                      AND employment_state NOT IN (\(binds: gone))
                    RETURNING id
                    """
                ).rows(Row.self).map(\.id)
            }
            var closed: [UUID] = []
            for id in ids { closed += try await closeAccounts(of: id, on: tx) }
            try await releaseChosenSupervisor(ids, on: tx)
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: "update", entity: "employment", entityID: nil,
                before: nil,
                after:
                    "{\"state\":\"\(change.state.rawValue)\",\"since\":\"\(change.since.iso)\",\"employees\":\(ids.count)}"
            ).create(on: tx)
            try await Supervision.refresh(agencyID: agencyID, on: tx)
            return (ids.count, closed)
        }
        for user in closed { cache?.remove(userID: user) }
        return count
    }

    /// Someone who has left signs in no more; the account stays (deactivated, never deleted). Returns
    /// the accounts closed, for the caller to drop from the session cache once committed.
    @discardableResult
    static func closeAccounts(of employeeID: UUID, on db: any Database) async throws -> [UUID] {
        let users = try await User.query(on: db).filter(\.$employeeID == employeeID).all()
        for user in users {
            user.isActive = false
            try await user.save(on: db)
            try await AuthQueries.closeAll(userID: try user.requireID(), on: db)
        }
        return try users.map { try $0.requireID() }
    }
}
