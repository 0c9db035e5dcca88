import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// Who fits a position, the unit heatmap and the competency settings.
final class PlacementTests: AppTestCase {
    func testCandidatesAreRankedByTheCoreJPM() async throws {
        try await seedDemo()
        let medan = try await agencyID("medan")
        let year = TestClock.year
        let position = try await Position.query(on: db).filter(\.$agencyID == medan).filter(\.$kind == "administrator")
            .sort(\.$name).first()!
        let api = try await APIClient.signIn(app, "pengelola.medan")
        let body = try json(try await api.get("/api/v1/agencies/medan/positions/\(position.id!.uuidString)/candidates"))
        let items = body["items"] as? [[String: Any]] ?? []
        XCTAssertFalse(items.isEmpty)

        // Recompute every employee's JPM against this standard with the core rule.
        struct Item: Decodable { var competencyCode: String; var level: Int }
        struct Level: Decodable { var nip: String; var competencyCode: String; var level: Int }
        let standard = try await sql.raw(
            "SELECT competency_code, level FROM standard_items WHERE position_id = \(bind: position.id!) AND year = \(bind: year)"
        ).rows(Item.self)
        let levels = Dictionary(
            grouping: try await sql.raw(
                "SELECT e.nip, cl.competency_code, cl.level FROM current_levels cl JOIN employees e ON e.id = cl.employee_id WHERE cl.agency_id = \(bind: medan)"
            ).rows(Level.self), by: \.nip)
        var expected: [(nip: String, complete: Bool, jpm: Double, assessed: Int)] = []
        var shown: [String: Double] = [:]
        for (nip, rows) in levels {
            let current = Dictionary(uniqueKeysWithValues: rows.map { ($0.competencyCode, $0.level) })
            let gapItems = standard.map {
                GapItem(code: $0.competencyCode, required: $0.level, current: current[$0.competencyCode])
            }
            guard let r = GapRules.jpm(gapItems), Double(r.assessed) >= Double(standard.count) * 0.5 else { continue }
            expected.append((nip, r.isComplete, r.jpm, r.assessed))
            XCTAssertEqual(r.selection == nil, !r.isComplete, "a category only for a complete profile")
            shown[nip] = r.percent.value
        }
        // Complete profiles first, then by JPM.
        expected.sort {
            ($0.complete ? 1 : 0, $0.jpm, $0.assessed, $1.nip) > ($1.complete ? 1 : 0, $1.jpm, $1.assessed, $0.nip)
        }
        XCTAssertTrue(expected.contains { $0.complete } && expected.contains { !$0.complete }, "both kinds in the demo")
        XCTAssertEqual(items.count, min(50, expected.count))
        for (i, item) in items.enumerated() {
            XCTAssertEqual(
                item["jpm"] as? Double ?? -1, shown[expected[i].nip] ?? -2, accuracy: 1e-9, "rank \(i + 1)")
            XCTAssertEqual(item["selection_category"] is NSNull, !expected[i].complete, "rank \(i + 1)")
        }
        XCTAssertEqual(Set(items.prefix(5).compactMap { $0["nip"] as? String }).count, 5)

        var employee = Browser(app)
        _ = try await employee.login("pegawai.medan")
        await eq(
            try await employee.get("/instansi/medan/jabatan/\(position.id!.uuidString)/kandidat").status, .forbidden)
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let page = try await manager.get("/instansi/medan/jabatan/\(position.id!.uuidString)/kandidat")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.text.contains("Kandidat untuk jabatan"))
    }

    func testTheHeatmapShowsAUnitsEmployeesAndGaps() async throws {
        try await world()
        let medan = try await agencyID("medan")
        let dishub = try await Unit.query(on: db).filter(\.$agencyID == medan).filter(\.$name == "Dinas Perhubungan")
            .first()!
        var head = Browser(app)
        _ = try await head.login("kepala.medan")
        let map = try await head.get("/instansi/medan/kesenjangan/peta?unit=\(dishub.id!.uuidString)&urut=M.05")
        XCTAssertEqual(map.status, .ok)
        XCTAssertTrue(map.text.contains("Peta kesenjangan · Dinas Perhubungan"))
        XCTAssertTrue(map.text.contains("class=\"hm g"))
        XCTAssertLessThan(map.body.readableBytes, 50_000)
        let csv = try await head.get("/instansi/medan/kesenjangan/peta?unit=\(dishub.id!.uuidString)&format=csv")
        XCTAssertTrue(csv.text.hasPrefix("\u{FEFF}nip;nama;"))
        let staff = try await sql.raw(
            """
            SELECT COUNT(DISTINCT e.id) AS n FROM employees e JOIN units u ON u.id = e.unit_id
            JOIN standard_items si ON si.position_id = e.position_id AND si.year = \(bind: TestClock.year)
            WHERE u.path LIKE \(bind: dishub.path + "%")
            """
        ).firstRow(CountRow.self)!.n
        XCTAssertEqual(csv.text.split(separator: "\r\n").count, staff + 1, "one line per employee and the header")
        // The unit head cannot map another unit: the request falls back to their own.
        let other = try await Unit.query(on: db).filter(\.$agencyID == medan).filter(\.$name == "Dinas Kesehatan")
            .first()!
        let forced = try await head.get("/instansi/medan/kesenjangan/peta?unit=\(other.id!.uuidString)")
        XCTAssertTrue(forced.text.contains("Peta kesenjangan · Dinas Perhubungan"))
    }

    func testChangingTheRuleRecomputesCurrentLevels() async throws {
        try await seedDemo()
        let medan = try await agencyID("medan")
        struct Row: Decodable {
            var employeeID: UUID; var competencyCode: String; var level: Int; var source: String?
        }
        func currents() async throws -> [String: Row] {
            Dictionary(
                uniqueKeysWithValues: try await sql.raw(
                    "SELECT employee_id, competency_code, level, source FROM current_levels WHERE agency_id = \(bind: medan)"
                ).rows(Row.self).map { ("\($0.employeeID)|\($0.competencyCode)", $0) })
        }
        let before = try await currents()
        XCTAssertTrue(before.values.allSatisfy { $0.source != nil })
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        var form = [
            "mode": "weighted", "ac_years": "3", "optimal": "90", "cukup_optimal": "78", "memenuhi_syarat": "80",
            "masih_memenuhi_syarat": "68",
        ]
        for s in AssessmentSource.allCases { form["weight_" + s.rawValue] = "0.2" }
        let bad = try await browser.post(
            "/instansi/medan/pengaturan/kompetensi", form: form.merging(["cukup_optimal": "95"]) { $1 })
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("Batas Cukup Optimal harus di bawah batas Optimal."))
        await eq(try await currents().count, before.count)

        let saved = try await browser.post("/instansi/medan/pengaturan/kompetensi", form: form)
        XCTAssertEqual(saved.status, .seeOther)
        let after = try await currents()
        XCTAssertEqual(after.count, before.count)
        XCTAssertTrue(after.values.allSatisfy { $0.source == nil }, "weighted levels carry no single source")
        XCTAssertNotEqual(
            after.mapValues(\.level), before.mapValues(\.level), "some weighted means differ from the priority pick")
        await eq(try await AgencySettings.currentLevel(medan, on: db).mode, .weighted)
        // Default levels for new standards are the agency's too.
        form["default_pengawas"] = "3"
        _ = try await browser.post("/instansi/medan/pengaturan/kompetensi", form: form)
        await eq(try await AgencySettings.standardDefaults(medan, on: db).level(kind: .pengawas, jenjang: nil), 3)
        // Another agency is untouched.
        await eq(try await AgencySettings.currentLevel(try await agencyID("mamuju"), on: db).mode, .priority)
    }

    /// The agency chooses Σ LKI ÷ Σ LKJ (capped) over Σ min(LKI, LKJ) ÷ Σ LKJ: a level above the standard
    /// then makes up for a gap; the profile says which formula it used.
    func testTheAgencysJPMFormulaChangesTheFigureAndIsNamed() async throws {
        let world = try await world()
        // The head of Dinas Perhubungan: a JPT, whose standard asks more than level 2 of M.02.
        let staff = world.medan.head
        let api = try await APIClient.signIn(app, "pengelola.medan")
        for (code, level) in [("M.01", 5), ("M.02", 2)] {
            let rated = try await api.send(
                .POST, "/api/v1/employees/\(staff.nip)/assessments",
                json:
                    #"{"competency":"\#(code)","level":\#(level),"source":"assessment_center","assessed_on":"\#(TestClock.today.iso)"}"#
            )
            XCTAssertEqual(rated.status, .created, rated.text)
        }
        func profile() async throws -> [String: Any] {
            try json(try await api.get("/api/v1/employees/\(staff.nip)/competency-profile"))
        }
        let first = try await profile()
        let items = try XCTUnwrap(first["items"] as? [[String: Any]])
        let gapItems = items.map {
            GapItem(code: $0["code"] as! String, required: $0["required"] as! Int, current: $0["current"] as? Int)
        }
        let byMin = try XCTUnwrap(GapRules.jpm(gapItems))
        let byRatio = try XCTUnwrap(GapRules.jpm(gapItems, thresholds: GapThresholds(formula: .ratio)))
        XCTAssertGreaterThan(byRatio.percent.value, byMin.percent.value, "M.01 above the standard offsets M.02")
        var before = try await profile()
        XCTAssertEqual(before["jpm"] as? Double, byMin.percent.value)
        XCTAssertEqual(before["jpm_formula"] as? String, "min")

        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        var form = [
            "mode": "priority", "ac_years": "3", "optimal": "90", "cukup_optimal": "78", "memenuhi_syarat": "80",
            "masih_memenuhi_syarat": "68", "jpm_formula": "rata-rata",
        ]
        for s in AssessmentSource.allCases { form["weight_" + s.rawValue] = "0.2" }
        let bad = try await browser.post("/instansi/medan/pengaturan/kompetensi", form: form)
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("Pilih salah satu rumus JPM."))
        form["jpm_formula"] = "ratio"
        await eq(try await browser.post("/instansi/medan/pengaturan/kompetensi", form: form).status, .seeOther)
        before = try await profile()
        XCTAssertEqual(before["jpm"] as? Double, byRatio.percent.value)
        XCTAssertEqual(before["jpm_formula"] as? String, "ratio")
        let page = try await browser.get("/pegawai/\(staff.nip)/kompetensi")
        XCTAssertTrue(page.text.contains("Rumus JPM instansi: Σ LKI ÷ Σ LKJ, paling tinggi 100 %"))
        // Mamuju keeps the default.
        await eq(try await AgencySettings.thresholds(world.mamuju.agencyID, on: db).formula, .minimum)
    }
}
