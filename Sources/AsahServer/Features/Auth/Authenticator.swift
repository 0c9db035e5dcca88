import AsahCore
import Fluent
import Vapor

/// Checks a username and password, with throttling. Shared by the login page and the token API.
enum Authenticator {
    enum Outcome {
        case success(User)
        case invalid
        case throttled(until: Date)
    }

    static let throttle = LoginThrottlePolicy()

    static func attempt(username: String, password: String, address: String, on req: Request)
        async throws -> Outcome
    {
        guard password.utf8.count <= 1_024 else { return .invalid }
        return try await throttled(username: username, address: address, on: req) { user in
            if let user, user.isActive, !user.awaitsActivation {
                return try await req.slowHasher.verify(password, created: user.passwordHash)
            }
            // Spend the same time as a real check so timing does not reveal which usernames exist.
            _ = try? await req.slowHasher.verify(password, created: dummyHash)
            return false
        }
    }

    /// Runs `check` for the username under the login throttle: the attempt is written as failed
    /// *before* the check, so parallel attempts see each other and cannot slip past the limit together;
    /// it is marked successful only when `check` passes. Sign-in and activation share it.
    static func throttled(
        username rawUsername: String, address rawAddress: String, on req: Request,
        check: (User?) async throws -> Bool
    ) async throws -> Outcome {
        let username = rawUsername.trimmingCharacters(in: .whitespaces).lowercased()
        // Nothing is stored for a username no account can have (a 20 MiB one grew the database).
        guard LoginThrottlePolicy.acceptsUsername(username) else { return .invalid }
        let address = String(rawAddress.prefix(64))
        let now = req.now
        try await LoginAttemptPruning.pruneIfDue(now: now, on: req.db)
        let attempt = LoginAttempt(username: username, address: address, succeeded: false, at: now)
        try await attempt.create(on: req.db)
        let failures = try await AuthQueries.recentFailures(
            username: username, address: address, policy: throttle, now: now, excluding: try attempt.requireID(),
            on: req.db)
        if let until = throttle.lockedUntil(failures, now: now) {
            // A refused attempt is not counted, so a lock does not extend itself.
            try await attempt.delete(on: req.db)
            return .throttled(until: until)
        }
        let user = try await User.query(on: req.db).filter(\.$username == username).first()
        if try await check(user), let user {
            attempt.succeeded = true
            try await attempt.save(on: req.db)
            return .success(user)
        }
        return .invalid
    }

    /// The cost of every stored password hash; the dummy check uses the same so timing matches.
    static let bcryptCost = 12
    private static let dummyHash = try! Bcrypt.hash("asah-dummy-password", cost: bcryptCost)

    /// Computes the dummy hash at start-up, not on the event loop of the first unknown username.
    static func prepare() { _ = dummyHash }
}
