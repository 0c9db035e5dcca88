import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

final class ImportTests: AppTestCase {
    struct Snapshot: Equatable {
        var employees: Int
        var units: Int
        var positions: Int
        var checksum: String
    }

    /// Row counts plus every employee's columns, to prove "nothing changed".
    func snapshot() async throws -> Snapshot {
        struct Row: Decodable, Hashable {
            var nip: String
            var name: String
            var golongan: String?
            var unitID: UUID?
            var positionID: UUID?
            var updatedAt: Date?
        }
        let rows = try await sql.raw(
            "SELECT nip, name, golongan, unit_id, position_id, updated_at FROM employees ORDER BY nip"
        )
        .rows(Row.self)
        let checksum = rows.map {
            "\($0.nip)|\($0.name)|\($0.golongan ?? "")|\($0.unitID?.uuidString ?? "")|\($0.positionID?.uuidString ?? "")|\($0.updatedAt?.timeIntervalSince1970 ?? 0)"
        }
        .joined(separator: "\n")
        return Snapshot(
            employees: try await count("employees"), units: try await count("units"),
            positions: try await count("positions"), checksum: checksum)
    }

    func testAFileWhoseLastRowIsBadLeavesTheDatabaseUnchanged() async throws {
        try await world()
        let before = try await snapshot()
        var rows = SiasnCSV.valid
        rows.append(.init(nip: "199001012015011904", name: "Salah Kelamin", birth: "01-01-1990", gender: "F"))
        let report = try await EmployeeImporter.run(
            file: Data(SiasnCSV.text(rows).utf8), agencyID: try await agencyID("medan"), dryRun: false, userID: nil,
            today: TestClock.today,
            on: db)
        XCTAssertFalse(report.isValid)
        XCTAssertEqual(report.errors.count, 1)
        XCTAssertEqual(report.errors.first?.row, 5)
        XCTAssertEqual(report.errors.first?.column, "JENIS KELAMIN")
        await eq(try await snapshot(), before)
    }

    func testEveryBadRowIsReportedWithRowColumnAndReason() async throws {
        try await world()
        let rows: [SiasnCSV.Row] = [
            .init(nip: "12345", name: "NIP Pendek", birth: "01-01-1990"),
            .init(nip: "199103172016031901", name: "", birth: "17-03-1991"),
            .init(nip: "199208242016032902", name: "Golongan Aneh", birth: "24-08-1992", gender: "F", golongan: "V/z"),
            .init(nip: "198805052012121903", name: "Tanggal Salah", birth: "32-13-1988"),
            .init(nip: "198805052012121903", name: "Ganda", birth: "05-05-1988"),
        ]
        let api = try await APIClient.signIn(app, "pengelola.medan")
        let before = try await snapshot()
        let res = try await api.post(
            "/api/v1/agencies/medan/imports/employees?dry_run=false", body: SiasnCSV.text(rows))
        XCTAssertEqual(res.status, .unprocessableEntity)
        let error = try json(res)["error"] as? [String: Any]
        XCTAssertEqual(error?["code"] as? String, "invalid_rows")
        let details = error?["details"] as? [[String: Any]] ?? []
        let rowsReported = Set(details.compactMap { $0["row"] as? Int })
        XCTAssertEqual(rowsReported, [2, 3, 4, 5, 6], "\(details)")
        XCTAssertTrue(
            details.allSatisfy {
                ($0["column"] as? String)?.isEmpty == false && ($0["message"] as? String)?.isEmpty == false
            })
        XCTAssertTrue(details.contains { $0["row"] as? Int == 2 && $0["column"] as? String == "NIP BARU" })
        XCTAssertTrue(details.contains { $0["row"] as? Int == 3 && $0["column"] as? String == "NAMA" })
        XCTAssertTrue(
            details.contains { $0["row"] as? Int == 4 && ($0["column"] as? String)?.hasPrefix("GOL AKHIR") == true })
        await eq(try await snapshot(), before)
    }

    func testImportCreatesUnitsPositionsAndEmployeesAndIsIdempotent() async throws {
        try await world()
        let medan = try await agencyID("medan")
        let text = SiasnCSV.text(SiasnCSV.valid)
        let dry = try await EmployeeImporter.run(
            file: Data(text.utf8), agencyID: medan, dryRun: true, userID: nil, today: TestClock.today, on: db)
        XCTAssertEqual(dry.created, 3)
        let before = try await snapshot()
        await eq(try await snapshot(), before, "a dry run writes nothing")

        let first = try await EmployeeImporter.run(
            file: Data(text.utf8), agencyID: medan, dryRun: false, userID: nil, today: TestClock.today, on: db)
        XCTAssertEqual(
            first,
            ImportReport(
                rows: 3, created: 3, updated: 0, unchanged: 0,
                unitsCreated: dry.unitsCreated, positionsCreated: dry.positionsCreated, errors: [], dryRun: false,
                notInFile: first.notInFile, notInFileTotal: 6))
        XCTAssertEqual(first.notInFile.count, 6, "Medan's six people are not in a file of three newcomers")
        XCTAssertGreaterThan(first.unitsCreated, 0)
        let afterFirst = try await snapshot()
        XCTAssertEqual(afterFirst.employees, before.employees + 3)

        // The unit tree follows UNOR NAMA: Seksi Terminal under Bidang Angkutan Baru under Dinas Perhubungan.
        let tongam = try await EmployeeQueries.detail(nip: "198805052012121903", on: db)!
        XCTAssertEqual(tongam.unitName, "SEKSI TERMINAL")
        let seksi = try await Unit.find(tongam.unitID, on: db)!
        let bidang = try await Unit.find(seksi.parentID, on: db)!
        XCTAssertEqual(bidang.name, "BIDANG ANGKUTAN BARU")
        let dinas = try await Unit.find(bidang.parentID, on: db)!
        XCTAssertEqual(dinas.name.lowercased(), "dinas perhubungan")
        XCTAssertNil(dinas.parentID)
        let nurhaliza = try await EmployeeQueries.detail(nip: "199208242016032902", on: db)!
        XCTAssertEqual(nurhaliza.positionKind, "fungsional")
        XCTAssertEqual(nurhaliza.positionJenjang, "ahli_pertama")
        XCTAssertEqual(nurhaliza.gelarBelakang, "S.E.")
        XCTAssertEqual(nurhaliza.gender, "F")
        XCTAssertEqual(nurhaliza.birthDate, "1992-08-24")

        let second = try await EmployeeImporter.run(
            file: Data(text.utf8), agencyID: medan, dryRun: false, userID: nil, today: TestClock.today, on: db)
        XCTAssertEqual(second.created, 0)
        XCTAssertEqual(second.updated, 0)
        XCTAssertEqual(second.unchanged, 3)
        XCTAssertEqual(second.unitsCreated, 0)
        XCTAssertEqual(second.positionsCreated, 0)
        await eq(try await snapshot(), afterFirst, "importing the same file twice changes nothing")

        // A changed golongan is an update.
        var changed = SiasnCSV.valid
        changed[0].golongan = "III/b"
        let third = try await EmployeeImporter.run(
            file: Data(SiasnCSV.text(changed).utf8), agencyID: medan, dryRun: false, userID: nil,
            today: TestClock.today, on: db)
        XCTAssertEqual([third.created, third.updated, third.unchanged], [0, 1, 2])
        await eq(try await EmployeeQueries.detail(nip: "199103172016031901", on: db)?.golongan, "III/b")
    }

    func testANIPOfAnotherAgencyIsRefused() async throws {
        try await world()
        let medan = try await agencyID("medan")
        _ = try await EmployeeImporter.run(
            file: Data(SiasnCSV.text(SiasnCSV.valid).utf8), agencyID: medan, dryRun: false, userID: nil,
            today: TestClock.today, on: db)
        let before = try await snapshot()
        let report = try await EmployeeImporter.run(
            file: Data(SiasnCSV.text(SiasnCSV.valid).utf8), agencyID: try await agencyID("mamuju"), dryRun: false,
            userID: nil, today: TestClock.today, on: db)
        XCTAssertEqual(report.errors.map(\.row), [2, 3, 4])
        await eq(try await snapshot(), before)
    }

    func testTheAPIImportReportsCounts() async throws {
        try await world()
        let api = try await APIClient.signIn(app, "pengelola.medan")
        let dry = try await api.post(
            "/api/v1/agencies/medan/imports/employees?dry_run=true", body: SiasnCSV.text(SiasnCSV.valid))
        XCTAssertEqual(dry.status, .ok)
        XCTAssertEqual(try json(dry)["created"] as? Int, 3)
        XCTAssertEqual((try json(dry)["errors"] as? [Any])?.count, 0)
        await isNil(try await Employee.query(on: db).filter(\.$nip == "199103172016031901").first())
        let real = try await api.post("/api/v1/agencies/medan/imports/employees", body: SiasnCSV.text(SiasnCSV.valid))
        XCTAssertEqual(try json(real)["created"] as? Int, 3)
        let again = try await api.post("/api/v1/agencies/medan/imports/employees", body: SiasnCSV.text(SiasnCSV.valid))
        XCTAssertEqual(try json(again)["unchanged"] as? Int, 3)
        // An employee may not import.
        let employee = try await APIClient.signIn(app, "pegawai.medan")
        let refused = try await employee.post(
            "/api/v1/agencies/medan/imports/employees", body: SiasnCSV.text(SiasnCSV.valid))
        XCTAssertEqual(refused.status, .forbidden)
    }

    func testThePageFlowChecksThenImports() async throws {
        try await world()
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        await eq(try await browser.get("/instansi/medan/impor").status, .ok)
        let check = try await browser.upload(
            "/instansi/medan/impor", field: "berkas", filename: "siasn.csv", content: SiasnCSV.text(SiasnCSV.valid))
        XCTAssertEqual(check.status, .ok)
        XCTAssertTrue(check.text.contains("Hasil pemeriksaan"))
        XCTAssertTrue(check.text.contains(#"id="jumlah-baru">3<"#))
        await isNil(try await Employee.query(on: db).filter(\.$nip == "199103172016031901").first())
        let action = try XCTUnwrap(
            check.text.range(of: #"/instansi/medan/impor/[0-9A-F-]+/konfirmasi"#, options: .regularExpression))
        let confirm = try await browser.post(String(check.text[action]), form: [:])
        XCTAssertEqual(confirm.status, .ok)
        XCTAssertTrue(confirm.text.contains("Impor selesai"))
        await notNil(try await Employee.query(on: db).filter(\.$nip == "199103172016031901").first())
        // The upload is gone after use: confirming twice does not import twice.
        await eq(try await browser.post(String(check.text[action]), form: [:]).status, .notFound)

        let bad = try await browser.upload(
            "/instansi/medan/impor", field: "berkas", filename: "bad.csv",
            content: SiasnCSV.text([.init(nip: "1", name: "X", birth: "01-01-1990")]))
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("tidak ada data yang disimpan"))
        XCTAssertFalse(bad.text.contains("Impor sekarang"))
    }
}
