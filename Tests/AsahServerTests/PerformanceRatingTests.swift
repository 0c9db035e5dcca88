import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// `POST`/`GET /api/v1/employees/{nip}/performance-ratings`: the predikat is the matrix's, a period's
/// rating is replaced and never doubled, and ratings are seen only by the employee, their supervisors
/// up the chain and the agency's managers.
final class PerformanceRatingTests: AppTestCase {
    func path(_ e: Employee) -> String { "/api/v1/employees/\(e.nip)/performance-ratings" }

    static func body(_ year: Int, _ period: String, _ hasil: String, _ perilaku: String) -> String {
        #"{"year":\#(year),"period":"\#(period)","rating_hasil_kerja":"\#(hasil)","rating_perilaku_kerja":"\#(perilaku)"}"#
    }

    func count(_ e: Employee) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM performance_ratings WHERE employee_id = \(bind: e.id!)")
            .firstRow(CountRow.self)?.n ?? -1
    }

    func testTheSupervisorRatesAndThePredikatIsTheMatrixs() async throws {
        let m = try await world().medan
        let year = TestClock.year
        let head = try await APIClient.signIn(app, "kepala.medan")  // staff's supervisor
        // A predikat in the body is not taken: the matrix decides.
        let given = try await head.send(
            .POST, path(m.staff),
            json:
                #"{"year":\#(year),"period":"q1","rating_hasil_kerja":"di_atas_ekspektasi","rating_perilaku_kerja":"di_bawah_ekspektasi","predikat":"sangat_baik"}"#
        )
        XCTAssertEqual(given.status, .created, given.body.string)
        let rating = try json(given)
        XCTAssertEqual(rating["predikat"] as? String, "kurang_misconduct")
        XCTAssertEqual(rating["predikat_label"] as? String, "Kurang/Misconduct")
        XCTAssertEqual(rating["period"] as? String, "q1")

        // The same period again replaces it (200); the year's rating is another row.
        let again = try await head.send(
            .POST, path(m.staff), json: Self.body(year, "Triwulan I", "Di Atas Ekspektasi", "Di Atas Ekspektasi"))
        XCTAssertEqual(again.status, .ok, again.body.string)
        XCTAssertEqual(try json(again)["predikat"] as? String, "sangat_baik")
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let annual = try await manager.send(
            .POST, path(m.staff), json: Self.body(year - 1, "annual", "sesuai_ekspektasi", "di_atas_ekspektasi"))
        XCTAssertEqual(annual.status, .created)
        XCTAssertEqual(try json(annual)["predikat"] as? String, "baik")
        await eq(try await count(m.staff), 2)

        // The employee reads them, newest year first; one year by ?year=.
        let own = try await APIClient.signIn(app, "pegawai.medan")
        let all = try await own.send(.GET, path(m.staff))
        XCTAssertEqual(all.status, .ok)
        let items = try json(all)["items"] as? [[String: Any]]
        XCTAssertEqual(items?.map { $0["year"] as? Int }, [year, year - 1])
        // Within a year the quarters come before the year's own rating.
        _ = try await manager.send(
            .POST, path(m.staff), json: Self.body(year, "annual", "sesuai_ekspektasi", "sesuai_ekspektasi"))
        let ordered = try json(try await own.send(.GET, path(m.staff) + "?year=\(year)"))["items"] as? [[String: Any]]
        XCTAssertEqual(ordered?.map { $0["period"] as? String }, ["q1", "annual"])
        let one = try json(try await own.send(.GET, path(m.staff) + "?year=\(year - 1)"))["items"] as? [[String: Any]]
        XCTAssertEqual(one?.map { $0["period"] as? String }, ["annual"])
        await eq(try await own.send(.GET, path(m.staff) + "?year=9999").status, .badRequest)

        // Every change is in the audit log.
        let audit = try await AuditEntry.query(on: db).filter(\.$entity == "performance_rating").all()
        XCTAssertEqual(audit.map(\.action).sorted(), ["create", "create", "create", "update"])
    }

    func testBadBodiesAreRefusedNamingTheField() async throws {
        let m = try await world().medan
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        for (body, fields) in [
            (Self.body(1900, "q1", "sesuai_ekspektasi", "sesuai_ekspektasi"), ["year"]),
            (Self.body(TestClock.year + 1, "annual", "sesuai_ekspektasi", "sesuai_ekspektasi"), ["year"]),
            (Self.body(TestClock.year, "q5", "baik", "sesuai_ekspektasi"), ["period", "rating_hasil_kerja"]),
            (#"{"year":2026}"#, ["period", "rating_hasil_kerja", "rating_perilaku_kerja"]),
        ] {
            let refused = try await manager.send(.POST, path(m.staff), json: body)
            XCTAssertEqual(refused.status, .unprocessableEntity, body)
            let details = (try json(refused)["error"] as? [String: Any])?["details"] as? [[String: Any]]
            XCTAssertEqual(details?.compactMap { $0["field"] as? String }, fields, body)
        }
        await eq(try await manager.send(.POST, path(m.staff), json: #"{"year":"dua ribu"}"#).status, .badRequest)
        await eq(try await count(m.staff), 0)
    }

    /// The chain: staff → head (kepala.medan) → secretary. A unit head above the staff member who is
    /// not in the chain sees the employee but not their ratings; colleagues and other agencies do not
    /// see the employee at all.
    func testOnlyTheEmployeeTheChainAndManagersSeeThem() async throws {
        let w = try await world()
        let m = w.medan
        _ = try await build.user("sekda.medan", roles: [.employee], agency: m.agency, employee: m.secretary)
        _ = try await build.user(
            "kabid.medan", roles: [.unitHead, .employee], agency: m.agency, employee: m.colleague, unit: m.section)
        _ = try await build.user("andi.medan", roles: [.employee], agency: m.agency, employee: m.outsider)
        let head = try await APIClient.signIn(app, "kepala.medan")
        let rated = try await head.send(
            .POST, path(m.staff), json: Self.body(TestClock.year, "q2", "sesuai_ekspektasi", "sesuai_ekspektasi"))
        XCTAssertEqual(rated.status, .created)

        for (username, read, rate) in [
            ("pengelola.medan", HTTPStatus.ok, HTTPStatus.ok), ("kepala.medan", .ok, .ok),
            ("sekda.medan", .ok, .forbidden), ("pegawai.medan", .ok, .forbidden),
            ("kabid.medan", .forbidden, .forbidden), ("andi.medan", .notFound, .notFound),
            ("pengelola.mamuju", .notFound, .notFound),
        ] {
            let client = try await APIClient.signIn(app, username)
            await eq(try await client.send(.GET, path(m.staff)).status, read, username)
            let body = Self.body(TestClock.year, "q2", "di_bawah_ekspektasi", "di_bawah_ekspektasi")
            await eq(try await client.send(.POST, path(m.staff), json: body).status, rate, username)
        }
        // Only the two allowed to rate changed it; the last was the head's replacement.
        let items = try json(try await head.send(.GET, path(m.staff)))["items"] as? [[String: Any]]
        XCTAssertEqual(items?.count, 1)
        XCTAssertEqual(items?.first?["predikat"] as? String, "sangat_kurang")
        // Another agency's NIP through Medan's manager: not found.
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        await eq(try await manager.send(.GET, path(w.mamuju.staff)).status, .notFound)
    }

    /// Twenty identical ratings at once: one row, none failed.
    func testTwentyAtOnceLeaveOneRating() async throws {
        let m = try await world().medan
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let body = Self.body(TestClock.year, "annual", "di_atas_ekspektasi", "sesuai_ekspektasi")
        let target = path(m.staff)
        let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for _ in 0..<20 { group.addTask { try await manager.send(.POST, target, json: body).status } }
            return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
        }
        XCTAssertTrue(statuses.allSatisfy { $0 == .created || $0 == .ok }, "\(statuses)")
        await eq(try await count(m.staff), 1)
    }
}

extension PerformanceRatingTests {
    /// The page: the supervisor rates through the form, a bad year is shown beside its field, the
    /// employee reads the predikat and has no form, and the profile links the page only for those who see it.
    func testThePageRatesAndShows() async throws {
        let m = try await world().medan
        var head = Browser(app)
        _ = try await head.login("kepala.medan")
        let page = "/pegawai/\(m.staff.nip)/kinerja"
        let empty = try await head.get(page)
        XCTAssertEqual(empty.status, .ok)
        XCTAssertTrue(empty.body.string.contains("Belum ada penilaian kinerja"))
        XCTAssertTrue(empty.body.string.contains("Simpan penilaian"))
        let bad = try await head.post(
            page,
            form: [
                "year": "1900", "period": "annual", "rating_hasil_kerja": "di_atas_ekspektasi",
                "rating_perilaku_kerja": "di_atas_ekspektasi",
            ])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.body.string.contains("Tahun penilaian harus antara 2000"))
        let saved = try await head.post(
            page,
            form: [
                "year": String(TestClock.year), "period": "q3", "rating_hasil_kerja": "di_atas_ekspektasi",
                "rating_perilaku_kerja": "di_atas_ekspektasi",
            ])
        XCTAssertEqual(saved.status, .seeOther)
        await eq(try await count(m.staff), 1)

        var own = Browser(app)
        _ = try await own.login("pegawai.medan")
        let mine = try await own.get(page)
        XCTAssertEqual(mine.status, .ok)
        XCTAssertTrue(mine.body.string.contains("Sangat Baik"))
        XCTAssertTrue(mine.body.string.contains("Triwulan III"))
        XCTAssertFalse(mine.body.string.contains("Simpan penilaian"))
        let ownProfile = try await own.get("/pegawai/\(m.staff.nip)")
        XCTAssertTrue(ownProfile.body.string.contains(page))
        // The head of the bidang, who is not in the chain, sees the profile without the link.
        _ = try await build.user(
            "kabid.medan", roles: [.unitHead, .employee], agency: m.agency, employee: m.colleague, unit: m.section)
        var kabid = Browser(app)
        _ = try await kabid.login("kabid.medan")
        let profile = try await kabid.get("/pegawai/\(m.staff.nip)")
        XCTAssertEqual(profile.status, .ok)
        XCTAssertFalse(profile.body.string.contains(page))
        await eq(try await kabid.get(page).status, .forbidden)
    }
}
