import Vapor

enum Cookies {
    static let session = "asah_session"
    static let csrf = "asah_csrf"
}

/// Pages: the session cookie names a row in `user_sessions`.
struct SessionAuthMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = req.cookies[Cookies.session]?.string, !token.isEmpty {
            req.signedIn = try await AuthQueries.signedIn(token: token, kind: .web, on: req.db)
        }
        return try await next.respond(to: req)
    }
}

/// API: `Authorization: Bearer <token>`.
struct BearerAuthMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = req.headers.bearerAuthorization {
            req.signedIn = try await AuthQueries.signedIn(token: bearer.token, kind: .api, on: req.db)
        }
        return try await next.respond(to: req)
    }
}
