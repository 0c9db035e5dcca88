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
