import Fluent
import Foundation
import NIOConcurrencyHelpers

/// Keeps `login_attempts` small: failed attempts older than a day are deleted, and successful ones
/// (which mark an owner's usual address for the throttle) once they are older than that too, except
/// for the last 30 days. Run from the login path at most once an hour per node.
enum LoginAttemptPruning {
    static let keepFailures: TimeInterval = 86_400
    static let interval: TimeInterval = 3_600
    private static let lastRun = NIOLockedValueBox<Date?>(nil)

    static func pruneIfDue(now: Date, on db: any Database) async throws {
        let due = lastRun.withLockedValue { last -> Bool in
            guard last.map({ now.timeIntervalSince($0) >= interval }) ?? true else { return false }
            last = now
            return true
        }
        guard due else { return }
        try await prune(now: now, familiarFor: Authenticator.throttle.familiarFor, on: db)
    }

    static func prune(now: Date, familiarFor: TimeInterval, on db: any Database) async throws {
        try await LoginAttempt.query(on: db)
            .filter(\.$attemptedAt < now.addingTimeInterval(-keepFailures))
            .group(.or) {
                $0.filter(\.$succeeded == false).filter(\.$attemptedAt < now.addingTimeInterval(-familiarFor))
            }
            .delete()
    }
}
