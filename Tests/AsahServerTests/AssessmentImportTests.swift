import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

final class AssessmentImportTests: AppTestCase {
    struct Answer: Sendable {
        var status: HTTPStatus
        var text: String
    }

    func rows(_ nips: [String], code: String = "M.05", level: Int = 4) -> String {
        let date = TestClock.today.iso
        return "NIP;KODE KOMPETENSI;LEVEL;TANGGAL;SUMBER\n"
            + nips.map { "\($0);\(code);\(level);\(date);assessment_center" }.joined(separator: "\n") + "\n"
    }

    func testAllOrNothingThenCurrentLevelsFollow() async throws {
        try await world()
        let medan = try await agencyID("medan")
        let staff = try await Employee.query(on: db).filter(\.$agencyID == medan).sort(\.$nip).range(0..<3).all()
        let mamujuNIP = try await Employee.query(on: db).filter(\.$agencyID == (try await agencyID("mamuju"))).first()!
            .nip
        let before = try await count("assessments")
        let api = try await APIClient.signIn(app, "pengelola.medan")

        // The last row names an employee of another agency: nothing is written.
        let bad = try await api.post(
            "/api/v1/agencies/medan/imports/assessments", body: rows(staff.map(\.nip) + [mamujuNIP]))
        XCTAssertEqual(bad.status, .unprocessableEntity)
        let details = ((try json(bad)["error"] as? [String: Any])?["details"] as? [[String: Any]]) ?? []
        XCTAssertEqual(details.count, 1)
        XCTAssertEqual(details.first?["row"] as? Int, 5)
        XCTAssertEqual(details.first?["column"] as? String, "NIP")
        await eq(try await count("assessments"), before)

        let dry = try await api.post(
            "/api/v1/agencies/medan/imports/assessments?dry_run=true", body: rows(staff.map(\.nip)))
        XCTAssertEqual(try json(dry)["created"] as? Int, 3)
        await eq(try await count("assessments"), before)

        let ok = try await api.post("/api/v1/agencies/medan/imports/assessments", body: rows(staff.map(\.nip)))
        XCTAssertEqual(ok.status, .ok, ok.text)
        await eq(try await count("assessments"), before + 3)
        // A fresh assessment-centre result is the current level now.
        struct L: Decodable { var level: Int; var source: String? }
        for e in staff {
            let level = try await sql.raw(
                "SELECT level, source FROM current_levels WHERE employee_id = \(bind: e.id!) AND competency_code = 'M.05'"
            ).firstRow(L.self)
            XCTAssertEqual(level?.level, 4, e.nip)
            XCTAssertEqual(level?.source, "assessment_center")
        }
        // Employees cannot import.
        let employee = try await APIClient.signIn(app, "pegawai.medan")
        await eq(
            try await employee.post("/api/v1/agencies/medan/imports/assessments", body: rows(staff.map(\.nip))).status,
            .forbidden)
    }

    func testThePageChecksThenImportsOnceAndOnlyForWhoChecked() async throws {
        let world = try await world()
        let staff = [world.medan.staff, world.medan.colleague]
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        await eq(try await browser.get("/instansi/medan/impor-penilaian").status, .ok)
        let check = try await browser.upload(
            "/instansi/medan/impor-penilaian", field: "berkas", filename: "ac.csv", content: rows(staff.map(\.nip)))
        XCTAssertEqual(check.status, .ok)
        XCTAssertTrue(check.text.contains("Impor sekarang"))
        let action = try XCTUnwrap(
            check.text.range(of: #"/instansi/medan/impor-penilaian/[0-9A-F-]+/konfirmasi"#, options: .regularExpression)
        )
        let confirm = String(check.text[action])
        await eq(try await count("assessments"), 0)
        // Another manager of the same agency cannot confirm someone else's file.
        try await build.user("pengelola2.medan", roles: [.manager], agency: world.medan.agency)
        var other = Browser(app)
        _ = try await other.login("pengelola2.medan")
        await eq(try await other.post(confirm, form: [:]).status, .notFound)
        // The confirmation sent five times at once imports once; the others are told it was done.
        let signedIn = browser
        let answers = try await together(5) { _ in
            var b = signedIn
            let answer = try await b.post(confirm, form: [:])
            return Answer(status: answer.status, text: answer.text)
        }
        XCTAssertEqual(answers.filter { $0.status == .ok }.count, 1, answers.map(\.status).description)
        // The others were told it was imported: 409 when they raced the import, 404 ("tidak ditemukan
        // atau sudah diimpor") when they came after it.
        XCTAssertEqual(
            answers.filter { $0.status == .conflict || $0.status == .notFound }.count, 4,
            answers.map(\.status).description)
        XCTAssertTrue(answers.contains { $0.text.contains("Impor penilaian selesai") })
        XCTAssertTrue(answers.allSatisfy { $0.status == .ok || $0.text.contains("sudah diimpor") })
        await eq(try await count("assessments"), 2)
        await eq(try await count("import_uploads"), 0)
        let bad = try await browser.upload(
            "/instansi/medan/impor-penilaian", field: "berkas", filename: "bad.csv",
            content: rows(staff.map(\.nip), level: 9))
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("Level harus angka 1 sampai 5."))
        await eq(try await count("import_uploads"), 0)
    }
}
