import AsahCore
import Fluent
import SQLKit
import Vapor

enum AuthQueries {
    private struct Row: Decodable {
        var sessionID: UUID
        var userID: UUID
        var username: String
        var displayName: String
        var roles: String
        var agencyID: UUID?
        var employeeID: UUID?
        var agencyCode: String?
        var agencyTimeZone: String?
        var employeeNIP: String?
        var unitPath: String?
        /// The highest unit the account's employee heads by the structure, if any.
        var ledPath: String?
        var grantedUnit: UUID?
        var expiresAt: Date
    }

    /// The user behind a live session or token, in one query, with the session's expiry.
    static func signedIn(tokenHash: String, kind: UserSession.Kind, now: Date, on db: any Database)
        async throws -> (user: SignedInUser, expires: Date)?
    {
        let sql = db.sql
        let row = try await sql.raw(
            """
            SELECT s.id AS session_id, u.id AS user_id, u.username, u.display_name, u.roles, u.agency_id,
                   u.employee_id, a.code AS agency_code, a.time_zone AS agency_time_zone, e.nip AS employee_nip,
                   COALESCE(uu.path, eu.path) AS unit_path, s.expires_at, u.unit_id AS granted_unit,
                   (SELECT h.path FROM units h WHERE h.head_employee_id = u.employee_id
                    ORDER BY length(h.path), h.path LIMIT 1) AS led_path
            FROM user_sessions s
            JOIN users u ON u.id = s.user_id
            LEFT JOIN agencies a ON a.id = u.agency_id
            LEFT JOIN employees e ON e.id = u.employee_id
            LEFT JOIN units uu ON uu.id = u.unit_id
            LEFT JOIN units eu ON eu.id = e.unit_id
            WHERE s.token_hash = \(bind: tokenHash) AND s.kind = \(bind: kind.rawValue)
              AND s.expires_at > \(bind: now) AND u.is_active = \(bind: true)
            """
        ).firstRow(Row.self)
        guard let row else { return nil }
        var roles = Set(row.roles.split(separator: ",").compactMap { Role(rawValue: String($0)) })
        // Holding a unit's head position makes one its unit head (`SupervisionRules`); a unit granted
        // by a manager with the role still comes first.
        var unitPath = row.unitPath
        if let led = row.ledPath {
            if !roles.contains(.unitHead) || row.grantedUnit == nil { unitPath = led }
            roles.insert(.unitHead)
        }
        let user = SignedInUser(
            sessionID: row.sessionID, userID: row.userID, username: row.username, displayName: row.displayName,
            actor: Actor(
                userID: row.userID, roles: roles, agencyID: row.agencyID, employeeID: row.employeeID,
                unitPath: unitPath),
            agencyCode: row.agencyCode, employeeNIP: row.employeeNIP,
            agencyTimeZone: try row.agencyTimeZone.map {
                try IndonesianTimeZone(stored: $0, column: "agencies.time_zone")
            })
        return (user, row.expiresAt)
    }

    /// Starts a session or token for a user; returns the secret to hand out once.
    static func open(userID: UUID, kind: UserSession.Kind, hours: Int, now: Date, on db: any Database) async throws
        -> (token: String, expiresAt: Date)
    {
        let token = Tokens.random()
        let expires = now.addingTimeInterval(TimeInterval(hours * 3600))
        // Expired sessions of this user are removed as new ones open.
        try await UserSession.query(on: db).filter(\.$userID == userID).filter(\.$expiresAt < now).delete()
        try await UserSession(tokenHash: Tokens.hash(token), userID: userID, kind: kind, expiresAt: expires)
            .create(on: db)
        return (token, expires)
    }

    static func close(sessionID: UUID, on db: any Database) async throws {
        try await UserSession.query(on: db).filter(\.$id == sessionID).delete()
    }

    /// Every web session and API token of the user, but `except` (the one making the change).
    static func closeAll(userID: UUID, except: UUID? = nil, on db: any Database) async throws {
        let query = UserSession.query(on: db).filter(\.$userID == userID)
        if let except { query.filter(\.$id != except) }
        try await query.delete()
    }

    /// What the login throttle decides on: failures since the last success of the username (from this
    /// address, and from any), failures from this address for any username, and whether the username
    /// signed in from this address lately.
    static func recentFailures(
        username: String, address: String, policy: LoginThrottlePolicy, now: Date, excluding: UUID, on db: any Database
    ) async throws -> LoginThrottlePolicy.Failures {
        let since = now.addingTimeInterval(-policy.lookBack)
        let attempts = try await LoginAttempt.query(on: db)
            .filter(\.$username == username)
            .filter(\.$attemptedAt > since)
            .filter(\.$id != excluding)
            .sort(\.$attemptedAt, .descending)
            .sort(\.$id, .descending)
            .all()
        func failuresSinceSuccess(_ attempts: [LoginAttempt]) -> [Date] {
            Array(attempts.prefix { !$0.succeeded }.map(\.attemptedAt))
        }
        let fromAddress = try await LoginAttempt.query(on: db)
            .filter(\.$address == address)
            .filter(\.$id != excluding)
            .filter(\.$succeeded == false)
            .filter(\.$attemptedAt > since)
            .all()
            .map(\.attemptedAt)
        let familiar =
            try await LoginAttempt.query(on: db)
            .filter(\.$username == username)
            .filter(\.$address == address)
            .filter(\.$succeeded == true)
            .filter(\.$attemptedAt > now.addingTimeInterval(-policy.familiarFor))
            .first() != nil
        return .init(
            pair: failuresSinceSuccess(attempts.filter { $0.address == address }),
            username: failuresSinceSuccess(attempts), address: fromAddress, familiar: familiar)
    }
}
