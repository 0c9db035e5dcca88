import AsahCore
import Fluent
import SQLKit
import Vapor

/// The writes of accounts: opening them for employees with a one-time activation code, activating,
/// changing and resetting passwords, and changing roles. Every change is in the audit log; an
/// account is deactivated, never deleted.
enum AccountService {
    /// What a new or reset account's owner is handed on paper.
    struct Slip: Sendable, Equatable {
        var username: String
        var name: String
        var nip: String?
        var unitName: String?
        var code: String
        var expiresAt: Date
    }

    /// An employee who may get an account.
    struct Candidate: Decodable, Sendable {
        var id: UUID
        var nip: String
        var name: String
        var unitName: String?
    }

    enum Refusal: Error, Equatable {
        case alreadyHasAccount
        case usernameTaken
        case invalid([String: String])
        case lastManager
        case notAllowed
    }

    /// Accounts for those `candidates` of the agency who have none yet, in one transaction: the NIP as
    /// login name, `roles` (and the unit a unit head leads), a fresh activation code each, valid for the
    /// agency's days. Those who already have an account are counted in `skipped` and left as they are.
    /// The agency's row is taken first, so two managers opening accounts at once wait for each other
    /// (on PostgreSQL; SQLite has one writer) and nobody gets two accounts.
    static func open(
        _ candidates: [Candidate], roles: Set<Role>, unitID: UUID?, agencyID: UUID, byUser: UUID?, now: Date,
        on db: any Database
    ) async throws -> (slips: [Slip], skipped: Int) {
        let days = try await AgencySettings.activationDays(agencyID, on: db)
        let expires = ActivationRules.expiry(issued: now, days: days)
        return try await WriteTransaction.run(on: db) { tx in
            try await tx.sql.raw(
                "UPDATE agencies SET updated_at = \(bind: WriteTime.now) WHERE id = \(bind: agencyID)"
            ).run()
            let taken = try await AccountQueries.employeesWithAccounts(candidates.map(\.id), on: tx)
            let names = try await AccountQueries.takenUsernames(candidates.map(\.nip), on: tx)
            var slips: [Slip] = []
            var rows: [[BulkInsert.Cell]] = []
            let stamp = WriteTime.now
            let ledUnit = roles.contains(.unitHead) ? unitID : nil
            for c in candidates where !taken.contains(c.id) {
                guard !names.contains(c.nip) else { throw Refusal.usernameTaken }
                let code = ActivationRules.newCode()
                rows.append([
                    .id(IDs.make()), .text(c.nip), .text(""), .text(c.name), .text(User.encode(roles)), .id(agencyID),
                    .id(c.id), .id(ledUnit), .bool(true), .text(hash(code)), .time(expires), .time(stamp),
                    .time(stamp),
                ])
                slips.append(
                    Slip(
                        username: c.nip, name: c.name, nip: c.nip, unitName: c.unitName, code: code, expiresAt: expires)
                )
            }
            // One statement per few hundred accounts: a whole agency opens in seconds.
            try await BulkInsert.run(
                "users",
                columns: [
                    "id", "username", "password_hash", "display_name", "roles", "agency_id", "employee_id", "unit_id",
                    "is_active", "activation_hash", "activation_expires_at", "created_at", "updated_at",
                ], rows: rows, on: tx.sql)
            if !slips.isEmpty {
                try await AuditEntry(
                    agencyID: agencyID, userID: byUser, action: "create", entity: "user",
                    entityID: slips.count == 1 ? slips[0].username : nil, before: nil,
                    after: "\(slips.count) akun (\(User.encode(roles)))"
                ).create(on: tx)
            }
            return (slips, candidates.count - slips.count)
        }
    }

    /// An account for someone who is not in the agency's employee data (a widyaiswara from outside, an
    /// operator): a chosen login name, facilitator or manager roles, and an activation code.
    static func openNamed(
        username: String, name: String, roles: Set<Role>, agencyID: UUID, byUser: UUID?, now: Date,
        on db: any Database
    ) async throws -> Slip {
        var problems = AccountRules.problems(roles: roles, hasEmployee: false, hasUnit: false)
        if !AccountRules.isValidChosenUsername(username) { problems["username"] = AccountRules.chosenUsernameMessage }
        let displayName = name.trimmingCharacters(in: .whitespaces)
        if displayName.count < 3 || displayName.count > 120 { problems["name"] = "Isi nama pemilik akun." }
        guard problems.isEmpty else { throw Refusal.invalid(problems) }
        let days = try await AgencySettings.activationDays(agencyID, on: db)
        let code = ActivationRules.newCode()
        let expires = ActivationRules.expiry(issued: now, days: days)
        try await uniqueName {
            try await WriteTransaction.run(on: db) { tx in
                guard try await User.query(on: tx).filter(\.$username == username).count() == 0 else {
                    throw Refusal.invalid(["username": "Nama pengguna ini sudah dipakai."])
                }
                let user = User(
                    username: username, passwordHash: "", displayName: displayName, roles: roles, agencyID: agencyID)
                user.activationHash = hash(code)
                user.activationExpiresAt = expires
                try await user.create(on: tx)
                try await AuditEntry(
                    agencyID: agencyID, userID: byUser, action: "create", entity: "user", entityID: username,
                    before: nil, after: "1 akun tanpa NIP (\(User.encode(roles)))"
                ).create(on: tx)
            }
        }
        return Slip(username: username, name: displayName, nip: nil, unitName: nil, code: code, expiresAt: expires)
    }

    /// A login name taken by a write that committed between the check and the insert is the same
    /// refusal as one taken before.
    static func uniqueName<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Refusal.invalid(["username": "Nama pengguna ini sudah dipakai."])
        }
    }

    /// A new activation code for an account, ending its sessions and tokens: the old password and any
    /// earlier code stop working at once.
    static func reset(_ user: User, byUser: UUID?, now: Date, app: Application, on db: any Database) async throws
        -> Slip
    {
        var days = ActivationRules.defaultDays
        if let agencyID = user.agencyID { days = try await AgencySettings.activationDays(agencyID, on: db) }
        let code = ActivationRules.newCode()
        let expires = ActivationRules.expiry(issued: now, days: days)
        let userID = try user.requireID()
        try await WriteTransaction.run(on: db) { tx in
            try await tx.sql.raw(
                """
                UPDATE users SET password_hash = '', activation_hash = \(bind: hash(code)),
                activation_expires_at = \(bind: expires), updated_at = \(bind: WriteTime.now) WHERE id = \(bind: userID)
                """
            ).run()
            try await AuthQueries.closeAll(userID: userID, on: tx)
            try await AuditEntry(
                agencyID: user.agencyID, userID: byUser, action: "reset_password", entity: "user",
                entityID: user.username, before: nil, after: nil
            ).create(on: tx)
        }
        app.sessionCache.remove(userID: userID)
        let person = try await AccountQueries.person(of: user, on: db)
        return Slip(
            username: user.username, name: user.displayName, nip: person?.nip, unitName: person?.unitName, code: code,
            expiresAt: expires)
    }

    /// The owner sets their own password (after activation or when changing it); sessions elsewhere end.
    static func setPassword(
        _ password: String, of user: User, keepingSession: UUID?, now: Date, app: Application, on db: any Database
    ) async throws {
        let hashed = try await app.slowHasher.hash(password)
        let userID = try user.requireID()
        let activating = user.awaitsActivation
        try await WriteTransaction.run(on: db) { tx in
            try await tx.sql.raw(
                """
                UPDATE users SET password_hash = \(bind: hashed), activation_hash = NULL, activation_expires_at = NULL,
                password_changed_at = \(bind: now), updated_at = \(bind: WriteTime.now) WHERE id = \(bind: userID)
                """
            ).run()
            try await AuthQueries.closeAll(userID: userID, except: keepingSession, on: tx)
            try await AuditEntry(
                agencyID: user.agencyID, userID: userID, action: activating ? "activate" : "change_password",
                entity: "user", entityID: user.username, before: nil, after: nil
            ).create(on: tx)
        }
        app.sessionCache.remove(userID: userID)
    }

    /// Roles, the unit a unit head leads, and whether the account may sign in, checked against the
    /// rules and the agency's last active manager; sessions end when the account is deactivated.
    static func update(
        _ user: User, roles: Set<Role>, unitID: UUID?, active: Bool, byUser: UUID?, app: Application,
        on db: any Database
    ) async throws {
        let problems = AccountRules.problems(
            roles: roles, hasEmployee: user.employeeID != nil, hasUnit: unitID != nil)
        guard problems.isEmpty else { throw Refusal.invalid(problems) }
        let userID = try user.requireID()
        let before = "\(user.rolesText) unit=\(user.unitID?.uuidString ?? "-") aktif=\(user.isActive)"
        try await WriteTransaction.run(on: db) { tx in
            if let agencyID = user.agencyID {
                let managers = try await AccountQueries.activeManagers(agencyID, on: tx)
                if AccountRules.removesLastManager(
                    activeManagers: managers, wasActiveManager: user.isActive && user.roles.contains(.manager),
                    remainsActiveManager: active && roles.contains(.manager))
                {
                    throw Refusal.lastManager
                }
            }
            user.rolesText = User.encode(roles)
            user.unitID = roles.contains(.unitHead) ? unitID : nil
            user.isActive = active
            try await user.save(on: tx)
            if !active { try await AuthQueries.closeAll(userID: userID, on: tx) }
            try await AuditEntry(
                agencyID: user.agencyID, userID: byUser, action: "update", entity: "user", entityID: user.username,
                before: before,
                after: "\(user.rolesText) unit=\(user.unitID?.uuidString ?? "-") aktif=\(active)"
            ).create(on: tx)
        }
        app.sessionCache.remove(userID: userID)
    }

    static func hash(_ code: String) -> String {
        Tokens.hash(ActivationRules.normalized(code) ?? code)
    }
}
