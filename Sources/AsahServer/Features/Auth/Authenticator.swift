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

    static let throttle = LoginThrottle()
    /// Per address: more generous, since many staff may share one office connection.
    static let addressThrottle = LoginThrottle(maxFailures: 100)

    static func attempt(username rawUsername: String, password: String, address: String, on req: Request) async throws
        -> Outcome
    {
        let username = rawUsername.trimmingCharacters(in: .whitespaces).lowercased()
        let now = Date()
        let failures = try await AuthQueries.recentFailures(
            username: username, throttle: throttle, now: now, on: req.db)
        if let until = throttle.lockedUntil(failures: failures, now: now) {
            return .throttled(until: until)
        }
        // One address trying many usernames is slowed down too.
        let fromAddress = try await AuthQueries.recentFailures(
            address: address, throttle: addressThrottle, now: now, on: req.db)
        if let until = addressThrottle.lockedUntil(failures: fromAddress, now: now) {
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
        try await AuthQueries.record(username: username, address: address, succeeded: ok, on: req.db)
        if ok, let user { return .success(user) }
        return .invalid
    }

    private static let dummyHash = try! Bcrypt.hash("asah-dummy-password", cost: 10)
}
