import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// Cases found in review: hostile query values, foreign ids inside one's own agency, roles without
/// the right to write, and imports that must not wipe what a file does not carry.
final class HardeningTests: AppTestCase {
    func testLoginRedirectStaysOnThisSite() async throws {
        try await build.agencyWithManager("medan", name: "Kota Medan")
        for (next, expected) in [
            ("/instansi/medan", "/instansi/medan"), ("//evil.example", "/"), ("/%09/evil.example", "/"),
        ] {
            var browser = Browser(app)
            _ = try await browser.get("/masuk")
            let res = try await browser.post(
                "/masuk",
                form: ["username": "pengelola.medan", "password": "asah-demo", "lanjut": next.removingPercentEncoding!])
            XCTAssertEqual(res.headers.first(name: .location), expected, next)
        }
    }

    func testHugePageNumbersDoNotCrash() async throws {
        try await world()
        var browser = Browser(app)
        _ = try await browser.login("pegawai.medan")
        let page = try await browser.get("/instansi/medan/pegawai?page=9223372036854775807")
        XCTAssertEqual(page.status, .ok)
        let api = try await APIClient.signIn(app, "pengelola.medan")
        let list = try await api.get(
            "/api/v1/agencies/medan/employees?page=9223372036854775807&per=9223372036854775807")
        XCTAssertEqual(list.status, .ok)
        XCTAssertEqual(try json(list)["per"] as? Int, 200)
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        await eq(try await manager.get("/instansi/medan/jabatan?page=9223372036854775807").status, .ok)
    }

    func testForeignIdsInsideOnesOwnAgencyAreRefused() async throws {
        try await build.agencyWithManager("medan", name: "Kota Medan")
        let mamuju = try await build.agency("mamuju", name: "Kabupaten Mamuju", province: "Sulawesi Barat")
        let unit = try await build.unit("Dinas Perhubungan", in: mamuju)
        let position = try await build.position("Analis Transportasi", in: unit)
        let boss = try await build.employee("Kepala Dinas", nip: "197501012000031001", in: position)
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        await eq(try await browser.get("/instansi/medan/unit/\(unit.id!.uuidString)/ubah").status, .notFound)
        await eq(try await browser.get("/instansi/medan/jabatan/\(position.id!.uuidString)/ubah").status, .notFound)
        let before = try await count("units")
        let child = try await browser.post(
            "/instansi/medan/unit/baru", form: ["name": "Unit Titipan", "parent_id": unit.id!.uuidString])
        XCTAssertEqual(child.status, .unprocessableEntity)
        await eq(try await count("units"), before)
        let employee = try await browser.post(
            "/instansi/medan/pegawai/baru",
            form: [
                "nip": "199103172016031905", "name": "Andi Lubis", "status": "pns", "gender": "M",
                "birth_date": "1991-03-17", "unit_id": unit.id!.uuidString, "position_id": position.id!.uuidString,
                "supervisor_nip": boss.nip,
            ])
        XCTAssertEqual(employee.status, .unprocessableEntity)
        XCTAssertTrue(employee.text.contains("Unit kerja tidak ditemukan."))
        XCTAssertTrue(employee.text.contains("Jabatan tidak ditemukan."))
        XCTAssertTrue(employee.text.contains("Tidak ada pegawai dengan NIP ini di instansi Anda."))
        await isNil(try await Employee.query(on: db).filter(\.$nip == "199103172016031905").first())
    }

    func testUnitHeadsAndEmployeesCannotWriteOrganisationData() async throws {
        try await world()
        let medan = try await agencyID("medan")
        let someone = try await Employee.query(on: db).filter(\.$agencyID == medan).first()!
        for username in ["kepala.medan", "pegawai.medan"] {
            var browser = Browser(app)
            _ = try await browser.login(username)
            let before = (try await count("units"), try await count("positions"), try await count("employees"))
            for (path, form) in [
                ("/instansi/medan/unit/baru", ["name": "Unit Baru"]),
                ("/instansi/medan/jabatan/baru", ["name": "Jabatan Baru", "kind": "pelaksana"]),
                ("/instansi/medan/pegawai/baru", ["nip": "199103172016031905", "name": "X", "status": "pns"]),
            ] {
                let res = try await browser.post(path, form: form)
                XCTAssertEqual(res.status, .forbidden, "\(username) \(path)")
            }
            let edit = try await browser.post(
                "/pegawai/\(someone.nip)/ubah", form: ["name": "Diubah", "status": "pns"])
            XCTAssertTrue([.forbidden, .notFound].contains(edit.status), "\(username) edit: \(edit.status)")
            let upload = try await browser.upload(
                "/instansi/medan/impor", field: "berkas", filename: "x.csv", content: SiasnCSV.text(SiasnCSV.valid))
            XCTAssertEqual(upload.status, .forbidden)
            let after = (try await count("units"), try await count("positions"), try await count("employees"))
            XCTAssertTrue(before == after, username)
        }
    }

    func testAnInvalidDryRunFlagIsRefusedNotImported() async throws {
        try await build.agencyWithManager("medan", name: "Kota Medan")
        let api = try await APIClient.signIn(app, "pengelola.medan")
        let before = try await count("employees")
        let res = try await api.post(
            "/api/v1/agencies/medan/imports/employees?dry_run=yes", body: SiasnCSV.text(SiasnCSV.valid))
        XCTAssertEqual(res.status, .badRequest)
        await eq(try await count("employees"), before)
    }

    func testAFileWithoutSomeColumnsKeepsWhatItDoesNotCarry() async throws {
        let medan = try await build.agency("medan", name: "Kota Medan").requireID()
        _ = try await EmployeeImporter.run(
            file: Data(SiasnCSV.text(SiasnCSV.valid).utf8), agencyID: medan, dryRun: false, userID: nil,
            today: TestClock.today, on: db)
        let before = try await EmployeeQueries.detail(nip: "199208242016032902", on: db)!
        // Only NIP and name: unit, position, golongan, gelar and status stay; the new spelling of the name is taken.
        let slim = "NIP BARU|NAMA\n199208242016032902|Nurhaliza Lubis Harahap\n"
        let report = try await EmployeeImporter.run(
            file: Data(slim.utf8), agencyID: medan, dryRun: false, userID: nil, today: TestClock.today, on: db)
        XCTAssertEqual([report.created, report.updated, report.unchanged, report.unitsCreated], [0, 1, 0, 0])
        let after = try await EmployeeQueries.detail(nip: "199208242016032902", on: db)!
        XCTAssertEqual(after.name, "Nurhaliza Lubis Harahap")
        XCTAssertEqual(after.unitID, before.unitID)
        XCTAssertEqual(after.positionID, before.positionID)
        XCTAssertEqual(after.golongan, before.golongan)
        XCTAssertEqual(after.gelarBelakang, before.gelarBelakang)
        XCTAssertEqual(after.status, before.status)
    }

    func testProfilesListOnlySubordinatesTheViewerMayRead() async throws {
        // The Sekretaris Daerah supervises the Dishub head; the head may open the Sekda's profile? No:
        // the Sekda is outside their unit, so that profile is not readable at all.
        let world = try await world()
        let me = world.medan.head
        let boss = world.medan.secretary
        XCTAssertEqual(me.supervisorID, boss.id)
        var browser = Browser(app)
        _ = try await browser.login("kepala.medan")
        let own = try await browser.get("/pegawai/\(me.nip)")
        XCTAssertEqual(own.status, .ok)
        await eq(try await browser.get("/pegawai/\(boss.nip)").status, .notFound)
        // Not a link, and the API hides the NIP the policy does not let them read.
        XCTAssertFalse(own.text.contains("/pegawai/\(boss.nip)\""))
        let api = try await APIClient.signIn(app, "kepala.medan")
        let body = try json(try await api.get("/api/v1/employees/\(me.nip)"))
        XCTAssertTrue(body["supervisor_nip"] == nil || body["supervisor_nip"] is NSNull, "\(body)")
    }
}
