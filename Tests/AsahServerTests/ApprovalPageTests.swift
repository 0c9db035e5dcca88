import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// A unit head decides the requests of their own staff from one list; a manager sees the agency's.
final class ApprovalPageTests: AppTestCase {
    func testAUnitHeadApprovesTheirStaffsRequestsFromOneList() async throws {
        let world = try await world()
        let open = try await build.activity(
            "Pelayanan Publik Prima dan Komunikasi dengan Warga", in: world.medan.agency, requiresApproval: true,
            capacity: 30)
        XCTAssertTrue(open.requiresApproval)
        let head = try await User.query(on: db).filter(\.$username == "kepala.medan").first()!

        // Two requests: one from the head's own unit, one from a unit outside it.
        var staff = Browser(app)
        _ = try await staff.login("pegawai.medan")
        await eq(try await staff.post("/kegiatan/\(open.id!)/daftar", form: [:]).status, .seeOther)
        // Dinas Kesehatan is outside the head's Dinas Perhubungan.
        let outsider = world.medan.outsider
        var other = try await browser(as: outsider)
        await eq(try await other.post("/kegiatan/\(open.id!)/daftar", form: [:]).status, .seeOther)

        var kepala = Browser(app)
        _ = try await kepala.login("kepala.medan")
        let home = try await kepala.get("/")
        XCTAssertTrue(home.text.contains("1 permintaan ikut kegiatan menunggu persetujuan Anda"), home.text)
        let list = try await kepala.get("/persetujuan-kegiatan")
        XCTAssertEqual(list.status, .ok)
        let staffEmployee = try await Employee.find(
            try await User.query(on: db).filter(\.$username == "pegawai.medan").first()!.employeeID, on: db)!
        XCTAssertTrue(list.text.contains(NIP.format(staffEmployee.nip)))
        XCTAssertFalse(list.text.contains(NIP.format(outsider.nip)), "another unit's request is not this head's")

        // The head may not decide the outsider's request, even by posting it.
        let outsiderRequest = try await Enrolment.query(on: db).filter(\.$activityID == open.id!)
            .filter(\.$employeeID == outsider.id!).first()!
        await eq(
            try await kepala.post("/persetujuan-kegiatan/\(outsiderRequest.id!)", form: ["setuju": "ya"]).status,
            .notFound)
        let staffRequest = try await Enrolment.query(on: db).filter(\.$activityID == open.id!)
            .filter(\.$employeeID == staffEmployee.id!).first()!
        let approved = try await kepala.post("/persetujuan-kegiatan/\(staffRequest.id!)", form: ["setuju": "ya"])
        XCTAssertEqual(approved.status, .seeOther)
        XCTAssertEqual(approved.headers.first(name: .location), "/persetujuan-kegiatan?pesan=tersimpan")
        let decided = try await Enrolment.find(staffRequest.id, on: db)!
        XCTAssertTrue(["enrolled", "waitlisted"].contains(decided.state), decided.state)
        XCTAssertEqual(decided.decidedBy, head.id)
        let afterDecision = try await kepala.get("/persetujuan-kegiatan")
        XCTAssertFalse(afterDecision.text.contains(staffEmployee.nip))
        // Deciding twice is refused on the list, with the reason.
        let again = try await kepala.post("/persetujuan-kegiatan/\(staffRequest.id!)", form: ["setuju": "tidak"])
        XCTAssertEqual(again.status, .conflict, again.text)

        // The manager sees the rest of the agency; another agency's manager sees none of it.
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let agencyList = try await manager.get("/persetujuan-kegiatan")
        XCTAssertTrue(agencyList.text.contains(NIP.format(outsider.nip)))
        var mamuju = Browser(app)
        _ = try await mamuju.login("pengelola.mamuju")
        let otherAgency = try await mamuju.get("/persetujuan-kegiatan")
        XCTAssertFalse(otherAgency.text.contains(outsider.nip))
        await eq(
            try await mamuju.post("/persetujuan-kegiatan/\(outsiderRequest.id!)", form: ["setuju": "ya"]).status,
            .notFound)
        // An employee has no such list.
        await eq(try await staff.get("/persetujuan-kegiatan").status, .forbidden)
    }

    /// Issue 9, finding 4: a unit head's own request waited in their own list and they approved it.
    /// It now goes to a manager (or the head above them), and deciding it oneself is refused.
    func testAUnitHeadDoesNotDecideTheirOwnRequest() async throws {
        let world = try await world()
        let open = try await build.activity(
            "Pelayanan Publik Prima dan Komunikasi dengan Warga", in: world.medan.agency, requiresApproval: true,
            capacity: 30)
        let head = try await User.query(on: db).filter(\.$username == "kepala.medan").first()!
        var kepala = Browser(app)
        _ = try await kepala.login("kepala.medan")
        await eq(try await kepala.post("/kegiatan/\(open.id!)/daftar", form: [:]).status, .seeOther)
        let own = try await Enrolment.query(on: db).filter(\.$activityID == open.id!)
            .filter(\.$employeeID == head.employeeID!).first()!
        XCTAssertEqual(own.state, "requested")
        let list = try await kepala.get("/persetujuan-kegiatan")
        XCTAssertEqual(list.status, .ok)
        XCTAssertFalse(list.text.lowercased().contains(own.id!.uuidString.lowercased()))
        let home = try await kepala.get("/")
        XCTAssertFalse(home.text.contains("menunggu persetujuan Anda"))
        let page = try await kepala.post("/persetujuan-kegiatan/\(own.id!)", form: ["setuju": "ya"])
        XCTAssertTrue([.forbidden, .notFound].contains(page.status), "\(page.status)")
        let api = try await APIClient.signIn(app, "kepala.medan")
        await eq(
            try await api.send(.POST, "/api/v1/enrolments/\(own.id!)/decision", json: #"{"approve":true}"#).status,
            .forbidden)
        await eq(try await Enrolment.find(own.id, on: db)!.state, "requested")
        // The agency's manager decides it.
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let decided = try await manager.send(
            .POST, "/api/v1/enrolments/\(own.id!)/decision", json: #"{"approve":true}"#)
        XCTAssertEqual(decided.status, .ok, decided.text)
    }
}
