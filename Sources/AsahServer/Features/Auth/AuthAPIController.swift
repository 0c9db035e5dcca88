import Vapor

struct AuthAPIController {
    struct TokenRequest: Content {
        var username: String
        var password: String
    }

    struct TokenResponse: Content {
        var token: String
        var expiresAt: Date
    }

    func create(req: Request) async throws -> Response {
        guard let body = try? req.content.decode(TokenRequest.self) else {
            throw APIError(.badRequest, code: .invalid, message: "Kirim {\"username\", \"password\"} sebagai JSON.")
        }
        switch try await Authenticator.attempt(
            username: body.username, password: body.password, address: req.clientAddress, on: req)
        {
        case .invalid:
            throw APIError(.unauthorized, code: .unauthorized, message: "Nama pengguna atau kata sandi salah.")
        case .throttled(let until):
            let seconds = max(1, Int(until.timeIntervalSince(req.now).rounded(.up)))
            throw APIError(
                .tooManyRequests, code: .rateLimited,
                message: "Terlalu banyak percobaan masuk yang gagal; coba lagi dalam \(seconds) detik.")
        case .success(let user):
            let token = try await AuthQueries.open(
                userID: try user.requireID(), kind: .api, hours: req.application.appConfig.apiTokenHours, now: req.now,
                on: req.db)
            let response = Response(status: .created)
            try response.content.encode(TokenResponse(token: token.token, expiresAt: token.expiresAt))
            return response
        }
    }

    /// `DELETE /api/v1/auth/tokens/current`: the token that signs this request stops working at once on
    /// this node, and on others within the session cache's seconds.
    func revoke(req: Request) async throws -> HTTPStatus {
        let user = try req.requireAPIUser()
        try await AuthQueries.close(sessionID: user.sessionID, on: req.db)
        req.application.sessionCache.remove(sessionID: user.sessionID)
        return .noContent
    }

    struct Me: Content {
        var username: String
        var roles: [String]
        var agency: String?
        var nip: String?
    }

    /// `GET /api/v1/me`: who the token belongs to.
    func me(req: Request) throws -> Me {
        let user = try req.requireAPIUser()
        return Me(
            username: user.username, roles: user.actor.roles.map(\.rawValue).sorted(), agency: user.agencyCode,
            nip: user.employeeNIP)
    }
}
