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
        try await AgencySetupService.createAdmin(username: username, password: password, on: context.application.db)
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
        try await AgencySetupService.createAgency(
            code: code, name: name, kind: kindRaw, province: province, on: context.application.db)
        context.console.print("Agency '\(code)' created.")
    }
}
