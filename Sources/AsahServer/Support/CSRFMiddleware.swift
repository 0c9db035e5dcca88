import Vapor

private struct CSRFTokenKey: StorageKey { typealias Value = String }

extension Request {
    /// The token every form on this page carries.
    var csrfToken: String { storage[CSRFTokenKey.self] ?? "" }
}

/// Double-submit protection for every page form: a random token lives in an HttpOnly, SameSite=Lax
/// cookie, and each POST must carry the same value in its `_csrf` field. A POST without it is refused.
struct CSRFMiddleware: AsyncMiddleware {
    let secureCookies: Bool

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let existing = req.cookies[Cookies.csrf].map(\.string).flatMap { $0.count >= 32 ? $0 : nil }
        let token = existing ?? Tokens.random()
        req.storage[CSRFTokenKey.self] = token
        if req.method != .GET && req.method != .HEAD {
            // BodyLimitMiddleware, before this, has collected the body within the route's limit.
            _ = try await req.body.collect(max: BodyLimit.importFile.rawValue).get()
            let sent = (try? req.content.get(String.self, at: "_csrf")) ?? req.headers.first(name: "X-CSRF-Token")
            guard let existing, let sent, Tokens.constantTimeEqual(existing, sent) else {
                throw Abort(
                    .forbidden,
                    reason: "Formulir ini sudah kedaluwarsa atau tidak sah. Muat ulang halaman lalu kirim kembali.")
            }
        }
        let response = try await next.respond(to: req)
        if existing == nil {
            response.cookies[Cookies.csrf] = HTTPCookies.Value(
                string: token, path: "/", isSecure: secureCookies, isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }
}
