import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// Issue 9, findings 6 and 9: limits at the door, years, tokens, cookies, caching, plain errors.
final class DoorTests: AppTestCase {
    private func send(_ method: HTTPMethod, _ path: String, bytes: Int, contentType: String) async throws
        -> XCTHTTPResponse
    {
        try await app.sendRequest(
            method, path, headers: ["Content-Type": contentType, "Content-Length": String(bytes)],
            body: ByteBuffer(repeating: UInt8(ascii: "a"), count: bytes))
    }

    /// A 20 MB anonymous POST to the login form was read in full (the CSRF check read the body before
    /// any limit); each route now refuses a body over its limit before reading it.
    func testBodiesOverTheirRoutesLimitAreRefusedAtTheDoor() async throws {
        let login = try await send(.POST, "/masuk", bytes: 2_000_000, contentType: "application/x-www-form-urlencoded")
        XCTAssertEqual(login.status, .payloadTooLarge)
        XCTAssertTrue(login.text.contains("terlalu besar"))
        let token = try await send(.POST, "/api/v1/auth/tokens", bytes: 2_000_000, contentType: "application/json")
        XCTAssertEqual(token.status, .payloadTooLarge)
        XCTAssertEqual((try json(token)["error"] as? [String: Any])?["code"] as? String, "payload_too_large")
        // An import may be larger (here it stops at the missing token), but not past 50 MB.
        await eq(
            try await send(.POST, "/api/v1/agencies/medan/imports/employees", bytes: 2_000_000, contentType: "text/csv")
                .status,
            .unauthorized)
        await eq(
            try await send(
                .POST, "/api/v1/agencies/medan/imports/employees", bytes: 53_000_000, contentType: "text/csv"
            ).status,
            .payloadTooLarge)
        // A body sent without a length is counted as it arrives.
        let chunked = try await app.sendRequest(
            .POST, "/api/v1/auth/tokens", headers: ["Content-Type": "application/json"],
            body: ByteBuffer(repeating: UInt8(ascii: " "), count: 1_100_000))
        XCTAssertEqual(chunked.status, .payloadTooLarge)
    }

    func testATokenIsRevokedAndTellsWhoItIs() async throws {
        try await AgencySetupService.createAdmin(username: "operator", password: "rahasia-sekali-123", on: db)
        let client = try await APIClient.signIn(app, "operator", password: "rahasia-sekali-123")
        let me = try await client.get("/api/v1/me")
        XCTAssertEqual(me.status, .ok)
        XCTAssertEqual(try json(me)["username"] as? String, "operator")
        XCTAssertEqual(try json(me)["roles"] as? [String], ["admin"])
        await eq(try await client.send(.DELETE, "/api/v1/auth/tokens/current").status, .noContent)
        await eq(try await client.get("/api/v1/me").status, .unauthorized)
        await eq(try await client.send(.DELETE, "/api/v1/auth/tokens/current").status, .unauthorized)
    }

    /// "No such key 'title' at path ''" reached clients: a decoding error now answers a plain sentence.
    func testADecodingErrorDoesNotShowTheDecodersWords() throws {
        let req = Request(application: app, method: .POST, url: "/api/v1/activities", on: app.eventLoopGroup.next())
        struct Body: Decodable { var title: String }
        let error = try XCTUnwrap(Result { try JSONDecoder().decode(Body.self, from: Data("{}".utf8)) }.failureValue)
        let response = AppErrorMiddleware().response(for: error, req: req)
        XCTAssertEqual(response.status, .badRequest)
        let text = response.body.string ?? ""
        XCTAssertFalse(text.contains("key") || text.contains("title") || text.contains("path"), text)
        XCTAssertTrue(text.contains(#""code":"invalid""#), text)
    }

    func testCookiesAreSecureUnlessOnLoopbackOrSwitchedOff() {
        let cases: [(String?, [String], Bool)] = [
            (nil, ["asah", "serve"], false), (nil, ["asah", "serve", "--hostname", "127.0.0.1"], false),
            (nil, ["asah", "serve", "--hostname", "0.0.0.0"], true), (nil, ["asah", "serve", "-H", "10.0.0.5"], true),
            (nil, ["asah", "serve", "--bind", "0.0.0.0:8080"], true),
            (nil, ["asah", "serve", "--bind", "localhost:8080"], false),
            ("0", ["asah", "serve", "--hostname", "0.0.0.0"], false), ("1", ["asah", "serve"], true),
        ]
        for (setting, arguments, secure) in cases {
            XCTAssertEqual(
                AppConfig.secureCookies(setting: setting, hostname: AppConfig.listeningHost(arguments)), secure,
                "\(setting ?? "unset") \(arguments)")
        }
    }

    /// Page forms saved any year (`99999999999999`, `-5`); downloads of personal data had no
    /// Cache-Control; HSTS is sent when cookies are secure.
    func testYearsDownloadsAndTransportSecurity() async throws {
        try await world()
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let position = try await Position.query(on: db).filter(\.$agencyID == (try await agencyID("medan"))).first()!
        let before = try await count("competency_standards")
        for year in ["99999999999999", "-5", "1999", "2101", "20x6"] {
            let res = try await manager.post(
                "/instansi/medan/jabatan/\(position.id!)/standar", form: ["tahun": year, "level_M.01": "3"])
            XCTAssertEqual(res.status, .badRequest, year)
            XCTAssertTrue(res.text.contains("Tahun harus antara 2000 dan 2100"), year)
            await eq(
                try await manager.post("/instansi/medan/standar/lengkapi", form: ["tahun": year]).status, .badRequest)
        }
        await eq(try await count("competency_standards"), before)
        // A page's `?tahun=` is held to it too: refused with the rule, never silently read as this year.
        let nip0 = try await Employee.query(on: db).filter(\.$agencyID == (try await agencyID("medan"))).first()!.nip
        for path in [
            "/pegawai/\(nip0)/jp", "/instansi/medan/kesenjangan", "/instansi/medan/kegiatan", "/instansi/medan/jp",
        ] {
            for year in ["99999", "-5", "1999"] {
                let res = try await manager.get(path + "?tahun=" + year)
                XCTAssertEqual(res.status, .badRequest, path + year)
                XCTAssertTrue(res.text.contains("Tahun harus antara 2000 dan 2100"), path + year)
            }
            await eq(try await manager.get(path + "?tahun=2025").status, .ok, path)
        }
        // The API's query parameter is `year`, held to the same range.
        let api = try await APIClient.signIn(app, "pengelola.medan")
        let nip = try await Employee.query(on: db).filter(\.$agencyID == (try await agencyID("medan"))).first()!.nip
        let bad = try await api.get("/api/v1/employees/\(nip)/learning-hours?year=99999")
        XCTAssertEqual(bad.status, .badRequest)
        XCTAssertEqual(
            ((try json(bad)["error"] as? [String: Any])?["details"] as? [[String: Any]])?.first?["field"] as? String,
            "year")
        await eq(try await api.get("/api/v1/employees/\(nip)/learning-hours?year=2025").status, .ok)
        await eq(try await api.get("/api/v1/agencies/medan/competency-gaps?year=1999").status, .badRequest)

        let csv = try await manager.get("/instansi/medan/jp/riwayat.csv?tahun=\(TestClock.year)")
        XCTAssertEqual(csv.status, .ok)
        XCTAssertEqual(csv.headers.first(name: .cacheControl), "private, no-store")
        XCTAssertNil(csv.headers.first(name: "Strict-Transport-Security"), "the test server's cookies are not secure")
    }
}

extension Result {
    fileprivate var failureValue: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
