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

/// Issue 9, finding 8: ten wrong passwords from anywhere locked the owner out.
struct LoginThrottlePolicyTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static func minutesAgo(_ n: Int, count: Int) -> [Date] {
        (0..<count).map { now.addingTimeInterval(-Double(n * 60 + $0)) }
    }

    /// (failures of the pair, of the username from all addresses, of the address, familiar, locked)
    static let table: [(Int, Int, Int, Bool, Bool)] = [
        (0, 0, 0, false, false),
        (9, 9, 9, false, false),
        (10, 10, 10, false, true),  // the same stranger at the same address: locked
        (0, 10, 0, true, false),  // a stranger elsewhere: the owner at their usual address gets in
        (0, 10, 0, false, false),  // ...and so does anyone new, below the username's limit
        (0, 30, 0, false, true),  // many addresses together: locked for unfamiliar addresses
        (0, 30, 0, true, false),  // ...but not for the owner's usual one
        (10, 30, 10, true, true),  // the owner's own address failing ten times is locked too
        (0, 0, 100, true, true),  // one address trying many usernames
    ]

    @Test(arguments: table)
    func decides(pair: Int, username: Int, address: Int, familiar: Bool, locked: Bool) {
        let failures = LoginThrottlePolicy.Failures(
            pair: Self.minutesAgo(1, count: pair), username: Self.minutesAgo(1, count: username),
            address: Self.minutesAgo(1, count: address), familiar: familiar)
        #expect((LoginThrottlePolicy().lockedUntil(failures, now: Self.now) != nil) == locked)
    }

    @Test(arguments: [
        ("", false), ("pengelola.medan", true), (String(repeating: "a", count: 64), true),
        (String(repeating: "a", count: 65), false),
    ])
    func usernames(_ username: String, accepted: Bool) {
        #expect(LoginThrottlePolicy.acceptsUsername(username) == accepted)
    }
}
