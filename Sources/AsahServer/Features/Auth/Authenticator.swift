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

    static func attempt(username rawUsername: String, password: String, address rawAddress: String, on req: Request)
        async throws -> Outcome
    {
        let username = rawUsername.trimmingCharacters(in: .whitespaces).lowercased()
        // Nothing is stored for a username no account can have (a 20 MiB one grew the database).
        guard LoginThrottlePolicy.acceptsUsername(username), password.utf8.count <= 1_024 else { return .invalid }
        let address = String(rawAddress.prefix(64))
        let now = req.now
        try await LoginAttemptPruning.pruneIfDue(now: now, on: req.db)
        // The attempt is written as failed *before* the checks, so parallel attempts see each other
        // and cannot slip past the limit together; it is marked successful only after the password matches.
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
        var ok = false
        if let user, user.isActive {
            ok = try await req.password.async.verify(password, created: user.passwordHash)
        } else {
            // Spend the same time as a real check so timing does not reveal which usernames exist.
            _ = try? await req.password.async.verify(password, created: dummyHash)
        }
        if ok, let user {
            attempt.succeeded = true
            try await attempt.save(on: req.db)
            return .success(user)
        }
        return .invalid
    }

    /// The cost of every stored password hash; the dummy check uses the same so timing matches.
    static let bcryptCost = 12
    private static let dummyHash = try! Bcrypt.hash("asah-dummy-password", cost: bcryptCost)
}
