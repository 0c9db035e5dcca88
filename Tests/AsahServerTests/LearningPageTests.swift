import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// The employee's JP page, the JP settings and the home-page reminders.
final class LearningPageTests: AppTestCase {
    struct Sum: Decodable { var total: Int? }

    func ledgerTotal(_ e: Employee, year: Int) async throws -> JP {
        JP(
            hundredths: try await sql.raw(
                "SELECT CAST(SUM(jp_hundredths) AS BIGINT) AS total FROM learning_entries WHERE employee_id = \(bind: e.id!) AND year = \(bind: year)"
            ).firstRow(Sum.self)?.total ?? 0)
    }

    func sample(_ code: String = "medan") async throws -> Employee {
        let user = try await User.query(on: db).filter(\.$username == "pegawai.\(code)").first()!
        return try await Employee.find(user.employeeID, on: db)!
    }

    func testTheJPPageIsReadLikeTheProfile() async throws {
        try await world()
        let me = try await sample()
        let path = "/pegawai/\(me.nip)/jp"
        var own = Browser(app)
        _ = try await own.login("pegawai.medan")
        let mine = try await own.get(path)
        XCTAssertEqual(mine.status, .ok)
        XCTAssertTrue(mine.text.contains("JP saya \(TestClock.year)"))
        // The supervisor, the unit head of Dinas Perhubungan and the agency's manager read it too.
        var boss = try await browser(as: try await Employee.find(me.supervisorID, on: db)!)
        await eq(try await boss.get(path).status, .ok)
        for username in ["kepala.medan", "pengelola.medan", "admin"] {
            var b = Browser(app)
            _ = try await b.login(username)
            await eq(try await b.get(path).status, .ok, username)
        }
        // A colleague, a unit head of nothing above, and another agency's manager get a plain 404.
        let medan = try await agencyID("medan")
        let colleague = try await Employee.query(on: db).filter(\.$agencyID == medan).filter(\.$id != me.id!)
            .filter(\.$id != me.supervisorID!).filter(\.$supervisorID != me.id!).first()!
        var other = try await browser(as: colleague)
        await eq(try await other.get(path).status, .notFound)
        var mamuju = Browser(app)
        _ = try await mamuju.login("pengelola.mamuju")
        let refused = try await mamuju.get(path)
        XCTAssertEqual(refused.status, .notFound)
        XCTAssertFalse(refused.text.contains(me.name))
        // The unit head of Dinas Perhubungan cannot read someone outside it.
        let setda = try await AsahServer.Unit.query(on: db).filter(\.$agencyID == medan)
            .filter(\.$name == "Sekretariat Daerah").first()!
        let outsider = try await Employee.query(on: db).filter(\.$unitID == setda.id!).first()!
        var head = Browser(app)
        _ = try await head.login("kepala.medan")
        await eq(try await head.get("/pegawai/\(outsider.nip)/jp").status, .notFound)
        // Profile page and menu lead to it.
        let profile = try await own.get("/pegawai/\(me.nip)")
        XCTAssertTrue(profile.text.contains(#"href="\#(path)""#))
        XCTAssertTrue(mine.text.contains(#"<a href="\#(path)">JP saya</a>"#))
    }

    func testThePageShowsTheLedgerAgainstTheTarget() async throws {
        try await world()
        let year = TestClock.year
        let me = try await sample()
        try await credit(
            me, "\(year)-03-04", 600, title: "Bimtek Pelayanan Publik", jenis: 8,
            provider: "BPSDM Provinsi Sumatera Utara", certificate: "0457/BPSDM/III/\(year)")
        try await credit(me, "\(year)-01-20", 250, title: "Mentoring: Laporan <Kinerja>", jenis: 15)
        try await credit(me, "\(year - 1)-11-02", 2000, title: "Manajemen Proyek")
        var browser = Browser(app)
        _ = try await browser.login("pegawai.medan")
        let page = try await browser.get("/pegawai/\(me.nip)/jp")
        XCTAssertTrue(page.text.contains("8,5 JP<span class=\"muted\"> dari minimal 20 JP</span>"), page.text)
        XCTAssertTrue(page.text.contains(">Kurang 11,5 JP<"))
        XCTAssertTrue(page.text.contains(#"<rect width="42.5" height="6" class="short"/>"#), "bar at 8,5 of 20")
        for text in [
            "4 Maret \(year)", "Bimtek Pelayanan Publik",
            "Bimbingan Teknis", "Dicatat pengelola", "BPSDM Provinsi Sumatera Utara", "0457/BPSDM/III/\(year)",
            "Mentoring: Laporan &lt;Kinerja&gt;", ">6<", ">2,5<",
        ] {
            XCTAssertTrue(page.text.contains(text), text)
        }
        XCTAssertLessThan(page.text.range(of: "20 Januari")!.lowerBound, page.text.range(of: "4 Maret")!.lowerBound)
        XCTAssertFalse(page.text.contains("Manajemen Proyek"), "last year's line stays on last year's page")
        let last = try await browser.get("/pegawai/\(me.nip)/jp?tahun=\(year - 1)")
        XCTAssertTrue(last.text.contains(">Terpenuhi<") && last.text.contains("Manajemen Proyek"))
        XCTAssertTrue(last.text.contains(#"<span aria-current="page">\#(year - 1)</span>"#))
        XCTAssertTrue(last.text.contains(#"<a href="/pegawai/\#(me.nip)/jp?tahun=\#(year)">\#(year)</a>"#))

        // PPPK: a maximum, a warning past it; an empty year says so.
        let medan = try await agencyID("medan")
        let pppk = try await Employee.query(on: db).filter(\.$agencyID == medan).filter(\.$status == "pppk").first()!
        try await credit(pppk, "\(year)-02-10", 2500)
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let over = try await manager.get("/pegawai/\(pppk.nip)/jp")
        XCTAssertTrue(over.text.contains("25 JP<span class=\"muted\"> dari batas 24 JP</span>"))
        XCTAssertTrue(over.text.contains(">Melebihi batas 1 JP<") && over.text.contains("class=\"over\""))
        let empty = try await manager.get("/pegawai/\(pppk.nip)/jp?tahun=\(year - 1)")
        XCTAssertTrue(empty.text.contains("Belum ada catatan JP pada tahun \(year - 1)."))

        // Another agency's employee: the page's total is the ledger's sum.
        let other = try await sample("mamuju")
        try await credit(other, "\(year)-05-06", 325)
        try await credit(other, "\(year)-08-19", 1_200, jenis: 8)
        var mamuju = Browser(app)
        _ = try await mamuju.login("pegawai.mamuju")
        let total = try await ledgerTotal(other, year: year)
        let theirs = try await mamuju.get("/pegawai/\(other.nip)/jp")
        XCTAssertTrue(theirs.text.contains(">\(total.display)<span"), total.display)
    }

    func testJPSettingsAreForManagers() async throws {
        try await world()
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let form = try await manager.get("/instansi/medan/pengaturan/jp")
        XCTAssertEqual(form.status, .ok)
        XCTAssertTrue(form.text.contains(#"<option value="7" selected="selected">Juli</option>"#))
        let bad = try await manager.post(
            "/instansi/medan/pengaturan/jp", form: ["pns_minimum": "0", "pppk_maximum": "24", "reminder_month": "13"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("Pilih bulan Januari sampai Desember."))
        XCTAssertTrue(bad.text.contains("Isi 1 sampai 1.000 JP"))
        let ok = try await manager.post(
            "/instansi/medan/pengaturan/jp", form: ["pns_minimum": "24,5", "pppk_maximum": "30", "reminder_month": "3"])
        XCTAssertEqual(ok.status, .seeOther)
        let medan = try await agencyID("medan")
        await eq(
            try await AgencySettings.jpTargets(medan, on: db),
            JPTargets(pnsMinimum: JP(hundredths: 2450), pppkMaximum: JP(whole: 30)))
        await eq(try await AgencySettings.jpReminder(medan, on: db).month, 3)
        // Employees and unit heads may not, another agency's manager does not even find it.
        for username in ["pegawai.medan", "kepala.medan"] {
            var b = Browser(app)
            _ = try await b.login(username)
            await eq(try await b.get("/instansi/medan/pengaturan/jp").status, .forbidden, username)
            await eq(
                try await b.post(
                    "/instansi/medan/pengaturan/jp",
                    form: [
                        "pns_minimum": "1", "pppk_maximum": "1",
                        "reminder_month": "1",
                    ]
                ).status, .forbidden)
        }
        var mamuju = Browser(app)
        _ = try await mamuju.login("pengelola.mamuju")
        await eq(try await mamuju.get("/instansi/medan/pengaturan/jp").status, .notFound)
        await eq(try await AgencySettings.jpReminder(medan, on: db).month, 3)
    }

    func testHomeRemindersFromTheSetMonth() async throws {
        try await world()
        let today = TestClock.today
        let medan = try await agencyID("medan")
        try await AgencySettings.save(today.month, .jpReminderMonth, agencyID: medan, on: db)
        let me = try await sample()
        try await credit(me, today.iso, 850)

        var employee = Browser(app)
        _ = try await employee.login("pegawai.medan")
        let mine = try await employee.get("/")
        XCTAssertTrue(mine.text.contains("JP Anda tahun ini: 8,5 dari 20 JP"), mine.text)
        XCTAssertTrue(mine.text.contains(#"href="/pegawai/\#(me.nip)/jp""#))

        // The unit head: PNS of their unit below the minimum, as the compliance query counts them.
        let head = try await User.query(on: db).filter(\.$username == "kepala.medan").first()!
        let path = try await AsahServer.Unit.find(head.unitID, on: db)!.path
        let unit = try await LearningQueries.complianceTotal(
            agencyID: medan, year: today.year, minimum: JP(whole: 20), unitPath: path, on: db)
        XCTAssertGreaterThan(unit.counted - unit.met, 0)
        var kepala = Browser(app)
        _ = try await kepala.login("kepala.medan")
        let headHome = try await kepala.get("/")
        XCTAssertTrue(headHome.text.contains("\(unit.counted - unit.met) PNS di unit Anda belum mencapai 20 JP."))
        XCTAssertTrue(headHome.text.contains(#"href="/instansi/medan/jp""#))
        // The manager: the agency's rate.
        let agency = try await LearningQueries.complianceTotal(
            agencyID: medan, year: today.year, minimum: JP(whole: 20), unitPath: nil, on: db)
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let managerHome = try await manager.get("/")
        XCTAssertTrue(managerHome.text.contains("Pemenuhan JP instansi: \(agency.display)"))

        // PPPK have no minimum, so no reminder of one.
        let pppk = try await Employee.query(on: db).filter(\.$agencyID == medan).filter(\.$status == "pppk").first()!
        var contract = try await browser(as: pppk)
        let contractHome = try await contract.get("/")
        XCTAssertEqual(contractHome.status, .ok)
        XCTAssertFalse(contractHome.text.contains("JP Anda tahun ini"))

        // Having met the minimum, the employee is not reminded any more.
        try await credit(me, today.iso, 1150)
        let metHome = try await employee.get("/")
        XCTAssertFalse(metHome.text.contains("JP Anda tahun ini"))
        // Before the set month nobody is reminded.
        guard today.month < 12 else { return }
        try await AgencySettings.save(today.month + 1, .jpReminderMonth, agencyID: medan, on: db)
        for var b in [employee, kepala, manager] {
            let home = try await b.get("/")
            XCTAssertFalse(home.text.contains("Pengingat JP"))
        }
    }
}
