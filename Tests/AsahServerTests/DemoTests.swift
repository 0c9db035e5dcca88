import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

final class DemoTests: AppTestCase {
    func testDemoSeedsFourAgenciesOnceWithWorkingLogins() async throws {
        let logins = try await seedDemo()
        XCTAssertEqual(logins.count, 17)
        let expected = DemoData.agencies()
        await eq(try await count("agencies"), 4)
        await eq(try await count("employees"), expected.reduce(0) { $0 + $1.employees.count })
        await eq(try await count("units"), expected.reduce(0) { $0 + $1.units.count })
        // Every supervisor is in the same agency.
        struct N: Decodable { var n: Int }
        let crossAgency = try await sql.raw(
            "SELECT COUNT(*) AS n FROM employees e JOIN employees s ON s.id = e.supervisor_id WHERE s.agency_id <> e.agency_id"
        ).first(decoding: N.self)!.n
        XCTAssertEqual(crossAgency, 0)
        // Learning activities: five per agency, three closed with certificates and JP, one running with a
        // session today that the demo employee is enrolled in.
        await eq(try await count("activities"), 20)
        let finished = try await sql.raw(
            "SELECT COUNT(*) AS n FROM activities WHERE status = 'finished'").first(decoding: N.self)!.n
        XCTAssertEqual(finished, 12)
        let credited = try await sql.raw(
            "SELECT COUNT(*) AS n FROM learning_entries WHERE source = 'activity' AND certificate_no IS NOT NULL"
        ).first(decoding: N.self)!.n
        XCTAssertGreaterThan(credited, 100)
        let today = try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM enrolments n JOIN users u ON u.employee_id = n.employee_id
            JOIN activity_sessions s ON s.activity_id = n.activity_id
            WHERE u.username LIKE 'pegawai.%' AND n.state = 'enrolled' AND s.date = \(bind: CivilDate.today().iso)
            """
        ).first(decoding: N.self)!.n
        XCTAssertEqual(today, 4)
        // Mentoring: the head of office guides the demo employee; confirmed sessions gave JP.
        await eq(try await count("mentorships"), 4)
        let mentored = try await sql.raw(
            "SELECT COUNT(*) AS n FROM learning_entries WHERE source = 'mentoring'").first(decoding: N.self)!.n
        XCTAssertEqual(mentored, 8)

        // A second run reuses the data.
        try await seedDemo()
        await eq(try await count("agencies"), 4)

        for login in logins {
            var browser = Browser(app)
            await eq(try await browser.login(login.username).status, .seeOther, login.username)
            await eq(try await browser.get("/").status, .ok, login.username)
        }
    }

    func testDemoRefusesADatabaseWithRealData() async throws {
        try await AccountService.createAgency(code: "kotabaru", name: "Kota Baru", kind: "kota", province: "Kalsel", on: db)
        do {
            try await seedDemo()
            XCTFail("demo accounts were added to a real database")
        } catch is DemoSeeder.Failure {}
        await eq(try await count("users"), 0)
    }
}
