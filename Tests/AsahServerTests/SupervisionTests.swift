import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// Unit heads and supervisors from the structure: a SIASN import names them, a manager's choice
/// survives the next import, and the holder of a head position sees their unit as its head.
final class SupervisionTests: AppTestCase {
    static let agencyName = "PEMERINTAH KOTA TEBING TINGGI"

    /// Dinas Perhubungan with a Kepala Dinas; Bidang Lalu Lintas with a Kepala Bidang and an analyst;
    /// Seksi Parkir with a clerk and, in `withKasi`, a Kepala Seksi; a clerk of the Dinas itself.
    static func file(withKasi: Bool = false, kadisName: String = "Darwin Nasution") -> Data {
        let dinas = "DINAS PERHUBUNGAN - " + agencyName
        let bidang = "BIDANG LALU LINTAS - " + dinas
        let seksi = "SEKSI PARKIR - " + bidang
        var rows: [SiasnCSV.Row] = [
            .init(
                nip: "197001012000031001", name: kadisName, birth: "01-01-1970", jabatan: "Kepala Dinas Perhubungan",
                jenis: "Jabatan Struktural", unor: dinas),
            .init(
                nip: "197502022003031002", name: "Rudi Hartono", birth: "02-02-1975",
                jabatan: "Kepala Bidang Lalu Lintas", jenis: "Jabatan Struktural", unor: bidang),
            .init(
                nip: "198803032012032003", name: "Maya Sari", birth: "03-03-1988", gender: "F",
                jabatan: "Analis Transportasi Ahli Pertama", jenis: "Jabatan Fungsional", unor: bidang),
            .init(nip: "199004042015031004", name: "Fajar Ramadhan", birth: "04-04-1990", unor: seksi),
            .init(nip: "199105052016032005", name: "Dewi Lestari", birth: "05-05-1991", gender: "F", unor: dinas),
        ]
        if withKasi {
            rows.append(
                .init(
                    nip: "198206062006041006", name: "Hasan Basri", birth: "06-06-1982", jabatan: "Kepala Seksi Parkir",
                    jenis: "Jabatan Struktural", unor: seksi))
        }
        return Data(SiasnCSV.text(rows).utf8)
    }

    /// Each NIP's supervisor's NIP, and whether a manager chose it.
    func supervisors() async throws -> [String: String] {
        struct Row: Decodable {
            var nip: String
            var boss: String?
            var supervisorOverride: Bool
        }
        let rows = try await sql.raw(
            """
            SELECT e.nip, s.nip AS boss, e.supervisor_override FROM employees e
            LEFT JOIN employees s ON s.id = e.supervisor_id
            """
        ).rows(Row.self)
        return Dictionary(
            uniqueKeysWithValues: rows.map { ($0.nip, ($0.boss ?? "-") + ($0.supervisorOverride ? "*" : "")) })
    }

    func employee(_ nip: String) async throws -> Employee {
        let found = try await Employee.query(on: db).filter(\.$nip == nip).first()
        return try XCTUnwrap(found, nip)
    }

    func importFile(_ data: Data, into agency: UUID) async throws {
        let report = try await EmployeeImporter.run(
            file: data, agencyID: agency, dryRun: false, userID: nil, today: TestClock.today, on: db)
        XCTAssertTrue(report.isValid, "\(report.errors)")
    }

    func testAnImportNamesHeadsAndSupervisorsAndKeepsAManagersChoice() async throws {
        let agency = try await build.agencyWithManager("tebing", name: "Pemerintah Kota Tebing Tinggi")
        let agencyID = try agency.requireID()
        try await importFile(Self.file(), into: agencyID)
        let (kadis, kabid, analyst, clerk, dinasClerk, kasi) = (
            "197001012000031001", "197502022003031002", "198803032012032003", "199004042015031004",
            "199105052016032005", "198206062006041006"
        )
        await eq(
            try await supervisors(),
            [kadis: "-", kabid: kadis, analyst: kabid, clerk: kabid, dinasClerk: kadis],
            "Seksi Parkir has no Kepala Seksi: its clerk reports to the Kepala Bidang")

        // The manager has the analyst report to the Kepala Dinas, from the employee form.
        var manager = Browser(app)
        _ = try await manager.login("pengelola.tebing")
        let form = try await manager.get("/pegawai/\(analyst)/ubah")
        XCTAssertTrue(form.text.contains("Menurut struktur saat ini: Rudi Hartono"), form.text)
        let analystRow = try await employee(analyst)
        let saved = try await manager.post(
            "/pegawai/\(analyst)/ubah",
            form: [
                "name": "Maya Sari", "status": "pns", "gender": "F", "birth_date": "1988-03-03",
                "unit_id": analystRow.unitID!.uuidString, "position_id": analystRow.positionID!.uuidString,
                "supervisor_nip": NIP.format(kadis),
            ])
        XCTAssertEqual(saved.status, .seeOther, saved.text)

        // A new import brings a Kepala Seksi: the clerk now reports to them; the analyst stays as chosen.
        try await importFile(Self.file(withKasi: true, kadisName: "Darwin Nasution, S.T."), into: agencyID)
        await eq(
            try await supervisors(),
            [kadis: "-", kabid: kadis, analyst: kadis + "*", clerk: kasi, dinasClerk: kadis, kasi: kabid])

        // Emptying the field hands the analyst back to the structure.
        _ = try await manager.post(
            "/pegawai/\(analyst)/ubah",
            form: [
                "name": "Maya Sari", "status": "pns", "gender": "F", "birth_date": "1988-03-03",
                "unit_id": analystRow.unitID!.uuidString, "position_id": analystRow.positionID!.uuidString,
                "supervisor_nip": "",
            ])
        await eq(try await supervisors()[analyst], kabid)
        let profile = try await manager.get("/pegawai/\(analyst)")
        XCTAssertTrue(profile.text.contains("(dari struktur organisasi)"))
    }

    func testTheHolderOfAHeadPositionSeesTheirUnitAsItsHead() async throws {
        let agency = try await build.agencyWithManager("tebing", name: "Pemerintah Kota Tebing Tinggi")
        try await importFile(Self.file(), into: try agency.requireID())
        let kabid = try await employee("197502022003031002")
        // An ordinary employee account: the unit-head view comes from holding the position.
        let api = try await api(as: kabid)
        let list = try json(try await api.get("/api/v1/agencies/tebing/employees"))
        let nips = Set(((list["items"] as? [[String: Any]]) ?? []).compactMap { $0["nip"] as? String })
        XCTAssertEqual(
            nips, ["197502022003031002", "198803032012032003", "199004042015031004"],
            "Bidang Lalu Lintas and Seksi Parkir below it; not the Dinas's own clerk")
        let report = try await api.get("/api/v1/agencies/tebing/competency-gaps")
        XCTAssertEqual(report.status, .ok, "a unit head's report of their unit")
    }

    func testTheManagersPageNamesWhatTheStructureLacksAndAMarkedHeadFixesIt() async throws {
        let agency = try await build.agencyWithManager("tebing", name: "Pemerintah Kota Tebing Tinggi")
        try await importFile(Self.file(), into: try agency.requireID())
        var manager = Browser(app)
        _ = try await manager.login("pengelola.tebing")
        let page = try await manager.get("/instansi/tebing/atasan")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.text.contains("<b>2 dari 3</b><span>unit punya kepala</span>"), page.text)
        XCTAssertTrue(page.text.contains("SEKSI PARKIR"), page.text)
        XCTAssertTrue(page.text.contains("Belum ada jabatan struktural di unit ini"))
        XCTAssertTrue(page.text.contains("Memimpin DINAS PERHUBUNGAN dan tidak ada kepala unit di atasnya."))

        // Seksi Parkir's clerk is marked as its head (a Plt, say): the seksi has a head at once.
        let found = try await AsahServer.Unit.query(on: db).filter(\.$name == "SEKSI PARKIR").first()
        let seksi = try XCTUnwrap(found)
        let clerk = try await employee("199004042015031004")
        let edit = try await manager.get("/instansi/tebing/unit/\(seksi.id!.uuidString)/ubah")
        XCTAssertTrue(edit.text.contains("Jabatan kepala unit"))
        let saved = try await manager.post(
            "/instansi/tebing/unit/\(seksi.id!.uuidString)/ubah",
            form: [
                "name": "SEKSI PARKIR", "parent_id": seksi.parentID!.uuidString,
                "head_position_id": clerk.positionID!.uuidString,
            ])
        XCTAssertEqual(saved.status, .seeOther, saved.text)
        let after = try await manager.get("/instansi/tebing/atasan")
        XCTAssertTrue(after.text.contains("<b>3 dari 3</b><span>unit punya kepala</span>"), after.text)
        await eq(try await AsahServer.Unit.find(seksi.id, on: db)?.headEmployeeID, clerk.id)

        // A position of another unit, or of another agency, is refused by name.
        let world = try await world()
        let foreign = try await manager.post(
            "/instansi/tebing/unit/\(seksi.id!.uuidString)/ubah",
            form: [
                "name": "SEKSI PARKIR", "parent_id": seksi.parentID!.uuidString,
                "head_position_id": world.medan.clerkPosition.id!.uuidString,
            ])
        XCTAssertEqual(foreign.status, .unprocessableEntity)
        XCTAssertTrue(foreign.text.contains("Pilih jabatan yang berada di unit ini."))
        await eq(try await AsahServer.Unit.find(seksi.id, on: db)?.headPositionID, clerk.positionID)
    }
}
