import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Issue 9, findings 7 and 8: login attempts stored any username, and a stranger could lock anyone out.
final class LoginThrottleAppTests: AppTestCase {
    private func token(_ username: String, _ password: String, from address: String) async throws -> HTTPStatus {
        let body = try JSONSerialization.data(withJSONObject: ["username": username, "password": password])
        return try await app.sendRequest(
            .POST, "/api/v1/auth/tokens",
            headers: ["Content-Type": "application/json", "X-Forwarded-For": address],
            body: ByteBuffer(data: body)
        ).status
    }

    private func makeManager() async throws {
        // The in-memory test client has no peer address; believing its X-Forwarded-For lets a test be
        // anywhere.
        app.appConfig = app.appConfig.with(trustedProxies: ["unknown"])
        try await AgencySetupService.createAdmin(username: "operator", password: "rahasia-sekali-123", on: db)
    }

    func testAStrangerCannotLockTheOwnerOutOfTheirUsualAddress() async throws {
        try await makeManager()
        await eq(try await token("operator", "rahasia-sekali-123", from: "10.1.1.1"), .created)
        for _ in 0..<10 { await eq(try await token("operator", "tebakan", from: "203.0.113.9"), .unauthorized) }
        // The stranger is locked out of this account from their address, even with the right password...
        await eq(try await token("operator", "rahasia-sekali-123", from: "203.0.113.9"), .tooManyRequests)
        // ...while the owner at their usual address, and a colleague elsewhere, still get in.
        await eq(try await token("operator", "rahasia-sekali-123", from: "10.1.1.1"), .created)
        await eq(try await token("operator", "rahasia-sekali-123", from: "10.2.2.2"), .created)
    }

    func testOneUsernameFailingFromManyAddressesIsSlowedDown() async throws {
        try await makeManager()
        await eq(try await token("operator", "rahasia-sekali-123", from: "10.1.1.1"), .created)
        for i in 0..<30 { await eq(try await token("operator", "tebakan", from: "198.51.100.\(i)"), .unauthorized) }
        await eq(try await token("operator", "rahasia-sekali-123", from: "198.51.100.200"), .tooManyRequests)
        await eq(try await token("operator", "rahasia-sekali-123", from: "10.1.1.1"), .created)
    }

    func testAnOverlongUsernameIsNotStored() async throws {
        try await makeManager()
        let before = try await count("login_attempts")
        let huge = String(repeating: "x", count: 200_000)
        await eq(try await token(huge, "apa saja", from: "10.1.1.1"), .unauthorized)
        await eq(try await token(String(repeating: "y", count: 65), "apa saja", from: "10.1.1.1"), .unauthorized)
        await eq(try await count("login_attempts"), before)
        await eq(try await token(String(repeating: "y", count: 64), "apa saja", from: "10.1.1.1"), .unauthorized)
        await eq(try await count("login_attempts"), before + 1)
    }

    func testAttemptsOlderThanADayArePruned() async throws {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        func attempt(_ name: String, hoursAgo: Double, succeeded: Bool) async throws {
            try await LoginAttempt(
                username: name, address: "10.1.1.1", succeeded: succeeded,
                at: now.addingTimeInterval(-hoursAgo * 3_600)
            ).create(on: db)
        }
        try await attempt("lama-gagal", hoursAgo: 25, succeeded: false)
        try await attempt("baru-gagal", hoursAgo: 23, succeeded: false)
        try await attempt("lama-berhasil", hoursAgo: 24 * 10, succeeded: true)
        try await attempt("sangat-lama-berhasil", hoursAgo: 24 * 31, succeeded: true)
        try await LoginAttemptPruning.prune(now: now, familiarFor: 30 * 86_400, on: db)
        let left = try await LoginAttempt.query(on: db).all().map(\.username).sorted()
        XCTAssertEqual(left, ["baru-gagal", "lama-berhasil"])
    }
}
