import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// The PPPK maximum counts per contract year from the contract start (PP 49/2018 Pasal 40(1)).
final class PPPKLimitTests: AppTestCase {
    func employeeForm(_ e: Employee, contractStart: String) -> [String: String] {
        [
            "name": e.name, "status": e.status, "gender": e.gender,
            "birth_date": "\(e.nip.prefix(4))-\(e.nip.dropFirst(4).prefix(2))-\(e.nip.dropFirst(6).prefix(2))",
            "unit_id": e.unitID!.uuidString, "position_id": e.positionID!.uuidString,
            "contract_start": contractStart,
        ]
    }

    func testAPPPKOverTheMaximumInTheContractYearIsListedThoughNotInTheCalendarYear() async throws {
        let world = try await world()
        let pppk = world.medan.pppk
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        _ = try await manager.get("/pegawai/\(pppk.nip)/ubah")
        let refused = try await manager.post(
            "/pegawai/\(pppk.nip)/ubah", form: employeeForm(pppk, contractStart: "31-12-2025"))
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.text.contains("Isi tanggal yang benar"))
        let future = try await manager.post(
            "/pegawai/\(pppk.nip)/ubah", form: employeeForm(pppk, contractStart: "2026-08-01"))
        XCTAssertTrue(future.text.contains("tidak boleh setelah hari ini"), "a future start would hide today's JP")
        let saved = try await manager.post(
            "/pegawai/\(pppk.nip)/ubah", form: employeeForm(pppk, contractStart: "2025-10-01"))
        XCTAssertEqual(saved.status, .seeOther, saved.text)
        await eq(try await Employee.find(pppk.id, on: db)?.contractStart, "2025-10-01")

        // Contract year 1 October 2025 – 30 September 2026 (today is 15 July 2026): 20 + 6 = 26 JP.
        try await credit(pppk, "2025-09-15", 1000)  // the contract year before
        try await credit(pppk, "2025-11-03", 2000)
        try await credit(pppk, "2026-05-04", 600)
        let page = try await manager.get("/instansi/medan/jp")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.text.contains("PPPK melebihi batas 24 JP (1)"), page.text)
        XCTAssertTrue(page.text.contains("1 Oktober 2025 – 30 September 2026"))
        XCTAssertTrue(page.text.contains(">2 JP<"), "2 JP over")
        let csv = try await manager.get("/instansi/medan/jp?format=csv&daftar=pppk")
        XCTAssertEqual(csv.status, .ok)
        XCTAssertEqual(
            csv.text.split(whereSeparator: \.isNewline).map(String.init).last,
            "\(pppk.nip);\(pppk.name);\(world.medan.section.name);2025-10-01;2026-09-30;26;2", csv.text)
        // Another PPPK without a contract start is held to the calendar year: 25 JP in 2026, not the
        // 20 JP of 2025; one under the maximum is not listed.
        let calendar = try await build.employee(
            "Rina Pratiwi", nip: "199203032024212001", in: world.medan.clerkPosition, status: .pppk)
        try await credit(calendar, "2025-12-20", 2000)
        try await credit(calendar, "2026-01-05", 2500)
        let under = try await build.employee(
            "Sari Lestari", nip: "199304042024212002", in: world.medan.clerkPosition, status: .pppk)
        try await credit(under, "2026-02-05", 2400)
        let both = try await manager.get("/instansi/medan/jp")
        XCTAssertTrue(both.text.contains("PPPK melebihi batas 24 JP (2)"), both.text)
        XCTAssertTrue(both.text.contains("1 Januari 2026 – 31 Desember 2026"))
        XCTAssertFalse(both.text.contains("Sari Lestari"))
        let hours = try await manager.get("/pegawai/\(pppk.nip)/jp")
        XCTAssertTrue(hours.text.contains("26 JP dari batas 24 JP, melebihi 2 JP."), hours.text)
        // The calendar year 2026 alone holds 6 JP: counted that way, nobody would be over.
        await eq(try await LearningQueries.total(employeeID: pppk.id!, year: 2026, on: db), JP(whole: 6))

        // Nominating her for a half-day course warns the manager; a PNS gets no warning.
        let course = try await build.activity("Pelayanan Prima", in: world.medan.agency)
        let api = try await APIClient.signIn(app, "pengelola.medan")
        let nominated = try json(
            try await api.send(
                .POST, "/api/v1/activities/\(course.id!.uuidString)/enrolments", json: #"{"nip":"\#(pppk.nip)"}"#))
        let warning = (nominated["warnings"] as? [String])?.first ?? ""
        XCTAssertTrue(warning.contains("melebihi batas 24 JP sebanyak 7,33 JP"), "\(nominated)")
        let pns = try json(
            try await api.send(
                .POST, "/api/v1/activities/\(course.id!.uuidString)/enrolments",
                json: #"{"nip":"\#(world.medan.colleague.nip)"}"#))
        XCTAssertNil(pns["warnings"], "\(pns)")

        // Another agency's manager sees none of it.
        var other = Browser(app)
        _ = try await other.login("pengelola.mamuju")
        await eq(try await other.get("/pegawai/\(pppk.nip)/jp").status, .notFound)
    }
}
