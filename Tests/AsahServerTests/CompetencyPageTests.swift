import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// The standard, dictionary and gap-report pages as a manager and a unit head use them.
final class CompetencyPageTests: AppTestCase {
    func testAManagerEditsAndCopiesAStandard() async throws {
        try await world()
        let medan = try await agencyID("medan")
        let position = try await Position.query(on: db).filter(\.$agencyID == medan).filter(\.$kind == "pelaksana")
            .filter(\.$unitID != nil).sort(\.$name).first()!
        let year = TestClock.year
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        let path = "/instansi/medan/jabatan/\(position.id!.uuidString)/standar"
        let page = try await browser.get(path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.text.contains("Simpan standar"))

        let bad = try await browser.post(path, form: ["tahun": String(year), "level_M.01": "9"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("Level M.01 harus 1 sampai 5"))
        let saved = try await browser.post(
            path,
            form: [
                "tahun": String(year), "level_M.01": "2", "level_M.05": "3", "level_T.HUB.03": "2",
                "status": "verified",
            ])
        XCTAssertEqual(saved.status, .seeOther)
        let loaded = try await StandardQueries.load(positionID: position.id!, year: year, on: db)
        XCTAssertEqual(
            loaded.items,
            [.init(code: "M.01", level: 2), .init(code: "M.05", level: 3), .init(code: "T.HUB.03", level: 2)])
        XCTAssertEqual(loaded.standard?.status, "verified")

        let copied = try await browser.post(path + "/salin", form: ["tahun": String(year), "target": "unit"])
        XCTAssertEqual(copied.status, .seeOther)
        let siblings = try await StandardController.copyTargets(position, byKind: false, on: db)
        for sibling in siblings {
            let s = try await StandardQueries.load(positionID: sibling.id!, year: year, on: db)
            XCTAssertEqual(s.items, loaded.items, sibling.name)
            XCTAssertEqual(s.standard?.status, "draft")
        }
        // An employee sees the standard but cannot change it.
        var employee = Browser(app)
        _ = try await employee.login("pegawai.medan")
        let view = try await employee.get(path)
        XCTAssertEqual(view.status, .ok)
        XCTAssertFalse(view.text.contains("Simpan standar"))
        await eq(try await employee.post(path, form: ["tahun": String(year), "level_M.01": "1"]).status, .forbidden)
    }

    func testNextYearStartsAsACopyOfThisYear() async throws {
        try await world()
        let medan = try await agencyID("medan")
        let year = TestClock.year
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        let report = try await browser.get("/instansi/medan/kesenjangan?tahun=\(year + 1)")
        XCTAssertTrue(report.text.contains("jabatan belum memiliki standar kompetensi \(year + 1)"))
        let done = try await browser.post("/instansi/medan/standar/lengkapi", form: ["tahun": String(year + 1)])
        XCTAssertEqual(done.status, .seeOther)
        await eq(try await StandardQueries.missingCount(agencyID: medan, year: year + 1, on: db), 0)
        struct Pair: Decodable { var positionID: UUID; var competencyCode: String; var level: Int }
        func items(_ y: Int) async throws -> Set<String> {
            Set(
                try await sql.raw(
                    "SELECT position_id, competency_code, level FROM standard_items WHERE agency_id = \(bind: medan) AND year = \(bind: y)"
                ).rows(Pair.self).map { "\($0.positionID)|\($0.competencyCode)|\($0.level)" })
        }
        await eq(try await items(year + 1), try await items(year))
    }

    func testTheDictionaryTakesNewTeknisCompetencies() async throws {
        try await world()
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        let form: [String: String] = [
            "code": "t.hub.09", "name": "Keselamatan Jalan", "group": "teknis",
            "definition": "Mengelola keselamatan jalan.",
            "level_1": "a", "level_2": "b", "level_3": "c", "level_4": "d", "level_5": "e",
        ]
        let created = try await browser.post("/instansi/medan/kompetensi", form: form)
        XCTAssertEqual(created.status, .seeOther)
        let page = try await browser.get("/instansi/medan/kompetensi")
        XCTAssertTrue(page.text.contains("T.HUB.09"))
        // Every level of the national competencies shows its behaviour indicators.
        let levels = CompetencyDictionary.national.flatMap(\.levels).filter { !$0.indicators.isEmpty }.count
        XCTAssertGreaterThanOrEqual(levels, 40)
        XCTAssertEqual(page.text.components(separatedBy: "<ul class=\"indicators\">").count - 1, levels)
        let again = try await browser.post("/instansi/medan/kompetensi", form: form)
        XCTAssertEqual(again.status, .unprocessableEntity)
        XCTAssertTrue(again.text.contains("sudah dipakai"))
        let api = try await APIClient.signIn(app, "pengelola.mamuju")
        let mamuju = try json(try await api.get("/api/v1/agencies/mamuju/competencies"))
        XCTAssertFalse((mamuju["items"] as? [[String: Any]] ?? []).contains { $0["code"] as? String == "T.HUB.09" })
    }

    func testUnitHeadsSeeTheirUnitsGapsAndTheCSVOpensInExcel() async throws {
        try await world()
        var head = Browser(app)
        _ = try await head.login("kepala.medan")
        let page = try await head.get("/instansi/medan/kesenjangan")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.text.contains("Kota Medan · Dinas Perhubungan"))
        XCTAssertLessThan(page.body.readableBytes, 50_000)
        // Asking for another unit falls back to their own.
        let medan = try await agencyID("medan")
        let other = try await Unit.query(on: db).filter(\.$agencyID == medan).filter(\.$name == "Dinas Kesehatan")
            .first()!
        let forced = try await head.get("/instansi/medan/kesenjangan?unit=\(other.id!.uuidString)")
        XCTAssertTrue(forced.text.contains("Kota Medan · Dinas Perhubungan"))
        let csv = try await head.get("/instansi/medan/kesenjangan?tahun=\(TestClock.year)&format=csv")
        XCTAssertEqual(csv.headers.first(name: .contentType), "text/csv; charset=utf-8")
        XCTAssertTrue(csv.text.hasPrefix("\u{FEFF}kode;kompetensi;"))
        XCTAssertTrue(csv.text.contains("M.05;Pelayanan Publik;"))
        // Employees have no gap report.
        var employee = Browser(app)
        _ = try await employee.login("pegawai.medan")
        await eq(try await employee.get("/instansi/medan/kesenjangan").status, .forbidden)
    }

    func testTeknisCompetenciesRoundTripThroughCSV() async throws {
        let world = try await world()
        let medan = world.medan.agencyID
        let own = try await TechnicalCompetency.query(on: db).filter(\.$agencyID == medan).count()
        XCTAssertEqual(own, 3)
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        let export = try await browser.get("/instansi/medan/kompetensi/ekspor")
        XCTAssertTrue(export.text.hasPrefix("\u{FEFF}KODE;NAMA;JENIS;DEFINISI;LEVEL 1"))
        let lines = export.text.dropFirst().split(separator: "\r\n").map(String.init)
        XCTAssertEqual(lines.count, own + 1)

        // A bad row: nothing is written.
        let bad = lines.joined(separator: "\n") + "\nT.BARU.01;;teknis;x;a;b;c;d;e\n"
        let refused = try await browser.upload(
            "/instansi/medan/kompetensi/impor", field: "berkas", filename: "k.csv", content: bad)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.text.contains("Nama kompetensi wajib diisi."))
        await eq(try await TechnicalCompetency.query(on: db).filter(\.$code == "T.BARU.01").count(), 0)

        // The export, one renamed and one new: updated and created.
        var edited = lines
        edited[1] = edited[1].replacingOccurrences(
            of: ";", with: ";DIUBAH ", options: [], range: edited[1].range(of: ";"))
        let good = (edited + ["T.BARU.01;Kompetensi Baru;teknis;Definisi;a;b;c;d;e"]).joined(separator: "\n") + "\n"
        let saved = try await browser.upload(
            "/instansi/medan/kompetensi/impor", field: "berkas", filename: "k.csv", content: good)
        XCTAssertEqual(saved.status, .seeOther)
        await eq(try await TechnicalCompetency.query(on: db).filter(\.$agencyID == medan).count(), own + 1)
        await eq(
            try await TechnicalCompetency.query(on: db).filter(\.$agencyID == medan).filter(\.$name ~~ "DIUBAH")
                .count(), 1)
    }
}
