import AsahCore
import Fluent
import Foundation
import SQLKit

/// Reads behind the account pages and API: SQL over a database, never a request.
enum AccountQueries {
    /// Which of these employees already have an account.
    static func employeesWithAccounts(_ ids: [UUID], on db: any Database) async throws -> Set<UUID> {
        guard !ids.isEmpty else { return [] }
        struct Row: Decodable { var employeeID: UUID }
        var out = Set<UUID>()
        for start in stride(from: 0, to: ids.count, by: 900) {
            let chunk = Array(ids[start..<min(start + 900, ids.count)])
            let rows = try await db.sql.raw("SELECT employee_id FROM users WHERE employee_id IN (\(binds: chunk))")
                .rows(Row.self)
            out.formUnion(rows.map(\.employeeID))
        }
        return out
    }

    /// Which of these login names are taken.
    static func takenUsernames(_ names: [String], on db: any Database) async throws -> Set<String> {
        guard !names.isEmpty else { return [] }
        struct Row: Decodable { var username: String }
        var out = Set<String>()
        for start in stride(from: 0, to: names.count, by: 900) {
            let chunk = Array(names[start..<min(start + 900, names.count)])
            let rows = try await db.sql.raw("SELECT username FROM users WHERE username IN (\(binds: chunk))")
                .rows(Row.self)
            out.formUnion(rows.map(\.username))
        }
        return out
    }

    /// Counted in SQL: `roles` is a comma-separated list, so the role is matched between commas.
    static func activeManagers(_ agencyID: UUID, on db: any Database) async throws -> Int {
        try await db.sql.raw(
            """
            SELECT COUNT(*) AS n FROM users WHERE agency_id = \(bind: agencyID) AND is_active = \(bind: true)
            AND (',' || roles || ',') LIKE \(bind: "%," + Role.manager.rawValue + ",%")
            """
        ).firstRow(CountRow.self)?.n ?? 0
    }

    /// A unit of the agency named by id in a form or body: nil when none was named or it is not the
    /// agency's (`named` tells the caller whether something was sent).
    static func unit(_ raw: String?, of agencyID: UUID?, on db: any Database) async throws -> (id: UUID?, named: Bool) {
        guard let raw, !raw.isEmpty else { return (nil, false) }
        guard let agencyID, let id = UUID(uuidString: raw), let unit = try await Unit.find(id, on: db),
            unit.agencyID == agencyID
        else { return (nil, true) }
        return (unit.id, true)
    }

    /// The employees of the agency who may get an account: one NIP, a unit and its sub-units, or all.
    static func candidates(
        agencyID: UUID, nip: String? = nil, unitPath: String? = nil, on db: any Database
    ) async throws -> [AccountService.Candidate] {
        var query: SQLQueryString = """
            SELECT e.id, e.nip, e.name, u.name AS unit_name FROM employees e LEFT JOIN units u ON u.id = e.unit_id
            WHERE e.agency_id = \(bind: agencyID)
            """
        if let nip { query = query + " AND e.nip = \(bind: nip)" }
        if let unitPath { query = query + " AND u.path LIKE \(bind: unitPath + "%")" }
        return try await db.sql.raw(query + " ORDER BY u.name, e.name, e.nip").rows(AccountService.Candidate.self)
    }

    /// The NIP and unit of an account's employee, for its slip.
    static func person(of user: User, on db: any Database) async throws -> AccountService.Candidate? {
        guard let id = user.employeeID else { return nil }
        return try await db.sql.raw(
            """
            SELECT e.id, e.nip, e.name, u.name AS unit_name FROM employees e LEFT JOIN units u ON u.id = e.unit_id
            WHERE e.id = \(bind: id)
            """
        ).firstRow(AccountService.Candidate.self)
    }

    /// One account of the agency's list.
    struct Listed: Decodable, Sendable {
        var username: String
        var displayName: String
        var roles: String
        var isActive: Bool
        var awaitsActivation: Bool
        var activationExpiresAt: Date?
        var nip: String?
        var unitName: String?
        var ledUnitName: String?
    }

    /// The agency's accounts, by name; `search` matches name, login name or NIP.
    static func list(agencyID: UUID, search: String?, page: Paging, on db: any Database) async throws
        -> (items: [Listed], total: Int)
    {
        var filter: SQLQueryString = "WHERE us.agency_id = \(bind: agencyID)"
        if let search, !search.isEmpty {
            let like = "%" + search.lowercased() + "%"
            filter =
                filter
                + " AND (LOWER(us.display_name) LIKE \(bind: like) OR us.username LIKE \(bind: like) OR e.nip LIKE \(bind: like))"
        }
        let total =
            try await db.sql.raw("SELECT COUNT(*) AS n " + from + " " + filter).firstRow(CountRow.self)?.n ?? 0
        let items = try await db.sql.raw(
            select + " " + filter
                + " ORDER BY us.display_name, us.username LIMIT \(literal: page.per) OFFSET \(literal: page.offset)"
        ).rows(Listed.self)
        return (items, total)
    }

    /// One account as the list shows it.
    static func one(username: String, on db: any Database) async throws -> Listed? {
        try await db.sql.raw(select + " WHERE us.username = \(bind: username)").firstRow(Listed.self)
    }

    private static let from: SQLQueryString = """
        FROM users us LEFT JOIN employees e ON e.id = us.employee_id LEFT JOIN units u ON u.id = e.unit_id
        LEFT JOIN units lu ON lu.id = us.unit_id
        """

    private static let select: SQLQueryString =
        """
        SELECT us.username, us.display_name, us.roles, us.is_active,
        (us.password_hash = '') AS awaits_activation, us.activation_expires_at,
        e.nip, u.name AS unit_name, lu.name AS led_unit_name
        """ + " " + from

    /// How many of the agency's employees have no account yet.
    static func withoutAccount(agencyID: UUID, on db: any Database) async throws -> Int {
        try await db.sql.raw(
            """
            SELECT COUNT(*) AS n FROM employees e WHERE e.agency_id = \(bind: agencyID)
            AND NOT EXISTS (SELECT 1 FROM users us WHERE us.employee_id = e.id)
            """
        ).firstRow(CountRow.self)?.n ?? 0
    }
}
