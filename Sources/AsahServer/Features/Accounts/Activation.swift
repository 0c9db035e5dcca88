import AsahCore
import Foundation
import Vapor

/// The first sign-in of an account a manager opened: the login name, the code from the slip and the
/// person's own new password. A wrong code counts against the login throttle like a wrong password.
enum Activation {
    enum Outcome {
        case activated(User)
        case invalid
        case expired
        case throttled(until: Date)
        case weak(PasswordRules.Problem)
    }

    static func run(
        username: String, code: String, password: String, confirmation: String?, address: String, on req: Request
    ) async throws -> Outcome {
        guard password.utf8.count <= 1_024, code.utf8.count <= 64 else { return .invalid }
        let login = username.trimmingCharacters(in: .whitespaces).lowercased()
        // The password's own rules first: they say nothing about the account.
        if let problem = PasswordRules.problem(password, confirmation: confirmation, identities: [login]) {
            return .weak(problem)
        }
        let outcome = try await Authenticator.throttled(username: login, address: address, on: req) { user in
            guard let user, user.isActive, user.awaitsActivation, let stored = user.activationHash,
                let typed = ActivationRules.normalized(code)
            else { return false }
            return constantTimeEqual(Tokens.hash(typed), stored)
        }
        switch outcome {
        case .invalid: return .invalid
        case .throttled(let until): return .throttled(until: until)
        case .success(let user):
            guard let expires = user.activationExpiresAt, expires > req.now else { return .expired }
            if let nip = try await AccountQueries.person(of: user, on: req.db)?.nip,
                let problem = PasswordRules.problem(password, identities: [nip])
            {
                return .weak(problem)
            }
            try await AccountService.setPassword(
                password, of: user, keepingSession: nil, now: req.now, app: req.application, on: req.db)
            return .activated(user)
        }
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
