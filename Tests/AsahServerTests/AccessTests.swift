import Fluent
import XCTVapor

@testable import AsahServer

/// A manager of Medan can never read or change another agency's data, through pages or the API;
/// unit heads, supervisors and employees see only their part.
final class AccessTests: AppTestCase {
    func mamujuEmployeeNIP() async throws -> String {
        let id = try await agencyID("mamuju")
        return try await Employee.query(on: db).filter(\.$agencyID == id).first()!.nip
    }

    func testManagerCannotReachAnotherAgencyThroughPages() async throws {
        try await world()
        let nip = try await mamujuEmployeeNIP()
        var medan = Browser(app)
        _ = try await medan.login("pengelola.medan")
        for path in [
            "/instansi/mamuju", "/instansi/mamuju/pegawai", "/instansi/mamuju/impor", "/pegawai/\(nip)",
            "/pegawai/\(nip)/ubah", "/instansi/mamuju/unit/baru", "/instansi/mamuju/jabatan",
            "/instansi/mamuju/pegawai/baru",
        ] {
            let res = try await medan.get(path)
            XCTAssertEqual(res.status, .notFound, path)
            XCTAssertFalse(res.text.contains("Mamuju"), path)
        }
        let before = try await count("units")
        let create = try await medan.post("/instansi/mamuju/unit/baru", form: ["name": "Unit Titipan"])
        XCTAssertEqual(create.status, .notFound)
        let edit = try await medan.post("/pegawai/\(nip)/ubah", form: ["name": "Diubah", "status": "pns"])
        XCTAssertEqual(edit.status, .notFound)
        let upload = try await medan.upload(
            "/instansi/mamuju/impor", field: "berkas", filename: "x.csv", content: SiasnCSV.text(SiasnCSV.valid))
        XCTAssertEqual(upload.status, .notFound)
        await eq(try await count("units"), before)
        await ne(try await Employee.query(on: db).filter(\.$nip == nip).first()?.name, "Diubah")
    }

    func testManagerCannotReachAnotherAgencyThroughTheAPI() async throws {
        try await world()
        let nip = try await mamujuEmployeeNIP()
        let api = try await APIClient.signIn(app, "pengelola.medan")
        let agencies = try json(try await api.get("/api/v1/agencies"))
        XCTAssertEqual((agencies["items"] as? [[String: Any]])?.compactMap { $0["code"] as? String }, ["medan"])
        for path in ["/api/v1/agencies/mamuju/units", "/api/v1/agencies/mamuju/employees", "/api/v1/employees/\(nip)"] {
            await eq(try await api.get(path).status, .notFound, path)
        }
        let before = try await count("employees")
        let res = try await api.post("/api/v1/agencies/mamuju/imports/employees", body: SiasnCSV.text(SiasnCSV.valid))
        XCTAssertEqual(res.status, .notFound)
        await eq(try await count("employees"), before)
        // Its own agency works.
        await eq(try await api.get("/api/v1/agencies/medan/units").status, .ok)
    }

    func testAdminSeesEveryAgency() async throws {
        try await world()
        try await build.agency("padangsidempuan", name: "Pemerintah Kota Padangsidempuan")
        try await build.agency(
            "sulbar", name: "Pemerintah Provinsi Sulawesi Barat", kind: .provinsi, province: "Sulawesi Barat")
        let api = try await APIClient.signIn(app, "admin")
        let agencies = try json(try await api.get("/api/v1/agencies"))
        XCTAssertEqual((agencies["items"] as? [[String: Any]])?.count, 4)
        var browser = Browser(app)
        _ = try await browser.login("admin")
        await eq(try await browser.get("/instansi/mamuju/pegawai").status, .ok)
    }

    func testUnitHeadSeesOnlyTheirUnit() async throws {
        try await world()
        var head = Browser(app)
        _ = try await head.login("kepala.medan")
        let list = try await head.get("/instansi/medan/pegawai")
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.text.contains("Pegawai unit kerja"))
        let user = try await User.query(on: db).filter(\.$username == "kepala.medan").first()!
        let unit = try await Unit.find(user.unitID, on: db)!
        // Everyone listed is in the head's unit subtree: compare with SQL.
        struct NIPRow: Decodable { var nip: String }
        let inSubtree = try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM employees e JOIN units u ON u.id = e.unit_id
            WHERE u.path LIKE \(bind: unit.path + "%")
            """
        ).firstRow(CountRow.self)!.n
        XCTAssertTrue(list.text.contains("\(inSubtree) pegawai ditemukan"), "expected \(inSubtree)")
        // Someone outside the unit is not readable.
        let outsider = try await sql.raw(
            """
            SELECT e.nip FROM employees e JOIN units u ON u.id = e.unit_id JOIN agencies a ON a.id = e.agency_id
            WHERE a.code = 'medan' AND u.path NOT LIKE \(bind: unit.path + "%") LIMIT 1
            """
        ).firstRow(NIPRow.self)!.nip
        await eq(try await head.get("/pegawai/\(outsider)").status, .notFound)
        await eq(try await head.get("/instansi/medan/impor").status, .forbidden)
    }

    func testEmployeeSeesThemselfAndSupervisorSeesSubordinates() async throws {
        try await world()
        let user = try await User.query(on: db).filter(\.$username == "pegawai.medan").first()!
        let me = try await Employee.find(user.employeeID, on: db)!
        var employee = Browser(app)
        _ = try await employee.login("pegawai.medan")
        await eq(try await employee.get("/pegawai/\(me.nip)").status, .ok)
        let boss = try await Employee.find(me.supervisorID, on: db)!
        await eq(try await employee.get("/pegawai/\(boss.nip)").status, .notFound)
        await eq(try await employee.get("/instansi/medan/impor").status, .forbidden)

        // The head of Dinas Perhubungan supervises someone: they may open that person's profile.
        let head = try await User.query(on: db).filter(\.$username == "kepala.medan").first()!
        let subordinate = try await Employee.query(on: db).filter(\.$supervisorID == head.employeeID).first()!
        var headBrowser = Browser(app)
        _ = try await headBrowser.login("kepala.medan")
        await eq(try await headBrowser.get("/pegawai/\(subordinate.nip)").status, .ok)

        let api = try await APIClient.signIn(app, "pegawai.medan")
        await eq(try await api.get("/api/v1/employees/\(me.nip)").status, .ok)
        await eq(try await api.get("/api/v1/employees/\(boss.nip)").status, .notFound)
    }

    func testContactDetailsAreMaskedForNonManagers() async throws {
        try await world()
        let user = try await User.query(on: db).filter(\.$username == "pegawai.medan").first()!
        let me = try await Employee.find(user.employeeID, on: db)!
        me.email = "contoh.pegawai@pemkomedan.go.id"
        try await me.save(on: db)
        var employee = Browser(app)
        _ = try await employee.login("pegawai.medan")
        let own = try await employee.get("/pegawai/\(me.nip)")
        XCTAssertFalse(own.text.contains("contoh.pegawai@"))
        XCTAssertTrue(own.text.contains("c•••@pemkomedan.go.id"))
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        await isTrue(try await manager.get("/pegawai/\(me.nip)").text.contains("contoh.pegawai@pemkomedan.go.id"))
    }
}
