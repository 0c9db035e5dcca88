import AsahCore
import Vapor

/// What a person does with their own account: activate it with the slip, and change its password.
struct OwnAccountController {
    struct ActivationForm: Content {
        var username: String?
        var kode: String?
        var password: String?
        var password_again: String?
    }

    struct PasswordForm: Content {
        var current_password: String?
        var password: String?
        var password_again: String?
    }

    func activationForm(req: Request) async throws -> Response {
        if req.signedIn != nil { return req.redirect(to: SiteURL.myAccount) }
        return ActivationPage.render(.init(chrome: req.chrome("Aktivasi akun"))).response()
    }

    /// A good code and password sign the person in at once.
    func activate(req: Request) async throws -> Response {
        let form = (try? req.content.decode(ActivationForm.self)) ?? ActivationForm()
        let username = String((form.username ?? "").prefix(100))
        func refuse(_ status: HTTPResponseStatus, _ errors: [String: String], keepCode: Bool = false) -> Response {
            ActivationPage.render(
                .init(
                    chrome: req.chrome("Aktivasi akun"), username: username,
                    code: keepCode ? String((form.kode ?? "").prefix(20)) : nil, errors: errors)
            ).response(status: status)
        }
        guard !username.isEmpty, let code = form.kode, !code.isEmpty else {
            return refuse(.badRequest, ["form": "Isi nama pengguna dan kode aktivasi dari slip."])
        }
        switch try await Activation.run(
            username: username, code: code, password: form.password ?? "", confirmation: form.password_again ?? "",
            address: req.clientAddress, on: req)
        {
        case .activated(let user):
            return try await AuthController.signIn(
                user, then: SitePath.home.link() + "?pesan=" + FlashMessage.activated.rawValue, on: req)
        case .weak(let problem):
            return refuse(
                .unprocessableEntity, [problem == .mismatch ? "password_again" : "password": problem.message],
                keepCode: true)
        case .invalid:
            return refuse(
                .unauthorized,
                ["form": "Nama pengguna atau kode aktivasi salah, atau akun ini sudah diaktifkan sebelumnya."])
        case .expired:
            return refuse(
                .unauthorized,
                ["form": "Kode aktivasi ini sudah tidak berlaku. Minta kode baru kepada pengelola kepegawaian."])
        case .throttled(let until):
            let minutes = max(1, Int((until.timeIntervalSince(req.now) / 60).rounded(.up)))
            let response = refuse(
                .tooManyRequests, ["form": "Terlalu banyak percobaan yang gagal. Coba lagi dalam \(minutes) menit."])
            response.headers.replaceOrAdd(name: .retryAfter, value: String(minutes * 60))
            return response
        }
    }

    func show(req: Request) async throws -> Response {
        let me = try req.requirePageUser()
        return MyAccountPage.render(model(req, me)).response()
    }

    func changePassword(req: Request) async throws -> Response {
        let me = try req.requirePageUser()
        let form = (try? req.content.decode(PasswordForm.self)) ?? PasswordForm()
        guard let user = try await User.find(me.userID, on: req.db) else { throw RecordKind.account.notFound }
        do {
            try await PasswordChange.check(
                form.current_password ?? "", new: form.password ?? "", confirmation: form.password_again ?? "",
                of: user, on: req)
        } catch let error as APIError {
            var m = model(req, me)
            m.errors = error.fieldMessages.isEmpty ? ["current_password": error.message] : error.fieldMessages
            return MyAccountPage.render(m).response(status: error.status)
        }
        try await AccountService.setPassword(
            form.password ?? "", of: user, keepingSession: me.sessionID, now: req.now, app: req.application,
            on: req.db)
        return req.redirect(to: SiteURL.myAccount + "?pesan=" + FlashMessage.saved.rawValue)
    }

    private func model(_ req: Request, _ me: SignedInUser) -> MyAccountPage.Model {
        .init(
            chrome: req.chrome("Akun saya"), username: me.username,
            roles: AccountRules.agencyRoles.filter(me.actor.roles.contains) + (me.actor.isAdmin ? [.admin] : []))
    }
}
