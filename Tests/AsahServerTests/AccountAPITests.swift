import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Accounts through the API: a manager opens one for an employee with a one-time code, the person
/// activates it with a password of their own, a reset ends every session, and roles stay within one's
/// agency.
final class AccountAPITests: AppTestCase {
    struct Answer: Sendable {
        var status: HTTPStatus
        var text: String
    }

    func open(
        _ api: APIClient, nip: String, roles: [String] = ["employee"], unit: UUID? = nil, agency: String = "medan"
    ) async throws -> XCTHTTPResponse {
        let rolesJSON = roles.map { "\"\($0)\"" }.joined(separator: ",")
        let unitJSON = unit.map { #","unit":"\#($0.uuidString)""# } ?? ""
        return try await api.send(
            .POST, "/api/v1/agencies/\(agency)/users", json: #"{"nip":"\#(nip)","roles":[\#(rolesJSON)]\#(unitJSON)}"#)
    }

    func activate(_ username: String, code: String, password: String) async throws -> XCTHTTPResponse {
        try await app.sendRequest(
            .POST, "/api/v1/auth/activate", headers: ["Content-Type": "application/json"],
            body: ByteBuffer(
                string: #"{"username":"\#(username)","activation_code":"\#(code)","password":"\#(password)"}"#))
    }

    func field(_ res: XCTHTTPResponse) throws -> String? {
        ((try json(res)["error"] as? [String: Any])?["details"] as? [[String: Any]])?.first?["field"] as? String
    }

    func testAManagerOpensAnAccountAndItsOwnerActivatesIt() async throws {
        let world = try await world()
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let colleague = world.medan.colleague
        let opened = try await open(manager, nip: colleague.nip)
        XCTAssertEqual(opened.status, .created, opened.text)
        let body = try json(opened)
        XCTAssertEqual(body["username"] as? String, colleague.nip, "the NIP is the login name")
        let code = try XCTUnwrap(body["activation_code"] as? String)
        XCTAssertNotNil(ActivationRules.normalized(code))
        XCTAssertEqual(
            body["expires_at"] as? String,
            ISO8601DateFormatter().string(from: TestClock.now.addingTimeInterval(14 * 86_400)))
        // Only a hash of the code is kept, and no password works yet.
        let stored = try await User.query(on: db).filter(\.$username == colleague.nip).first()!
        XCTAssertNotEqual(stored.activationHash, code)
        XCTAssertEqual(stored.passwordHash, "")
        await eq(
            try await app.sendRequest(
                .POST, "/api/v1/auth/tokens", headers: ["Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"username":"\#(colleague.nip)","password":""}"#)
            ).status, .unauthorized)
        // A second account for the same person is refused.
        await eq(try await open(manager, nip: colleague.nip).status, .conflict)
        // The password must be their own: long enough, not the NIP, not a common one.
        for (password, message) in [
            ("pendek", "paling sedikit 10"), (colleague.nip, "NIP"), ("1234567890", "terlalu umum"),
        ] {
            let weak = try await activate(colleague.nip, code: code, password: password)
            XCTAssertEqual(weak.status, .unprocessableEntity, password)
            XCTAssertEqual(try field(weak), "password")
            XCTAssertTrue(weak.text.contains(message), weak.text)
        }
        await eq(
            try await activate(colleague.nip, code: "AAAAA-BBBBB", password: "kopi-susu-pagi").status, .unauthorized)
        // The code as written on the slip, in lower case and without the dash, works once.
        let typed = code.lowercased().replacingOccurrences(of: "-", with: "")
        let done = try await activate(colleague.nip, code: typed, password: "kopi-susu-pagi")
        XCTAssertEqual(done.status, .ok, done.text)
        await eq(try await activate(colleague.nip, code: code, password: "kopi-susu-pagi-2").status, .unauthorized)
        let own = try await APIClient.signIn(app, colleague.nip, password: "kopi-susu-pagi")
        let me = try json(try await own.get("/api/v1/me"))
        XCTAssertEqual(me["nip"] as? String, colleague.nip)
        XCTAssertEqual(me["roles"] as? [String], ["employee"])
        let actions = try await AuditEntry.query(on: db).filter(\.$entity == "user").all().map(\.action)
        XCTAssertEqual(actions.sorted(), ["activate", "create"])
    }

    func testRolesStayWithinTheAgencyAndNeedWhatTheyStandOn() async throws {
        let world = try await world()
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        // A unit head needs the unit they lead; an admin role is the administrator's to give.
        let noUnit = try await open(manager, nip: world.medan.secretary.nip, roles: ["employee", "unit_head"])
        XCTAssertEqual(noUnit.status, .unprocessableEntity)
        XCTAssertEqual(try field(noUnit), "unit")
        await eq(try await open(manager, nip: world.medan.secretary.nip, roles: ["admin"]).status, .forbidden)
        await eq(try await open(manager, nip: world.medan.secretary.nip, roles: ["ratu"]).status, .unprocessableEntity)
        let mamujuUnit = world.mamuju.office.id!
        let foreignUnit = try await open(
            manager, nip: world.medan.secretary.nip, roles: ["employee", "unit_head"], unit: mamujuUnit)
        XCTAssertEqual(try field(foreignUnit), "unit")
        let head = try await open(
            manager, nip: world.medan.secretary.nip, roles: ["employee", "unit_head"], unit: world.medan.office.id)
        XCTAssertEqual(head.status, .created, head.text)
        // Another agency's employee, and another agency's manager.
        let foreign = try await open(manager, nip: world.mamuju.colleague.nip)
        XCTAssertEqual(try field(foreign), "nip")
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        await eq(try await open(mamuju, nip: world.medan.outsider.nip).status, .notFound)
        await eq(try await mamuju.get("/api/v1/agencies/medan/users").status, .notFound)
        await eq(
            try await mamuju.send(.PATCH, "/api/v1/users/pegawai.medan", json: #"{"active":false}"#).status, .notFound)
        await eq(try await mamuju.send(.POST, "/api/v1/users/pegawai.medan/reset").status, .notFound)
        // Employees and unit heads manage no accounts; to them an account does not exist.
        for username in ["pegawai.medan", "kepala.medan", "fasilitator.medan"] {
            let api = try await APIClient.signIn(app, username)
            await eq(try await open(api, nip: world.medan.outsider.nip).status, .forbidden, username)
            await eq(
                try await api.send(.PATCH, "/api/v1/users/pengelola.medan", json: #"{"roles":["employee"]}"#).status,
                .notFound, username)
        }
        // The manager makes the head's account a facilitator too; making it admin is refused.
        let secretary = world.medan.secretary.nip
        let changed = try await manager.send(
            .PATCH, "/api/v1/users/\(secretary)", json: #"{"roles":["employee","unit_head","facilitator"]}"#)
        XCTAssertEqual(changed.status, .ok, changed.text)
        XCTAssertEqual(try json(changed)["roles"] as? [String], ["employee", "facilitator", "unit_head"])
        XCTAssertEqual(try json(changed)["led_unit"] as? String, "Dinas Perhubungan")
        await eq(
            try await manager.send(.PATCH, "/api/v1/users/\(secretary)", json: #"{"roles":["admin"]}"#).status,
            .forbidden)
        // The list shows who waits for activation.
        let list = try json(try await manager.get("/api/v1/agencies/medan/users?q=hendra"))
        let items = list["items"] as? [[String: Any]] ?? []
        XCTAssertEqual(items.map { $0["username"] as? String }, [secretary])
        XCTAssertEqual(items.first?["awaiting_activation"] as? Bool, true)
        XCTAssertEqual(list["total"] as? Int, 1)
        await eq(
            try json(try await manager.get("/api/v1/agencies/medan/users"))["total"] as? Int,
            try await User.query(on: db).filter(\.$agencyID == world.medan.agencyID).count())
    }

    func testAResetEndsEverySessionAndTheLastManagerStays() async throws {
        try await world()
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        // The employee is signed in on the API and in a browser.
        let token = try await APIClient.signIn(app, "pegawai.medan")
        var browser = Browser(app)
        _ = try await browser.login("pegawai.medan")
        await eq(try await browser.get("/").status, .ok)
        let reset = try await manager.send(.POST, "/api/v1/users/pegawai.medan/reset")
        XCTAssertEqual(reset.status, .ok, reset.text)
        let code = try XCTUnwrap(try json(reset)["activation_code"] as? String)
        await eq(try await token.get("/api/v1/me").status, .unauthorized)
        let home = try await browser.get("/")
        XCTAssertEqual(home.status, .seeOther)
        XCTAssertTrue(home.headers.first(name: .location)?.hasPrefix("/masuk") ?? false)
        var again = Browser(app)
        await eq(try await again.login("pegawai.medan").status, .unauthorized, "the old password no longer works")
        await eq(try await activate("pegawai.medan", code: code, password: "sandi-baru-siti-26").status, .ok)
        _ = try await APIClient.signIn(app, "pegawai.medan", password: "sandi-baru-siti-26")
        // A manager resets no password of their own here, and the agency keeps an active manager.
        await eq(try await manager.send(.POST, "/api/v1/users/pengelola.medan/reset").status, .conflict)
        let last = try await manager.send(.PATCH, "/api/v1/users/pengelola.medan", json: #"{"roles":["facilitator"]}"#)
        XCTAssertEqual(last.status, .conflict, last.text)
        let admin = try await APIClient.signIn(app, "admin")
        await eq(
            try await admin.send(.PATCH, "/api/v1/users/pengelola.medan", json: #"{"active":false}"#).status,
            .conflict, "not even the administrator leaves an agency without a manager")
        // Deactivated: no sign-in, and its tokens end.
        let kepala = try await APIClient.signIn(app, "kepala.medan")
        let off = try await manager.send(.PATCH, "/api/v1/users/kepala.medan", json: #"{"active":false}"#)
        XCTAssertEqual(try json(off)["active"] as? Bool, false)
        await eq(try await kepala.get("/api/v1/me").status, .unauthorized)
        var head = Browser(app)
        await eq(try await head.login("kepala.medan").status, .unauthorized)
        await eq(try await User.query(on: db).filter(\.$username == "kepala.medan").count(), 1, "never deleted")
    }

    func testCodesExpireAndWrongCodesAreThrottled() async throws {
        let world = try await world()
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let medan = world.medan.agencyID
        try await AgencySettings.save(3, .activationDays, agencyID: medan, on: db)
        let code = try json(try await open(manager, nip: world.medan.colleague.nip))["activation_code"] as! String
        let outsiderCode =
            try json(try await open(manager, nip: world.medan.outsider.nip))["activation_code"] as! String
        // Three days later the colleague's code still works; four days later the outsider's does not.
        try await restart(clock: .fixed(TestClock.now.addingTimeInterval(3 * 86_400 - 60)))
        await eq(try await activate(world.medan.colleague.nip, code: code, password: "kopi-susu-pagi").status, .ok)
        try await restart(clock: .fixed(TestClock.now.addingTimeInterval(4 * 86_400)))
        let late = try await activate(world.medan.outsider.nip, code: outsiderCode, password: "kopi-susu-pagi")
        XCTAssertEqual(late.status, .unauthorized)
        XCTAssertTrue(late.text.contains("sudah tidak berlaku"), late.text)
        // Guessing codes counts like guessing passwords: ten wrong ones, then a pause.
        var statuses: [HTTPStatus] = []
        for i in 0..<11 {
            statuses.append(
                try await activate(world.medan.pppk.nip, code: "AAAAA-BBBB\(i % 9 + 2)", password: "kopi-susu-pagi")
                    .status)
        }
        XCTAssertEqual(statuses.last, .tooManyRequests, "\(statuses)")
        XCTAssertEqual(statuses.dropLast().filter { $0 == .unauthorized }.count, 10)
    }

    func testOwnersChangeTheirPasswordAndOtherSessionsEnd() async throws {
        try await world()
        let here = try await APIClient.signIn(app, "pegawai.medan")
        let elsewhere = try await APIClient.signIn(app, "pegawai.medan")
        func change(_ current: String, _ new: String) async throws -> XCTHTTPResponse {
            try await here.send(
                .PUT, "/api/v1/me/password", json: #"{"current_password":"\#(current)","password":"\#(new)"}"#)
        }
        let wrong = try await change("salah-sekali", "sandi-baru-siti-26")
        XCTAssertEqual(wrong.status, .unprocessableEntity)
        XCTAssertEqual(try field(wrong), "current_password")
        let weak = try await change(TestBuilder.password, "pegawai.medan")
        XCTAssertEqual(try field(weak), "password")
        await eq(try await change(TestBuilder.password, "sandi-baru-siti-26").status, .noContent)
        await eq(try await here.get("/api/v1/me").status, .ok, "the session that changed it stays")
        await eq(try await elsewhere.get("/api/v1/me").status, .unauthorized)
        _ = try await APIClient.signIn(app, "pegawai.medan", password: "sandi-baru-siti-26")
    }
}
