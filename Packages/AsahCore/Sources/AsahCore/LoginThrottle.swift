import Foundation

/// Refuses logins after too many failures in a window: by default, 10 failed logins for one
/// username within 15 minutes lock that username for 15 minutes after the last of them.
public struct LoginThrottle: Sendable, Equatable {
    public var maxFailures: Int
    public var window: TimeInterval
    public var lockout: TimeInterval

    public init(maxFailures: Int = 10, window: TimeInterval = 15 * 60, lockout: TimeInterval = 15 * 60) {
        self.maxFailures = maxFailures
        self.window = window
        self.lockout = lockout
    }

    /// How far back failures must be fetched to decide.
    public var lookBack: TimeInterval { window + lockout }

    /// The moment the lock ends, or nil when a login attempt is allowed now.
    /// `failures` are the times of failed attempts since the last success (any order).
    public func lockedUntil(failures: [Date], now: Date) -> Date? {
        guard maxFailures > 0, failures.count >= maxFailures else { return nil }
        let sorted = failures.sorted()
        var latestLockEnd: Date?
        // Any run of maxFailures failures inside one window starts a lock at its last failure.
        for end in (maxFailures - 1)..<sorted.count {
            let start = sorted[end - maxFailures + 1]
            if sorted[end].timeIntervalSince(start) <= window {
                let lockEnd = sorted[end].addingTimeInterval(lockout)
                if latestLockEnd.map({ lockEnd > $0 }) ?? true { latestLockEnd = lockEnd }
            }
        }
        guard let until = latestLockEnd, until > now else { return nil }
        return until
    }
}

/// The throttles a login goes through, keyed so that a stranger cannot lock an owner out:
/// - one username from one address: 10 failures in 15 minutes lock that pair for 15 minutes;
/// - one username from every address together: 30 failures lock it, but only for addresses the owner
///   has not signed in from lately, so an attack from many addresses is slowed down while the owner,
///   at their usual address, still gets in;
/// - one address for every username: 100 failures (a whole office may share one connection).
public struct LoginThrottlePolicy: Sendable, Equatable {
    public var pair: LoginThrottle
    public var username: LoginThrottle
    public var address: LoginThrottle
    /// How long a successful sign-in makes its address the owner's usual one.
    public var familiarFor: TimeInterval
    /// Longer usernames are refused before anything is stored.
    public static let maxUsernameLength = 64

    public init(
        pair: LoginThrottle = LoginThrottle(), username: LoginThrottle = LoginThrottle(maxFailures: 30),
        address: LoginThrottle = LoginThrottle(maxFailures: 100), familiarFor: TimeInterval = 30 * 86_400
    ) {
        self.pair = pair
        self.username = username
        self.address = address
        self.familiarFor = familiarFor
    }

    /// How far back failures must be fetched to decide.
    public var lookBack: TimeInterval { max(pair.lookBack, username.lookBack, address.lookBack) }

    /// Failures since the last success: of the username from this address, of the username from any
    /// address, and of any username from this address; `familiar` when the username signed in from this
    /// address within `familiarFor`.
    public struct Failures: Sendable, Equatable {
        public var pair: [Date]
        public var username: [Date]
        public var address: [Date]
        public var familiar: Bool
        public init(pair: [Date], username: [Date], address: [Date], familiar: Bool) {
            self.pair = pair
            self.username = username
            self.address = address
            self.familiar = familiar
        }
    }

    /// The moment the lock ends, or nil when the attempt may go ahead.
    public func lockedUntil(_ failures: Failures, now: Date) -> Date? {
        let locks = [
            pair.lockedUntil(failures: failures.pair, now: now),
            failures.familiar ? nil : username.lockedUntil(failures: failures.username, now: now),
            address.lockedUntil(failures: failures.address, now: now),
        ]
        return locks.compactMap { $0 }.max()
    }

    /// A username worth looking up: not empty and not longer than the limit.
    public static func acceptsUsername(_ username: String) -> Bool {
        !username.isEmpty && username.count <= maxUsernameLength
    }
}
