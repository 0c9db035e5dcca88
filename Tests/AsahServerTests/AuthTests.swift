import Fluent
import XCTVapor

@testable import AsahServer

/// Sign-in, sessions, tokens and the login throttle, on two agencies with their managers (built, not the
/// demo).
final class AuthTests: AppTestCase {
    func twoAgencies() async throws {
        try await build.agencyWithManager("medan", name: "Kota Medan")
        try await build.agencyWithManager("mamuju", name: "Kabupaten Mamuju", province: "Sulawesi Barat")
    }

    func testLoginOpensASessionAndLogoutEndsIt() async throws {
        try await twoAgencies()
        var browser = Browser(app)
        let denied = try await browser.get("/")
        XCTAssertEqual(denied.status, .seeOther)
        XCTAssertTrue(denied.headers.first(name: .location)?.hasPrefix("/masuk") ?? false)

        let login = try await browser.login("pengelola.medan")
        XCTAssertEqual(login.status, .seeOther)
        XCTAssertNotNil(browser.cookies["asah_session"])
        let home = try await browser.get("/")
        XCTAssertEqual(home.status, .ok)
        XCTAssertTrue(home.text.contains("Kota Medan"))

        let logout = try await browser.post("/keluar", form: [:])
        XCTAssertEqual(logout.status, .seeOther)
        await eq(try await count("user_sessions"), 0)
        await eq(try await browser.get("/").status, .seeOther)
    }

    func testWrongPasswordIsRefusedWithAMessage() async throws {
        try await twoAgencies()
        var browser = Browser(app)
        let res = try await browser.login("pengelola.medan", password: "salah-sandi")
        XCTAssertEqual(res.status, .unauthorized)
        XCTAssertTrue(res.text.contains("Nama pengguna atau kata sandi salah."))
        XCTAssertNil(browser.cookies["asah_session"])
    }

    func testPostWithoutCSRFTokenIsRefused() async throws {
        try await twoAgencies()
        var browser = Browser(app)
        _ = try await browser.get("/masuk")
        let noToken = try await browser.post(
            "/masuk", form: ["username": "pengelola.medan", "password": "asah-demo"], includeCSRF: false)
        XCTAssertEqual(noToken.status, .forbidden)
        XCTAssertNil(browser.cookies["asah_session"])
        let wrongToken = try await browser.post(
            "/masuk",
            form: ["username": "pengelola.medan", "password": "asah-demo", "_csrf": String(repeating: "x", count: 43)],
            includeCSRF: false)
        XCTAssertEqual(wrongToken.status, .forbidden)

        // Signed in, a form POST without the token changes nothing either.
        _ = try await browser.login("pengelola.medan")
        let before = try await count("units")
        let res = try await browser.post(
            "/instansi/medan/unit/baru", form: ["name": "Unit Tanpa Token"], includeCSRF: false)
        XCTAssertEqual(res.status, .forbidden)
        await eq(try await count("units"), before)
    }

    func testTenFailedLoginsLockTheAccountForFifteenMinutes() async throws {
        try await twoAgencies()
        var browser = Browser(app)
        for _ in 0..<10 {
            let res = try await browser.login("pengelola.medan", password: "tebakan-salah")
            XCTAssertEqual(res.status, .unauthorized)
        }
        // Even the right password is refused now, with a clear message.
        let locked = try await browser.login("pengelola.medan")
        XCTAssertEqual(locked.status, .tooManyRequests)
        XCTAssertTrue(locked.text.contains("Terlalu banyak percobaan masuk"))
        XCTAssertNil(browser.cookies["asah_session"])
        // The API refuses too.
        let api = try await app.sendRequest(
            .POST, "/api/v1/auth/tokens", headers: ["Content-Type": "application/json"],
            body: ByteBuffer(string: #"{"username":"pengelola.medan","password":"asah-demo"}"#))
        XCTAssertEqual(api.status, .tooManyRequests)
        XCTAssertEqual((try json(api)["error"] as? [String: Any])?["code"] as? String, "rate_limited")
        // Another account is not affected.
        var other = Browser(app)
        await eq(try await other.login("pengelola.mamuju").status, .seeOther)

        // Fifteen minutes later the lock is over.
        try await sql.raw(
            "UPDATE login_attempts SET attempted_at = \(bind: TestClock.now.addingTimeInterval(-16 * 60))"
        ).run()
        await eq(try await browser.login("pengelola.medan").status, .seeOther)
    }

    func testAPITokens() async throws {
        try await twoAgencies()
        let bad = try await app.sendRequest(
            .POST, "/api/v1/auth/tokens", headers: ["Content-Type": "application/json"],
            body: ByteBuffer(string: #"{"username":"pengelola.medan","password":"nope"}"#))
        XCTAssertEqual(bad.status, .unauthorized)
        XCTAssertEqual((try json(bad)["error"] as? [String: Any])?["code"] as? String, "unauthorized")

        let ok = try await app.sendRequest(
            .POST, "/api/v1/auth/tokens", headers: ["Content-Type": "application/json"],
            body: ByteBuffer(string: #"{"username":"pengelola.medan","password":"asah-demo"}"#))
        XCTAssertEqual(ok.status, .created)
        let body = try json(ok)
        XCTAssertNotNil(body["token"] as? String)
        XCTAssertNotNil((body["expires_at"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) })

        let anonymous = try await app.sendRequest(.GET, "/api/v1/agencies")
        XCTAssertEqual(anonymous.status, .unauthorized)
        // A web session cookie is not an API credential, and an API token is not a web session.
        var h = HTTPHeaders()
        h.add(name: .cookie, value: "asah_session=\(body["token"] as! String)")
        await eq(try await app.sendRequest(.GET, "/", headers: h).status, .seeOther)
    }

    func testCreateAdminMakesAWorkingAccount() async throws {
        try await AgencySetupService.createAdmin(username: "operator", password: "rahasia-sekali-123", on: db)
        var browser = Browser(app)
        await eq(try await browser.login("operator", password: "rahasia-sekali-123").status, .seeOther)
        do {
            try await AgencySetupService.createAdmin(username: "operator", password: "rahasia-sekali-123", on: db)
            XCTFail("duplicate admin accepted")
        } catch {}
        do {
            try await AgencySetupService.createAdmin(username: "pendek", password: "pendek", on: db)
            XCTFail("short password accepted")
        } catch {}
    }
}
