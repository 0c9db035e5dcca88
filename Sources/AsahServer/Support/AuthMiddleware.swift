import Vapor

enum Cookies {
    static let session = "asah_session"
    static let csrf = "asah_csrf"
}

/// Pages: the session cookie names a row in `user_sessions`.
struct SessionAuthMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = req.cookies[Cookies.session]?.string, !token.isEmpty {
            req.signedIn = try await req.lookUpSignedIn(token: token, kind: .web)
        }
        return try await next.respond(to: req)
    }
}

/// API: `Authorization: Bearer <token>`.
struct BearerAuthMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = req.headers.bearerAuthorization {
            req.signedIn = try await req.lookUpSignedIn(token: bearer.token, kind: .api)
        }
        return try await next.respond(to: req)
    }
}

extension Request {
    /// The user behind a session cookie or bearer token: from the node's short-lived cache, else the database.
    func lookUpSignedIn(token: String, kind: UserSession.Kind) async throws -> SignedInUser? {
        let hash = Tokens.hash(token)
        let key = kind.rawValue + ":" + hash
        let cache = application.sessionCache
        let now = self.now
        if let user = cache.user(tokenHash: key, now: now) { return user }
        guard let (user, expires) = try await AuthQueries.signedIn(tokenHash: hash, kind: kind, now: now, on: db) else {
            return nil
        }
        cache.store(user, tokenHash: key, sessionExpires: expires, now: now)
        return user
    }
}
