import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// People's life-cycle: states with a date from the form, the API and SIASN; the JP rate and the gap
/// report count people in active service with the partial-year rule; an import lists who it lacks.
final class EmploymentTests: AppTestCase {
    func compliance(_ api: APIClient) async throws -> (pns: Int, met: Int) {
        let body = try json(try await api.get("/api/v1/agencies/medan/learning-hours/compliance"))
        return (body["pns"] as? Int ?? -1, body["met"] as? Int ?? -1)
    }

    func testALeaverAndSomeoneOnStudyLeaveAreOutOfTheRateAndTheGaps() async throws {
        let world = try await world()
        let m = world.medan
        // Medan's PNS: the secretary, the head, the staff member, the colleague, the outsider.
        try await credit(m.staff, "2026-03-02", 2000)
        try await credit(m.colleague, "2026-03-02", 2000)
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        await eq(try await compliance(manager).pns, 5)
        await eq(try await compliance(manager).met, 2)
        var staffBrowser = Browser(app)
        _ = try await staffBrowser.login("pegawai.medan")

        // The staff member retired on 1 July: out of this year's rate, account closed at once.
        let retired = try await manager.send(
            .PUT, "/api/v1/employees/\(m.staff.nip)/employment", json: #"{"state":"pensiun","since":"2026-07-01"}"#)
        XCTAssertEqual(retired.status, .ok, retired.text)
        XCTAssertEqual(try json(retired)["state"] as? String, "pensiun")
        await eq(try await compliance(manager).pns, 4)
        await eq(try await compliance(manager).met, 1)
        await eq(try await staffBrowser.get("/").status, .seeOther, "the retired person's session ended")
        await eq(try await User.query(on: db).filter(\.$username == "pegawai.medan").first()?.isActive, false)
        // Last year they were in service all year: still in 2025's rate.
        let lastYear = try json(
            try await manager.get("/api/v1/agencies/medan/learning-hours/compliance?year=2025"))
        XCTAssertEqual(lastYear["pns"] as? Int, 5)
        // Gone from the list, not from the records.
        let list = try json(try await manager.get("/api/v1/agencies/medan/employees"))
        let nips = ((list["items"] as? [[String: Any]]) ?? []).compactMap { $0["nip"] as? String }
        XCTAssertFalse(nips.contains(m.staff.nip))
        await eq(try await manager.get("/api/v1/employees/\(m.staff.nip)").status, .ok)

        // The colleague goes on study leave: out of the gap report and the rate while it lasts.
        let gapsBefore = try json(try await manager.get("/api/v1/agencies/medan/competency-gaps"))
        _ = try await manager.send(
            .PUT, "/api/v1/employees/\(m.colleague.nip)/employment",
            json: #"{"state":"tugas_belajar","since":"2026-07-10"}"#)
        let gapsAfter = try json(try await manager.get("/api/v1/agencies/medan/competency-gaps"))
        XCTAssertEqual(
            (gapsAfter["employees"] as? Int ?? -1) + 1, gapsBefore["employees"] as? Int ?? -1, "\(gapsAfter)")
        await eq(try await compliance(manager).pns, 3)

        // Back on 1 July next... this year on the 15th: active again, held to a part-year minimum.
        _ = try await manager.send(
            .PUT, "/api/v1/employees/\(m.colleague.nip)/employment", json: #"{"state":"aktif","since":"2026-07-15"}"#)
        await eq(try await compliance(manager).pns, 4)
        let hours = try json(try await manager.get("/api/v1/employees/\(m.colleague.nip)/learning-hours"))
        XCTAssertEqual(hours["target_jp"] as? Double, 9, "August to December: 20 × 5/12 = 8,33 → 9 JP")
        XCTAssertEqual(hours["status"] as? String, "met")
    }

    /// The head supervises three people by a manager's choice; when the head retires they go back to the
    /// structure (which has nobody above them now) instead of keeping a retired supervisor.
    func testPeopleWhoseChosenSupervisorLeftGoBackToTheStructure() async throws {
        let world = try await world()
        let m = world.medan
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        await eq(try await Employee.find(m.staff.id, on: db)?.supervisorOverride, true)
        let retired = try await manager.send(
            .PUT, "/api/v1/employees/\(m.head.nip)/employment", json: #"{"state":"pensiun","since":"2026-07-01"}"#)
        XCTAssertEqual(retired.status, .ok, retired.text)
        for person in [m.staff, m.colleague, m.pppk] {
            let now = try await Employee.find(person.id, on: db)
            XCTAssertEqual(now?.supervisorOverride, false, person.name)
            XCTAssertNil(now?.supervisorID, "\(person.name): Dinas Perhubungan has no head in service")
        }
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        let page = try await browser.get("/instansi/medan/atasan")
        XCTAssertFalse(page.text.contains(m.head.name), "a retired head is not listed as lacking a supervisor")
    }

    func testTheAPIRefusesBadStatesDatesAndOtherAgencies() async throws {
        let world = try await world()
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let path = "/api/v1/employees/\(world.medan.staff.nip)/employment"
        for (body, field) in [
            (#"{"state":"cuti","since":"2026-07-01"}"#, "state"),
            (#"{"state":"pensiun","since":"9999-12-31"}"#, "since"),
            (#"{"state":"pensiun","since":"1900-01-01"}"#, "since"),
            (#"{"state":"pensiun"}"#, "since"),
        ] {
            let refused = try await manager.send(.PUT, path, json: body)
            XCTAssertEqual(refused.status, .unprocessableEntity, body)
            let details = (try json(refused)["error"] as? [String: Any])?["details"] as? [[String: Any]]
            XCTAssertEqual(details?.first?["field"] as? String, field, body)
        }
        await eq(try await Employee.find(world.medan.staff.id, on: db)?.employmentState, "aktif")
        // Mamuju's manager: Medan's employee does not exist for them; the employee may not change it.
        let other = try await APIClient.signIn(app, "pengelola.mamuju")
        await eq(try await other.send(.PUT, path, json: #"{"state":"pensiun","since":"2026-07-01"}"#).status, .notFound)
        let own = try await APIClient.signIn(app, "pegawai.medan")
        await eq(try await own.send(.PUT, path, json: #"{"state":"pensiun","since":"2026-07-01"}"#).status, .forbidden)
        await eq(try await Employee.find(world.medan.staff.id, on: db)?.employmentState, "aktif")
    }

    /// The SQL of the JP figures and `ServiceYear` agree on every case of the rule.
    func testTheRateQueryAppliesTheSameRuleAsTheCore() async throws {
        let agency = try await build.agency("uji", name: "Pemerintah Kota Uji")
        let unit = try await build.unit("Dinas Uji", in: agency)
        let position = try await build.position("Pengadministrasi", in: unit)
        let cases: [(String, String, String?, EmployeeStatus)] = [
            ("199001012015031001", "aktif", nil, .pns),
            ("199001012026041002", "aktif", nil, .cpns),  // TMT April 2026
            ("199001012026071003", "aktif", "2026-07-02", .cpns),
            ("199001012010031004", "aktif", "2026-07-01", .pns),
            ("199001012010031005", "aktif", "2026-12-31", .pns),
            ("199001012010031006", "pensiun", "2026-05-01", .pns),
            ("199001012010031007", "pensiun", "2027-01-01", .pns),
            ("199001012010031008", "tugas_belajar", "2025-09-01", .pns),
            ("199001012010031009", "cltn", nil, .pns),
            ("199001012027011010", "aktif", nil, .pns),  // TMT next year
            ("199001012010032011", "aktif", "2026-02-15", .pns),
            ("199001012026011012", "aktif", nil, .cpns),  // TMT January 2026: the whole year
            ("199001012026121013", "aktif", nil, .cpns),  // TMT December 2026: one month
            ("199001012026061014", "aktif", "2026-03-01", .cpns),  // TMT June, active since March
            ("199001012010031015", "aktif", "2026-01-01", .pns),
        ]
        var expected: [String: Int] = [:]
        for (nip, state, since, status) in cases {
            let e = try await build.employee("Pegawai \(nip.suffix(3))", nip: nip, in: position, status: status)
            e.employmentState = state
            e.employmentSince = since
            try await e.save(on: db)
            let facts = ServiceFacts(
                state: EmploymentState(rawValue: state)!, since: since.flatMap(CivilDate.init(iso:)),
                serviceStart: ServiceFacts.serviceStart(nip: nip))
            if ServiceYear.counts(facts, year: 2026) {
                expected[nip] =
                    ServiceYear.minimum(JP(whole: 20), months: ServiceYear.months(facts, year: 2026)).hundredths
            }
        }
        struct Row: Decodable {
            var nip: String
            var target: Int
        }
        let rows = try await sql.raw(
            """
            SELECT e.nip, x.target FROM (\(LearningQueries.pnsTotals(agencyID: try agency.requireID(), year: 2026, minimum: JP(whole: 20), unitPath: nil))) x
            JOIN employees e ON e.id = x.id
            """
        ).rows(Row.self)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: rows.map { ($0.nip, $0.target) }), expected)
        XCTAssertEqual(expected.count, 10, "the cases cover both sides of the rule")
    }

    func testAnImportReadsTheKedudukanAndListsWhoItLacksForTheManagerToConfirm() async throws {
        let agency = try await build.agencyWithManager("tebing", name: "Pemerintah Kota Tebing Tinggi")
        let agencyID = try agency.requireID()
        let unor = "DINAS PERHUBUNGAN - PEMERINTAH KOTA TEBING TINGGI"
        var rows: [SiasnCSV.Row] = [
            .init(nip: "197001012000031001", name: "Darwin Nasution", birth: "01-01-1970", unor: unor),
            .init(nip: "197502022003031002", name: "Rudi Hartono", birth: "02-02-1975", unor: unor),
            .init(nip: "199004042015031004", name: "Fajar Ramadhan", birth: "04-04-1990", unor: unor),
        ]
        func run(_ rows: [SiasnCSV.Row]) async throws -> ImportReport {
            try await EmployeeImporter.run(
                file: Data(SiasnCSV.text(rows).utf8), agencyID: agencyID, dryRun: false, userID: nil,
                today: TestClock.today, on: db)
        }
        let first = try await run(rows)
        XCTAssertTrue(first.isValid, "\(first.errors)")
        XCTAssertEqual(first.notInFileTotal, 0)

        // The next export: Rudi is on study leave, Fajar is not in it, and a kedudukan nobody knows.
        rows[1].kedudukan = "Tugas Belajar"
        let bad = try await run([
            rows[0], rows[1],
            .init(
                nip: "199105052016032005", name: "Dewi", birth: "05-05-1991", gender: "F", unor: unor,
                kedudukan: "Entah"),
        ])
        XCTAssertEqual(bad.errors.map(\.column), ["KEDUDUKAN HUKUM NAMA"])
        XCTAssertTrue(bad.errors.first?.message.contains("\"Entah\" tidak dikenal") ?? false)
        let second = try await run(Array(rows.prefix(2)))
        XCTAssertTrue(second.isValid, "\(second.errors)")
        XCTAssertEqual(second.notInFile.map(\.nip), ["199004042015031004"])
        let rudi = try await Employee.query(on: db).filter(\.$nip == "197502022003031002").first()
        XCTAssertEqual(rudi?.employmentState, "tugas_belajar")
        XCTAssertEqual(rudi?.employmentSince, TestClock.today.iso)
        await eq(
            try await Employee.query(on: db).filter(\.$nip == "199004042015031004").first()?.employmentState, "aktif",
            "an import never decides that someone left")

        // The manager confirms Fajar as moved to another agency, from the report's form.
        let fajar = try await Employee.query(on: db).filter(\.$nip == "199004042015031004").first()!
        let account = try await createAccount(for: fajar)
        var manager = Browser(app)
        _ = try await manager.login("pengelola.tebing")
        _ = try await manager.get("/instansi/tebing")
        let refused = try await manager.post(
            "/instansi/tebing/pegawai/keluar", form: ["nip[]": fajar.nip, "state": "aktif", "since": "2026-07-01"])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        let saved = try await manager.post(
            "/instansi/tebing/pegawai/keluar", form: ["nip[]": fajar.nip, "state": "pindah", "since": "2026-07-01"])
        XCTAssertEqual(saved.status, .seeOther, saved.text)
        await eq(try await Employee.find(fajar.id, on: db)?.employmentState, "pindah")
        await eq(try await User.query(on: db).filter(\.$username == account).first()?.isActive, false)
        let third = try await run(Array(rows.prefix(2)))
        XCTAssertEqual(third.notInFileTotal, 0, "someone confirmed as gone is not asked about again")
    }
}
