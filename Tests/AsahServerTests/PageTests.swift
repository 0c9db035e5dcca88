import AsahCore
import Fluent
import Plot
import XCTVapor

@testable import AsahServer

final class PageTests: AppTestCase {
    static let evil = #"Budi "><script>alert(1)</script>"#

    func testAHostileNameRendersInertInTextAndAttributes() async throws {
        try await world()
        let id = try await agencyID("medan")
        let employee = try await Employee.query(on: db).filter(\.$agencyID == id).first()!
        employee.name = Self.evil
        employee.searchName = Self.evil.lowercased()
        try await employee.save(on: db)
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        // Text: the profile heading and the list; attribute: the search box keeps the query as its value.
        let profile = try await browser.get("/pegawai/\(employee.nip)")
        let list = try await browser.get("/instansi/medan/pegawai?q=" + Self.evil.formEncoded)
        let edit = try await browser.get("/pegawai/\(employee.nip)/ubah")
        for page in [profile, list, edit] {
            XCTAssertEqual(page.status, .ok)
            XCTAssertFalse(page.text.contains("<script>alert(1)</script>"), page.text)
            XCTAssertFalse(page.text.contains(#""><script"#))
            XCTAssertTrue(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
        XCTAssertTrue(list.text.contains(#"value="Budi &quot;&gt;&lt;script&gt;"#), "search value attribute escaped")
        XCTAssertTrue(list.text.contains("1 pegawai ditemukan"))
    }

    func testPagesStayUnderFiftyKilobytes() async throws {
        try await seedDemo()
        var browser = Browser(app)
        let login = try await browser.get("/masuk")
        XCTAssertLessThan(login.body.readableBytes, 50_000)
        _ = try await browser.login("pengelola.medan")
        let nip = try await Employee.query(on: db).filter(\.$agencyID == (try await agencyID("medan"))).first()!.nip
        // The employee with the most ledger lines this year.
        struct Busiest: Decodable { var nip: String }
        let busiest = try await sql.raw(
            """
            SELECT e.nip FROM learning_entries l JOIN employees e ON e.id = l.employee_id
            WHERE e.agency_id = \(bind: try await agencyID("medan")) GROUP BY e.nip ORDER BY COUNT(*) DESC, e.nip LIMIT 1
            """
        ).firstRow(Busiest.self)!.nip
        let css = try await browser.get("/static/asah-3.css")
        XCTAssertEqual(css.status, .ok)
        for path in [
            "/", "/instansi/medan", "/instansi/medan/pegawai", "/pegawai/\(nip)", "/pegawai/\(nip)/ubah",
            "/instansi/medan/impor", "/instansi/medan/jabatan", "/instansi/medan/unit/baru",
            "/instansi/medan/pegawai/baru",
            "/instansi/medan/jp", "/instansi/medan/jp?tahun=\(TestClock.year - 1)", "/pegawai/\(nip)/jp",
            "/pegawai/\(busiest)/jp", "/instansi/medan/pengaturan/jp",
        ] {
            let page = try await browser.get(path)
            XCTAssertEqual(page.status, .ok, path)
            let total = page.body.readableBytes + css.body.readableBytes
            XCTAssertLessThan(total, 50_000, "\(path) weighs \(total) bytes with its CSS")
            XCTAssertTrue(page.text.contains(#"<html lang="id">"#), path)
        }
    }

    func testTheUnitTreeCountsEmployeesOfSubUnitsToo() async throws {
        // Ten more people in the bidang, a sub-unit of Dinas Perhubungan.
        try await crowd(10)
        let medan = try await agencyID("medan")
        let dishub = try await Unit.query(on: db).filter(\.$agencyID == medan).filter(\.$name == "Dinas Perhubungan")
            .first()!
        let expected = try await sql.raw(
            "SELECT COUNT(*) AS n FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.path LIKE \(bind: dishub.path + "%")"
        ).firstRow(CountRow.self)!.n
        XCTAssertGreaterThan(expected, 10)
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        let page = try await browser.get("/instansi/medan")
        XCTAssertTrue(
            page.text.contains(">Dinas Perhubungan</a><span class=\"count\"> · \(expected) pegawai<"), page.text)
    }

    func testEmployeeListSearchesByNameAndNIPAndPaginates() async throws {
        try await crowd(30)
        let id = try await agencyID("medan")
        let total = try await Employee.query(on: db).filter(\.$agencyID == id).count()
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        let all = try await browser.get("/instansi/medan/pegawai")
        XCTAssertTrue(all.text.contains("\(total) pegawai ditemukan"))
        XCTAssertTrue(all.text.contains("Halaman 1 dari \((total + 24) / 25)"))
        let page2 = try await browser.get("/instansi/medan/pegawai?page=2")
        XCTAssertTrue(page2.text.contains("Halaman 2 dari"))

        let someone = try await Employee.query(on: db).filter(\.$agencyID == id).sort(\.$nip).first()!
        let byNIP = try await browser.get("/instansi/medan/pegawai?q=" + NIP.format(someone.nip).formEncoded)
        XCTAssertTrue(byNIP.text.contains("1 pegawai ditemukan"))
        XCTAssertTrue(byNIP.text.contains(someone.name))
        let byName = try await browser.get("/instansi/medan/pegawai?q=" + someone.name.uppercased().formEncoded)
        XCTAssertTrue(byName.text.contains(someone.name))
        let none = try await browser.get("/instansi/medan/pegawai?q=%25_zzz")
        XCTAssertTrue(none.text.contains("0 pegawai ditemukan"))
    }

    func testFormsShowErrorsBesideTheFieldAndSave() async throws {
        try await world()
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        let empty = try await browser.post("/instansi/medan/unit/baru", form: ["name": ""])
        XCTAssertEqual(empty.status, .unprocessableEntity)
        XCTAssertTrue(empty.text.contains(#"id="f-name-err""#))
        XCTAssertTrue(empty.text.contains("Nama unit kerja wajib diisi."))

        let ok = try await browser.post(
            "/instansi/medan/unit/baru", form: ["name": "Bidang Inovasi Daerah", "code": "inovasi"])
        XCTAssertEqual(ok.status, .seeOther)
        let unit = try await Unit.query(on: db).filter(\.$name == "Bidang Inovasi Daerah").first()
        XCTAssertNotNil(unit)
        let duplicate = try await browser.post("/instansi/medan/unit/baru", form: ["name": "bidang inovasi daerah"])
        XCTAssertEqual(duplicate.status, .unprocessableEntity)

        // Moving a unit rewrites its sub-units' paths.
        let child = try await browser.post(
            "/instansi/medan/unit/baru", form: ["name": "Seksi Data", "parent_id": unit!.id!.uuidString])
        XCTAssertEqual(child.status, .seeOther)
        let parentRow = try await Unit.query(on: db).filter(\.$name == "Dinas Perhubungan").filter(\.$parentID == nil)
            .filter(\.$agencyID == (try await agencyID("medan"))).first()!
        let move = try await browser.post(
            "/instansi/medan/unit/\(unit!.id!.uuidString)/ubah",
            form: ["name": "Bidang Inovasi Daerah", "parent_id": parentRow.id!.uuidString])
        XCTAssertEqual(move.status, .seeOther)
        let movedChild = try await Unit.query(on: db).filter(\.$name == "Seksi Data").first()!
        XCTAssertTrue(movedChild.path.hasPrefix(parentRow.path + unit!.id!.uuidString + "/"), movedChild.path)
        let cycle = try await browser.post(
            "/instansi/medan/unit/\(unit!.id!.uuidString)/ubah",
            form: ["name": "Bidang Inovasi Daerah", "parent_id": movedChild.id!.uuidString])
        XCTAssertEqual(cycle.status, .unprocessableEntity)

        let badEmployee = try await browser.post(
            "/instansi/medan/pegawai/baru",
            form: [
                "nip": "19910317 201603 1 905", "name": "Andi Lubis", "status": "pns", "gender": "F",
                "birth_date": "1991-03-17",
            ])
        XCTAssertEqual(badEmployee.status, .unprocessableEntity)
        XCTAssertTrue(badEmployee.text.contains("Jenis kelamin tidak sesuai dengan digit ke-15 NIP."))
        let goodEmployee = try await browser.post(
            "/instansi/medan/pegawai/baru",
            form: [
                "nip": "19910317 201603 1 905", "name": "Andi Lubis", "status": "pns", "gender": "M",
                "birth_date": "1991-03-17", "golongan": "III/a", "unit_id": parentRow.id!.uuidString,
            ])
        XCTAssertEqual(goodEmployee.status, .seeOther)
        let profile = try await browser.get("/pegawai/199103172016031905")
        XCTAssertTrue(profile.text.contains("Andi Lubis"))
        XCTAssertTrue(profile.text.contains("19910317 201603 1 905"))

        let position = try await browser.post(
            "/instansi/medan/jabatan/baru", form: ["name": "Pranata Komputer", "kind": "fungsional"])
        XCTAssertEqual(position.status, .unprocessableEntity)
        XCTAssertTrue(position.text.contains("Jabatan fungsional wajib memiliki jenjang."))
        let savedPosition = try await browser.post(
            "/instansi/medan/jabatan/baru",
            form: ["name": "Pranata Komputer Ahli Muda", "kind": "fungsional", "jenjang": "ahli_muda"])
        XCTAssertEqual(savedPosition.status, .seeOther)
        await gt(try await count("audit_log"), 0)
    }
}

final class FormMarkupTests: XCTestCase {
    func testEmptyOptionsSubmitAnEmptyValue() {
        let html = selectField(
            "Unit kerja", name: "unit_id", options: [("a", "A")], selected: nil, includeEmpty: "(belum ditempatkan)"
        ).render()
        XCTAssertTrue(
            html.contains(#"<option value>(belum ditempatkan)</option>"#) || html.contains(#"<option value="">"#), html)
    }
}
