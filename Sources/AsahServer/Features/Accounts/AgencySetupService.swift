import AsahCore
import Fluent
import Vapor

/// The administrator's writes that set up an installation: administrators and agencies (the CLI
/// verbs `create-admin` and `create-agency`, callable from tests).
enum AgencySetupService {
    struct Invalid: Error, CustomStringConvertible { let description: String }

    static func createAdmin(username: String, password: String, on db: any Database) async throws {
        if let problem = PasswordRules.problem(password, identities: [username]) {
            throw Invalid(description: problem.message)
        }
        guard try await User.query(on: db).filter(\.$username == username).count() == 0 else {
            throw Invalid(description: "User '\(username)' already exists.")
        }
        let hash = try Bcrypt.hash(password, cost: Authenticator.bcryptCost)
        try await User(username: username, passwordHash: hash, displayName: username, roles: [.admin], agencyID: nil)
            .create(on: db)
    }

    static func createAgency(code: String, name: String, kind: String, province: String, on db: any Database)
        async throws
    {
        guard code.range(of: AgencySetupRules.codePattern, options: .regularExpression) != nil,
            !AgencySetupRules.reservedCodes.contains(code)
        else {
            throw Invalid(description: "The code must be 2-40 lower-case letters, digits or dashes.")
        }
        guard let kind = AgencyKind(rawValue: kind) else {
            throw Invalid(description: "The kind must be kota, kabupaten or provinsi.")
        }
        guard try await Agency.query(on: db).filter(\.$code == code).count() == 0 else {
            throw Invalid(description: "Agency '\(code)' already exists.")
        }
        try await Agency(code: code, name: name, kind: kind.rawValue, province: province).create(on: db)
    }

    /// The administrator's page: a new agency and its first manager's account (by login name, before
    /// any employee is imported), together or not at all. The manager gets an activation code.
    static func create(_ input: AgencySetupRules.Input, byUser: UUID?, now: Date, on db: any Database) async throws
        -> (agency: Agency, slip: AccountService.Slip)
    {
        let problems = AgencySetupRules.problems(input)
        guard problems.isEmpty else { throw AccountService.Refusal.invalid(problems) }
        let code = ActivationRules.newCode()
        let expires = ActivationRules.expiry(issued: now, days: ActivationRules.defaultDays)
        let agency = Agency(
            code: input.code, name: input.name.trimmingCharacters(in: .whitespaces), kind: input.kind,
            province: input.province)
        let managerName = input.managerName.trimmingCharacters(in: .whitespaces)
        do {
            try await write(input, agency: agency, managerName: managerName, code: code, expires: expires, byUser, db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another administrator took the code or the name between the check and the insert.
            throw AccountService.Refusal.invalid([
                "code": "Kode atau nama pengguna ini baru saja dipakai; periksa lagi."
            ])
        }
        return (
            agency,
            AccountService.Slip(
                username: input.managerUsername, name: managerName, nip: nil, unitName: nil, code: code,
                expiresAt: expires)
        )
    }

    private static func write(
        _ input: AgencySetupRules.Input, agency: Agency, managerName: String, code: String, expires: Date,
        _ byUser: UUID?, _ db: any Database
    ) async throws {
        try await WriteTransaction.run(on: db) { tx in
            guard try await Agency.query(on: tx).filter(\.$code == input.code).count() == 0 else {
                throw AccountService.Refusal.invalid(["code": "Kode ini sudah dipakai instansi lain."])
            }
            guard try await User.query(on: tx).filter(\.$username == input.managerUsername).count() == 0 else {
                throw AccountService.Refusal.invalid(["manager_username": "Nama pengguna ini sudah dipakai."])
            }
            try await agency.create(on: tx)
            let manager = User(
                username: input.managerUsername, passwordHash: "", displayName: managerName, roles: [.manager],
                agencyID: try agency.requireID())
            manager.activationHash = AccountService.hash(code)
            manager.activationExpiresAt = expires
            try await manager.create(on: tx)
            try await AuditEntry(
                agencyID: agency.id, userID: byUser, action: "create", entity: "agency", entityID: input.code,
                before: nil, after: "\(agency.name), pengelola \(input.managerUsername)"
            ).create(on: tx)
        }
    }
}
