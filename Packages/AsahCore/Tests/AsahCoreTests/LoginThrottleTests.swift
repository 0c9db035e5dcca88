import Foundation
import Testing

@testable import AsahCore

struct LoginThrottleTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// (failure offsets in seconds before now, locked?)
    static let cases: [([TimeInterval], Bool)] = [
        ([], false),
        (Array(repeating: 60, count: 9), false),
        ((0..<10).map { TimeInterval($0 * 10) }, true),
        ((0..<10).map { TimeInterval($0 * 60) }, true),  // 10 failures over 9 minutes
        ((0..<10).map { TimeInterval($0 * 120) }, false),  // spread over 18 minutes: no window holds 10
        ((0..<10).map { TimeInterval(16 * 60 + $0) }, false),  // lock started 16 minutes ago, ended
        ((0..<10).map { TimeInterval(14 * 60 + $0) }, true),  // lock started 14 minutes ago
        ((0..<12).map { TimeInterval($0 * 100) }, true),
    ]

    @Test(arguments: cases)
    func decides(offsets: [TimeInterval], locked: Bool) {
        let failures = offsets.map { Self.now.addingTimeInterval(-$0) }
        let until = LoginThrottle().lockedUntil(failures: failures, now: Self.now)
        #expect((until != nil) == locked)
        if let until { #expect(until > Self.now) }
    }

    @Test func lockEndsFifteenMinutesAfterTheTenthFailure() {
        let failures = (0..<10).map { Self.now.addingTimeInterval(-TimeInterval(60 - $0)) }
        let until = LoginThrottle().lockedUntil(failures: failures, now: Self.now)
        #expect(until == failures.max()!.addingTimeInterval(15 * 60))
    }
}
