import AsahCore
import Fluent
import Foundation
import SQLKit

/// Reads of mutasi requests: one by id, an agency's (asked by it or of it), and who holds a NIP now.
enum TransferQueries {
    struct Row: Decodable, Sendable {
        var id: UUID
        var employeeID: UUID
        var nip: String
        var fromAgencyID: UUID
        var toAgencyID: UUID
        /// An unknown stored state fails the read, never passes for a pending one.
        var state: TransferState
        var requestedAt: Date
        var decidedAt: Date?
        var reason: String?
        var fromCode: String
        var fromName: String
        var toCode: String
        var toName: String
        var employeeName: String
    }

    private static let select: SQLQueryString = """
        SELECT t.id, t.employee_id, t.nip, t.from_agency_id, t.to_agency_id, t.state, t.requested_at, t.decided_at,
               t.reason, fa.code AS from_code, fa.name AS from_name, ta.code AS to_code, ta.name AS to_name,
               e.name AS employee_name
        FROM transfers t
        JOIN agencies fa ON fa.id = t.from_agency_id
        JOIN agencies ta ON ta.id = t.to_agency_id
        JOIN employees e ON e.id = t.employee_id
        """

    static func find(_ id: UUID, on db: any Database) async throws -> Row? {
        try await db.sql.raw(select + " WHERE t.id = \(bind: id)").firstRow(Row.self)
    }

    /// The agency's requests, both ways, waiting ones first, newest first; at most `limit`.
    static func list(agencyID: UUID, limit: Int, on db: any Database) async throws -> [Row] {
        try await db.sql.raw(
            select
                + """
                 WHERE t.from_agency_id = \(bind: agencyID) OR t.to_agency_id = \(bind: agencyID)
                ORDER BY CASE WHEN t.state = \(bind: TransferState.pending.rawValue) THEN 0 ELSE 1 END,
                         t.requested_at DESC
                LIMIT \(literal: limit)
                """
        ).rows(Row.self)
    }

    struct Holder: Decodable, Sendable {
        var id: UUID
        var agencyID: UUID
        var employmentState: String

        var facts: TransferRules.Holder {
            .init(agencyID: agencyID, state: EmploymentState(rawValue: employmentState) ?? .aktif)
        }
    }

    static func holder(nip: String, on db: any Database) async throws -> Holder? {
        try await db.sql.raw("SELECT id, agency_id, employment_state FROM employees WHERE nip = \(bind: nip)")
            .firstRow(Holder.self)
    }

    static func holder(id: UUID, on db: any Database) async throws -> Holder? {
        try await db.sql.raw("SELECT id, agency_id, employment_state FROM employees WHERE id = \(bind: id)")
            .firstRow(Holder.self)
    }

    static func pending(employeeID: UUID, to agencyID: UUID, on db: any Database) async throws -> Bool {
        try await db.sql.raw(
            """
            SELECT COUNT(*) AS n FROM transfers WHERE employee_id = \(bind: employeeID)
              AND to_agency_id = \(bind: agencyID) AND state = \(bind: TransferState.pending.rawValue)
            """
        ).firstRow(CountRow.self)?.n ?? 0 > 0
    }

    /// How many requests wait for this agency's decision.
    static func waiting(agencyID: UUID, on db: any Database) async throws -> Int {
        try await db.sql.raw(
            """
            SELECT COUNT(*) AS n FROM transfers
            WHERE from_agency_id = \(bind: agencyID) AND state = \(bind: TransferState.pending.rawValue)
            """
        ).firstRow(CountRow.self)?.n ?? 0
    }
}
