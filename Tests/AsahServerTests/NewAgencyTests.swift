import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// A fresh installation from the pages: the administrator adds an agency with its first manager,
/// who activates from the slip and can run the agency.
final class NewAgencyTests: AppTestCase {
    func testTheAdministratorAddsAnAgencyAndItsFirstManagerRunsIt() async throws {
        try await build.user("admin", roles: [.admin], agency: nil)
        var admin = Browser(app)
        _ = try await admin.login("admin")
        let home = try await admin.get("/")
        XCTAssertTrue(home.text.contains("Belum ada instansi."))
        XCTAssertTrue(home.text.contains(#"href="/instansi/baru""#))
        let form = try await admin.get("/instansi/baru")
        XCTAssertEqual(form.status, .ok)
        XCTAssertTrue(form.text.contains(#"<option value="Papua Pegunungan">"#))
        let fields = [
            "name": "Pemerintah Kabupaten Mamuju Tengah", "code": "Mateng", "kind": "kabupaten",
            "province": "Sulawesi Barat", "manager_name": "Pengelola BKPSDM Mamuju Tengah",
            "manager_username": "pengelola.mateng",
        ]
        // "baru" is the form's own address; a code already taken is refused too.
        let reserved = try await admin.post("/instansi/baru", form: fields.merging(["code": "baru"]) { $1 })
        XCTAssertEqual(reserved.status, .unprocessableEntity)
        XCTAssertTrue(reserved.text.contains("Kode 2 sampai 40 huruf kecil"))
        XCTAssertTrue(reserved.text.contains("Pengelola BKPSDM Mamuju Tengah"), "the form keeps what was typed")
        await eq(try await count("agencies"), 0)
        let slip = try await admin.post("/instansi/baru", form: fields)
        XCTAssertEqual(slip.status, .ok, slip.text)
        XCTAssertEqual(slip.headers.first(name: .cacheControl), "no-store")
        let code = try XCTUnwrap(
            slip.text.range(of: #"[A-Z2-9]{5}-[A-Z2-9]{5}"#, options: .regularExpression).map { String(slip.text[$0]) })
        let agency = try await Agency.query(on: db).filter(\.$code == "mateng").first()
        XCTAssertEqual(agency?.timeZone, .wita, "Sulawesi Barat is on WITA")
        let again = try await admin.post("/instansi/baru", form: fields.merging(["name": "Kabupaten Lain"]) { $1 })
        XCTAssertTrue(again.text.contains("Kode ini sudah dipakai instansi lain."))
        await eq(try await count("agencies"), 1)

        // Nobody else adds agencies.
        try await build.user("pengelola.lain", roles: [.manager], agency: agency)
        var manager = Browser(app)
        _ = try await manager.login("pengelola.lain")
        await eq(try await manager.get("/instansi/baru").status, .forbidden)
        await eq(try await manager.post("/instansi/baru", form: fields).status, .forbidden)

        // The first manager activates and manages the new agency.
        var first = Browser(app)
        _ = try await first.get("/aktivasi")
        let activated = try await first.post(
            "/aktivasi",
            form: [
                "username": "pengelola.mateng", "kode": code, "password": "mamuju-tengah-2026",
                "password_again": "mamuju-tengah-2026",
            ])
        XCTAssertEqual(activated.status, .seeOther, activated.text)
        await eq(try await first.get("/instansi/mateng/impor").status, .ok)
        await eq(try await first.get("/instansi/mateng/akun").status, .ok)
    }
}
