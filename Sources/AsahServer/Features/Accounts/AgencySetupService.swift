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
        guard code.range(of: "^[a-z0-9][a-z0-9-]{1,39}$", options: .regularExpression) != nil else {
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
}
