import AsahCore
import Vapor

/// Login and logout pages.
struct AuthController {
    struct LoginForm: Content {
        var username: String?
        var password: String?
        var lanjut: String?
    }

    func show(req: Request) async throws -> Response {
        if req.signedIn != nil { return req.redirect(to: "/") }
        let next = req.query[String.self, at: "lanjut"].flatMap(Self.safeNext)
        return LoginPage.render(.init(chrome: req.chrome("Masuk"), next: next)).response()
    }

    func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let username = form.username ?? ""
        let next = form.lanjut.flatMap(Self.safeNext)
        func fail(_ status: HTTPResponseStatus, _ message: String) -> Response {
            LoginPage.render(.init(chrome: req.chrome("Masuk"), username: username, next: next, error: message))
                .response(status: status)
        }
        guard !username.isEmpty, let password = form.password, !password.isEmpty else {
            return fail(.badRequest, "Isi nama pengguna dan kata sandi.")
        }
        switch try await Authenticator.attempt(
            username: username, password: password, address: req.clientAddress, on: req)
        {
        case .invalid:
            return fail(.unauthorized, "Nama pengguna atau kata sandi salah.")
        case .throttled(let until):
            let minutes = max(1, Int((until.timeIntervalSince(req.now) / 60).rounded(.up)))
            let response = fail(
                .tooManyRequests,
                "Terlalu banyak percobaan masuk yang gagal untuk akun ini. Demi keamanan, coba lagi dalam \(minutes) menit."
            )
            response.headers.replaceOrAdd(name: .retryAfter, value: String(minutes * 60))
            return response
        case .success(let user):
            return try await Self.signIn(user, then: next ?? "/", on: req)
        }
    }

    /// Opens a web session for `user` and sends the browser to `then` (sign-in and activation).
    static func signIn(_ user: User, then: String, on req: Request) async throws -> Response {
        let config = req.application.appConfig
        let session = try await AuthQueries.open(
            userID: try user.requireID(), kind: .web, hours: config.sessionHours, now: req.now, on: req.db)
        let response = req.redirect(to: then, redirectType: .normal)
        response.cookies[Cookies.session] = HTTPCookies.Value(
            string: session.token, maxAge: Int(session.expiresAt.timeIntervalSince(req.now)), path: "/",
            isSecure: config.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
        // A fresh form token after signing in.
        response.cookies[Cookies.csrf] = HTTPCookies.Value(
            string: Tokens.random(), path: "/", isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    func logout(req: Request) async throws -> Response {
        if let user = req.signedIn {
            try await AuthQueries.close(sessionID: user.sessionID, on: req.db)
            req.application.sessionCache.remove(sessionID: user.sessionID)
        }
        let response = req.redirect(to: SiteURL.login, redirectType: .normal)
        response.cookies[Cookies.session] = .expired
        // Lessons kept for offline reading and the offline queue belong to this person: a shared
        // device forgets them (Cache API, localStorage and the service worker).
        response.headers.replaceOrAdd(name: "Clear-Site-Data", value: "\"cache\", \"storage\"")
        return response
    }

    /// Only same-site paths may be a post-login destination.
    static func safeNext(_ value: String) -> String? { SafeRedirect.path(value) }
}
