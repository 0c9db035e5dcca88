import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// Accounts from the pages, as a BKPSDM officer and the people they serve use them.
final class AccountPageTests: AppTestCase {
    /// The codes on a slips page, in order.
    func codes(_ page: XCTHTTPResponse) -> [String] {
        let pattern = #"<p class="code">([A-Z2-9]{5}-[A-Z2-9]{5})</p>"#
        let regex = try! NSRegularExpression(pattern: pattern)
        let text = page.text
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    func testAManagerOpensAUnitsAccountsAndPrintsTheirSlips() async throws {
        let world = try await world()
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let list = try await manager.get("/instansi/medan/akun")
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.text.contains("Akun untuk banyak pegawai sekaligus"))
        // Medan has six employees; the head and the staff member have accounts.
        XCTAssertTrue(list.text.contains("<b>4</b><span>pegawai belum punya akun</span>"), list.text)
        // The bidang (under Dinas Perhubungan): the colleague and the PPPK get accounts; the staff
        // member already has one.
        let slips = try await manager.post(
            "/instansi/medan/akun/buka", form: ["lingkup": "unit", "unit": world.medan.office.id!.uuidString])
        XCTAssertEqual(slips.status, .ok, slips.text)
        XCTAssertEqual(slips.headers.first(name: .cacheControl), "no-store", "codes are shown once, never cached")
        let printed = codes(slips)
        XCTAssertEqual(printed.count, 2)
        XCTAssertTrue(slips.text.contains(NIP.format(world.medan.colleague.nip)))
        XCTAssertTrue(slips.text.contains(NIP.format(world.medan.pppk.nip)))
        XCTAssertFalse(slips.text.contains(NIP.format(world.medan.outsider.nip)), "Dinas Kesehatan is another unit")
        XCTAssertTrue(slips.text.contains("2 pegawai dilewati karena sudah punya akun."), "the head and the staff")
        XCTAssertTrue(slips.text.contains("/aktivasi"))
        XCTAssertTrue(slips.text.contains("Kode berlaku sampai 29 Juli 2026."), "14 days from 15 July")
        XCTAssertLessThan(slips.body.readableBytes, 50_000)
        // Sent again, nobody new.
        let again = try await manager.post(
            "/instansi/medan/akun/buka", form: ["lingkup": "unit", "unit": world.medan.office.id!.uuidString])
        XCTAssertEqual(codes(again), [])
        XCTAssertTrue(again.text.contains("semua pegawai yang dipilih sudah punya akun"))
        // The whole agency: the rest (the secretary and the outsider).
        let rest = try await manager.post("/instansi/medan/akun/buka", form: ["lingkup": "unit", "unit": ""])
        XCTAssertEqual(codes(rest).count, 2)
        // Another agency's unit is not Medan's.
        let foreign = try await manager.post(
            "/instansi/medan/akun/buka", form: ["lingkup": "unit", "unit": world.mamuju.office.id!.uuidString])
        XCTAssertEqual(foreign.status, .notFound)
        await eq(
            try await User.query(on: db).filter(\.$agencyID == world.medan.agencyID).filter(\.$passwordHash == "")
                .count(), 4)

        // The colleague activates from the slip and is signed in at once.
        var colleague = Browser(app)
        let form = try await colleague.get("/aktivasi")
        XCTAssertEqual(form.status, .ok)
        XCTAssertTrue(form.text.contains("autocomplete=\"one-time-code\""))
        // Slips go by unit, then name: Andi Wijaya (the colleague) before Rina Marlina (the PPPK).
        let code = printed[0]
        let nip = world.medan.colleague.nip
        XCTAssertLessThan(
            try XCTUnwrap(slips.text.range(of: "Andi Wijaya")).lowerBound,
            try XCTUnwrap(slips.text.range(of: "Rina Marlina")).lowerBound)
        let bad = try await colleague.post(
            "/aktivasi",
            form: ["username": nip, "kode": code, "password": "kopi-susu-pagi", "password_again": "kopi-susu-sore"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("Kedua isian kata sandi tidak sama."))
        let done = try await colleague.post(
            "/aktivasi",
            form: ["username": nip, "kode": code, "password": "kopi-susu-pagi", "password_again": "kopi-susu-pagi"])
        XCTAssertEqual(done.status, .seeOther, done.text)
        XCTAssertEqual(done.headers.first(name: .location), "/?pesan=aktif")
        let home = try await colleague.get("/?pesan=aktif")
        XCTAssertTrue(home.text.contains("Akun Anda sudah aktif."))
        XCTAssertTrue(home.text.contains("Akun saya"))
    }

    /// The same "whole agency" form sent five times at once (a double click, a slow connection): every
    /// employee gets one account, and the slips between them name each once.
    func testOpeningAtOnceGivesEachPersonOneAccount() async throws {
        let world = try await world()
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let signedIn = manager
        let pages = try await together(5) { _ in
            var b = signedIn
            let page = try await b.post("/instansi/medan/akun/buka", form: ["lingkup": "unit", "unit": ""])
            return AccountAPITests.Answer(status: page.status, text: page.text)
        }
        XCTAssertEqual(pages.map(\.status), Array(repeating: .ok, count: 5))
        let printed = pages.flatMap { page in
            (try? NSRegularExpression(pattern: #"<p class="code">([A-Z2-9-]{11})</p>"#))?
                .matches(in: page.text, range: NSRange(page.text.startIndex..., in: page.text)) ?? []
        }
        XCTAssertEqual(printed.count, 4, "the secretary, the colleague, the PPPK and the outsider, once each")
        await eq(
            try await User.query(on: db).filter(\.$agencyID == world.medan.agencyID).count(), 8,
            "four accounts of the world and four new")
    }

    func testOneEmployeeWithRolesAndTheFormSaysWhatIsWrong() async throws {
        let world = try await world()
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let noUnit = try await manager.post(
            "/instansi/medan/akun/buka",
            form: ["lingkup": "nip", "nip": world.medan.secretary.nip, "peran[]": "unit_head"])
        XCTAssertEqual(noUnit.status, .unprocessableEntity)
        XCTAssertTrue(noUnit.text.contains("Pilih unit kerja yang dipimpin."))
        let unknown = try await manager.post(
            "/instansi/medan/akun/buka", form: ["lingkup": "nip", "nip": world.mamuju.staff.nip, "peran[]": "employee"])
        XCTAssertTrue(unknown.text.contains("Tidak ada pegawai dengan NIP ini di instansi ini."))
        let taken = try await manager.post(
            "/instansi/medan/akun/buka", form: ["lingkup": "nip", "nip": world.medan.staff.nip, "peran[]": "employee"])
        XCTAssertTrue(taken.text.contains("Pegawai ini sudah memiliki akun."))
        let admin = try await manager.post(
            "/instansi/medan/akun/buka",
            form: ["lingkup": "nip", "nip": world.medan.secretary.nip, "peran[]": "admin"])
        XCTAssertEqual(admin.status, .unprocessableEntity)
        await eq(try await count("users"), 9, "nothing written")
        // The NIP as printed, with spaces.
        let opened = try await manager.post(
            "/instansi/medan/akun/buka",
            form: [
                "lingkup": "nip", "nip": NIP.format(world.medan.secretary.nip), "peran[]": "manager",
            ])
        XCTAssertEqual(opened.status, .ok, opened.text)
        XCTAssertEqual(codes(opened).count, 1)
        let account = try await User.query(on: db).filter(\.$username == world.medan.secretary.nip).first()!
        XCTAssertEqual(account.roles, [.manager])

        // The account's page: make the secretary a unit head of the Sekretariat too; then a reset.
        let page = try await manager.get("/akun/\(account.username)")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.text.contains("Menunggu aktivasi, kode berlaku s.d. 29 Juli 2026"))
        let noUnitNow = try await manager.post(
            "/akun/\(account.username)", form: ["peran[]": "unit_head", "aktif": "ya"])
        XCTAssertEqual(noUnitNow.status, .unprocessableEntity)
        XCTAssertTrue(noUnitNow.text.contains("Pilih unit kerja yang dipimpin."))
        await eq(try await User.find(account.id, on: db)!.roles, [.manager], "nothing changed")
        let saved = try await manager.post(
            "/akun/\(account.username)",
            form: ["peran[]": "unit_head", "unit": world.medan.office.id!.uuidString, "aktif": "ya"])
        XCTAssertEqual(saved.status, .seeOther, saved.text)
        let refreshed = try await User.find(account.id, on: db)!
        XCTAssertEqual(refreshed.roles, [.unitHead])
        XCTAssertEqual(refreshed.unitID, world.medan.office.id)
        let reset = try await manager.post("/akun/\(account.username)/reset", form: [:])
        XCTAssertEqual(reset.status, .ok)
        XCTAssertEqual(codes(reset).count, 1)
        // Another agency's manager finds no such account.
        var mamuju = Browser(app)
        _ = try await mamuju.login("pengelola.mamuju")
        await eq(try await mamuju.get("/akun/\(account.username)").status, .notFound)
        await eq(try await mamuju.post("/akun/\(account.username)/reset", form: [:]).status, .notFound)
        // The employee sees their own account page, not the agency's list.
        var staff = Browser(app)
        _ = try await staff.login("pegawai.medan")
        await eq(try await staff.get("/instansi/medan/akun").status, .forbidden)
        await eq(try await staff.get("/akun/pengelola.medan").status, .notFound)
    }

    /// A widyaiswara from the provincial BPSDM is in no SIASN export of the city: a named account.
    func testAnOutsideFacilitatorGetsAnAccountWithoutANIP() async throws {
        let world = try await world()
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let form = ["lingkup": "nama", "nama": "Dra. Hotmaida Siregar", "nama_pengguna": "Widyaiswara.Siregar"]
        let noRole = try await manager.post("/instansi/medan/akun/buka", form: form)
        XCTAssertEqual(noRole.status, .unprocessableEntity)
        XCTAssertTrue(noRole.text.contains("Pilih paling sedikit satu peran."))
        XCTAssertTrue(noRole.text.contains("Dra. Hotmaida Siregar"), "the form keeps what was typed")
        // Only facilitator or manager: an employee role needs an employee record.
        let asEmployee = try await manager.post(
            "/instansi/medan/akun/buka", form: form.merging(["peran[]": "employee"]) { $1 })
        XCTAssertEqual(asEmployee.status, .unprocessableEntity)
        let taken = try await manager.post(
            "/instansi/medan/akun/buka",
            form: form.merging(["nama_pengguna": "pegawai.medan", "peran[]": "facilitator"]) { $1 })
        XCTAssertTrue(taken.text.contains("Nama pengguna ini sudah dipakai."))
        let opened = try await manager.post(
            "/instansi/medan/akun/buka", form: form.merging(["peran[]": "facilitator"]) { $1 })
        XCTAssertEqual(opened.status, .ok, opened.text)
        XCTAssertEqual(codes(opened).count, 1)
        let account = try await User.query(on: db).filter(\.$username == "widyaiswara.siregar").first()
        XCTAssertEqual(account?.roles, [.facilitator])
        XCTAssertEqual(account?.agencyID, world.medan.agencyID)
        XCTAssertNil(account?.employeeID)
        var widyaiswara = Browser(app)
        _ = try await widyaiswara.get("/aktivasi")
        let activated = try await widyaiswara.post(
            "/aktivasi",
            form: [
                "username": "widyaiswara.siregar", "kode": codes(opened)[0], "password": "bpsdm-sumut-2026",
                "password_again": "bpsdm-sumut-2026",
            ])
        XCTAssertEqual(activated.status, .seeOther, activated.text)
    }

    func testPeopleChangeTheirOwnPassword() async throws {
        try await world()
        var staff = Browser(app)
        _ = try await staff.login("pegawai.medan")
        var other = Browser(app)
        _ = try await other.login("pegawai.medan")
        let page = try await staff.get("/akun-saya")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.text.contains("Paling sedikit 10 karakter"))
        let wrong = try await staff.post(
            "/akun-saya",
            form: [
                "current_password": "bukan-ini", "password": "sandi-baru-siti-26",
                "password_again": "sandi-baru-siti-26",
            ])
        XCTAssertEqual(wrong.status, .unprocessableEntity)
        XCTAssertTrue(wrong.text.contains("Kata sandi saat ini salah."))
        let common = try await staff.post(
            "/akun-saya",
            form: ["current_password": TestBuilder.password, "password": "qwertyuiop", "password_again": "qwertyuiop"])
        XCTAssertTrue(common.text.contains("terlalu umum"))
        let done = try await staff.post(
            "/akun-saya",
            form: [
                "current_password": TestBuilder.password, "password": "sandi-baru-siti-26",
                "password_again": "sandi-baru-siti-26",
            ])
        XCTAssertEqual(done.status, .seeOther)
        await eq(try await staff.get("/akun-saya").status, .ok, "this browser stays signed in")
        let elsewhere = try await other.get("/akun-saya")
        XCTAssertEqual(elsewhere.status, .seeOther, "the other browser is signed out")
        var fresh = Browser(app)
        await eq(try await fresh.login("pegawai.medan", password: "sandi-baru-siti-26").status, .seeOther)
    }

    /// The administrator gives and takes the administrator role on the account page; a manager sees no
    /// such choice and is refused when posting it; nobody takes it from themselves.
    func testOnlyTheAdministratorGivesTheAdministratorRole() async throws {
        try await world()
        var admin = Browser(app)
        _ = try await admin.login("admin")
        let page = try await admin.get("/akun/fasilitator.medan")
        XCTAssertTrue(page.text.contains("value=\"admin\""), "the administrator sees the role")
        let given = try await admin.post("/akun/fasilitator.medan", form: ["peran[]": "admin", "aktif": "ya"])
        XCTAssertEqual(given.status, .seeOther, given.text)
        await eq(try await User.query(on: db).filter(\.$username == "fasilitator.medan").first()?.roles, [.admin])
        var manager = Browser(app)
        _ = try await manager.login("pengelola.mamuju")
        let managersPage = try await manager.get("/akun/pegawai.mamuju")
        XCTAssertFalse(managersPage.text.contains("value=\"admin\""))
        let refused = try await manager.post("/akun/pegawai.mamuju", form: ["peran[]": "admin", "aktif": "ya"])
        XCTAssertEqual(refused.status, .forbidden)
        // Taken back by the administrator; the administrator's own stays whatever the form says.
        let taken = try await admin.post(
            "/akun/fasilitator.medan", form: ["peran[]": "facilitator", "aktif": "ya"])
        XCTAssertEqual(taken.status, .seeOther, taken.text)
        await eq(try await User.query(on: db).filter(\.$username == "fasilitator.medan").first()?.roles, [.facilitator])
        _ = try await admin.post("/akun/admin", form: ["aktif": "ya"])
        await eq(try await User.query(on: db).filter(\.$username == "admin").first()?.roles.contains(.admin), true)
    }
}
