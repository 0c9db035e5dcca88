import AsahCore
import Vapor

/// The administrator's form for a new agency and its first manager.
struct NewAgencyController {
    struct Form: Content {
        var code: String?
        var name: String?
        var kind: String?
        var province: String?
        var manager_username: String?
        var manager_name: String?
    }

    func show(req: Request) async throws -> Response {
        try admin(req)
        return NewAgencyPage.render(.init(chrome: req.chrome("Instansi baru"))).response()
    }

    func create(req: Request) async throws -> Response {
        let user = try admin(req)
        let form = (try? req.content.decode(Form.self)) ?? Form()
        let input = AgencySetupRules.Input(
            code: (form.code ?? "").trimmingCharacters(in: .whitespaces).lowercased(), name: form.name ?? "",
            kind: form.kind ?? "", province: form.province ?? "",
            managerUsername: (form.manager_username ?? "").trimmingCharacters(in: .whitespaces).lowercased(),
            managerName: form.manager_name ?? "")
        do {
            let (agency, slip) = try await AgencySetupService.create(
                input, byUser: user.userID, now: req.now, on: req.db)
            let response = AccountSlipsPage.render(
                .init(
                    chrome: req.chrome("Slip aktivasi pengelola"), agencyCode: agency.code, agencyName: agency.name,
                    zone: agency.timeZone, slips: [slip], skipped: 0,
                    activationAddress: req.activationAddress)
            ).response()
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        } catch AccountService.Refusal.invalid(let errors) {
            return NewAgencyPage.render(.init(chrome: req.chrome("Instansi baru"), input: input, errors: errors))
                .response(status: .unprocessableEntity)
        }
    }

    /// Only the administrator adds agencies; anyone else is told so.
    @discardableResult
    private func admin(_ req: Request) throws -> SignedInUser {
        let user = try req.requirePageUser()
        guard AccessPolicy.canListAgencies(user.actor) else {
            throw Abort(.forbidden, reason: "Instansi baru ditambahkan oleh administrator sistem.")
        }
        return user
    }
}
