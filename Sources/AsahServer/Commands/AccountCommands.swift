import AsahCore
import Fluent
import Vapor

struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "username", help: "Login name of the new administrator") var username: String?
    }

    var help: String { "Creates an administrator; the password comes from ASAH_ADMIN_PASSWORD or a prompt." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let username = signature.username?.lowercased(), !username.isEmpty else {
            throw Abort(.badRequest, reason: "Usage: asah create-admin --username NAME")
        }
        let password: String
        if let env = Environment.get("ASAH_ADMIN_PASSWORD"), !env.isEmpty {
            password = env
        } else {
            password = context.console.ask("Password for \(username):", isSecure: true)
        }
        try await AccountService.createAdmin(username: username, password: password, on: context.application.db)
        context.console.print("Administrator '\(username)' created.")
    }
}

struct CreateAgencyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "code", help: "Short code used in URLs, e.g. medan") var code: String?
        @Option(name: "name", help: "Full name, e.g. Pemerintah Kota Medan") var name: String?
        @Option(name: "kind", help: "kota, kabupaten or provinsi") var kind: String?
        @Option(name: "province", help: "Province name") var province: String?
    }

    var help: String { "Creates an agency (pemerintah daerah)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let code = signature.code, let name = signature.name, let kindRaw = signature.kind,
            let province = signature.province
        else { throw Abort(.badRequest, reason: "Usage: asah create-agency --code C --name N --kind K --province P") }
        try await AccountService.createAgency(
            code: code, name: name, kind: kindRaw, province: province, on: context.application.db)
        context.console.print("Agency '\(code)' created.")
    }
}

/// The writes behind the account and agency CLI verbs, callable from tests.
enum AccountService {
    struct Invalid: Error, CustomStringConvertible { let description: String }

    static func createAdmin(username: String, password: String, on db: any Database) async throws {
        guard password.count >= 10 else { throw Invalid(description: "The password needs at least 10 characters.") }
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
