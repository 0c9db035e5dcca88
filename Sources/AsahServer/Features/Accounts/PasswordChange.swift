import AsahCore
import Vapor

/// Checks a password change: the current password (under the login throttle, so a session left open
/// cannot be used to guess it) and the new one's rules. Refusals name the field.
enum PasswordChange {
    static func check(
        _ current: String, new password: String, confirmation: String?, of user: User, on req: Request
    ) async throws {
        let nip = try await AccountQueries.person(of: user, on: req.db)?.nip
        if let problem = PasswordRules.problem(
            password, confirmation: confirmation, identities: [user.username, nip].compactMap { $0 })
        {
            throw APIError.field(problem == .mismatch ? "password_again" : "password", problem.message)
        }
        guard current.utf8.count <= 1_024 else { throw wrong }
        switch try await Authenticator.throttled(
            username: user.username, address: req.clientAddress, on: req,
            check: {
                found in
                guard let found, found.id == user.id, !found.awaitsActivation else { return false }
                return try await req.slowHasher.verify(current, created: found.passwordHash)
            })
        {
        case .success: return
        case .invalid: throw wrong
        case .throttled(let until):
            let minutes = max(1, Int((until.timeIntervalSince(req.now) / 60).rounded(.up)))
            throw APIError(
                .tooManyRequests, code: .rateLimited,
                message: "Terlalu banyak percobaan yang gagal; coba lagi dalam \(minutes) menit.")
        }
    }

    static let wrong = APIError.field("current_password", "Kata sandi saat ini salah.")
}
