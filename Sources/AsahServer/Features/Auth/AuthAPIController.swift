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
            throw APIError(.badRequest, code: "invalid_request", message: "Send {\"username\", \"password\"} as JSON.")
        }
        switch try await Authenticator.attempt(
            username: body.username, password: body.password, address: req.clientAddress, on: req)
        {
        case .invalid:
            throw APIError(.unauthorized, code: "invalid_credentials", message: "Wrong username or password.")
        case .throttled(let until):
            let seconds = max(1, Int(until.timeIntervalSinceNow.rounded(.up)))
            throw APIError(
                .tooManyRequests, code: "too_many_attempts",
                message: "Too many failed logins for this account; try again in \(seconds) seconds.")
        case .success(let user):
            let token = try await AuthQueries.open(
                userID: try user.requireID(), kind: .api, hours: req.application.appConfig.apiTokenHours, on: req.db)
            let response = Response(status: .created)
            try response.content.encode(TokenResponse(token: token.token, expiresAt: token.expiresAt))
            return response
        }
    }
}
