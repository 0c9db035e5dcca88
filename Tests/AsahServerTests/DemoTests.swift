import AsahCore
import AsahDemo
import Fluent
import XCTVapor

@testable import AsahServer

final class DemoTests: AppTestCase {
    /// The one test that seeds the demo itself (the others start from a copy, `TestDatabase`).
    func testDemoSeedsFourAgenciesOnceWithWorkingLogins() async throws {
        let logins = try await DemoSeeder.seedIfNeeded(clock: TestClock.clock, on: app.db)
        XCTAssertEqual(logins.count, 17)
        let expected = DemoData.agencies()
        await eq(try await count("agencies"), 4)
        await eq(try await count("employees"), expected.reduce(0) { $0 + $1.employees.count })
        await eq(try await count("units"), expected.reduce(0) { $0 + $1.units.count })
        // Every supervisor is in the same agency.
        let crossAgency = try await sql.raw(
            "SELECT COUNT(*) AS n FROM employees e JOIN employees s ON s.id = e.supervisor_id WHERE s.agency_id <> e.agency_id"
        ).firstRow(CountRow.self)!.n
        XCTAssertEqual(crossAgency, 0)
        // Learning activities: five per agency, three closed with certificates and JP, one running with a
        // session today that the demo employee is enrolled in.
        await eq(try await count("activities"), 20)
        let finished = try await sql.raw(
            "SELECT COUNT(*) AS n FROM activities WHERE status = 'finished'"
        ).firstRow(CountRow.self)!.n
        XCTAssertEqual(finished, 12)
        let credited = try await sql.raw(
            "SELECT COUNT(*) AS n FROM learning_entries WHERE source = 'activity' AND certificate_no IS NOT NULL"
        ).firstRow(CountRow.self)!.n
        XCTAssertGreaterThan(credited, 100)
        let today = try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM enrolments n JOIN users u ON u.employee_id = n.employee_id
            JOIN activity_sessions s ON s.activity_id = n.activity_id
            WHERE u.username LIKE 'pegawai.%' AND n.state = 'enrolled' AND s.date = \(bind: TestClock.today.iso)
            """
        ).firstRow(CountRow.self)!.n
        XCTAssertEqual(today, 4)
        // Mentoring: the head of office guides the demo employee; two sessions each confirmed (their JP
        // within the month's cap, which the demo ledger's own mentoring lines may already use).
        await eq(try await count("mentorships"), 4)
        let confirmed = try await sql.raw(
            "SELECT COUNT(*) AS n FROM mentoring_sessions WHERE confirmed_at IS NOT NULL"
        ).firstRow(CountRow.self)!.n
        XCTAssertEqual(confirmed, 8)
        let mentored = try await sql.raw(
            "SELECT COUNT(*) AS n FROM learning_entries WHERE source = 'mentoring' AND source_id IS NOT NULL"
        ).firstRow(CountRow.self)!.n
        XCTAssertGreaterThanOrEqual(mentored, 4)
        XCTAssertLessThanOrEqual(mentored, 8)

        // Performance: every employee in active service has an annual rating of this year and the two
        // before, and this year's finished quarters (two by mid-July); three feedback threads per agency,
        // the newest unread.
        let active = try await sql.raw("SELECT COUNT(*) AS n FROM employees WHERE employment_state = 'aktif'")
            .firstRow(CountRow.self)!.n
        let annual = try await sql.raw(
            "SELECT COUNT(*) AS n FROM performance_ratings WHERE period = 'annual' AND year = \(bind: TestClock.year - 1)"
        ).firstRow(CountRow.self)!.n
        XCTAssertEqual(annual, active)
        await eq(try await count("performance_ratings"), active * 5)
        await eq(try await count("feedback"), 12)
        let unread = try await sql.raw("SELECT COUNT(*) AS n FROM feedback WHERE read_at IS NULL")
            .firstRow(CountRow.self)!.n
        XCTAssertEqual(unread, 4)

        // A second run reuses the data.
        try await seedDemo()
        await eq(try await count("agencies"), 4)

        for login in logins {
            var browser = Browser(app)
            await eq(try await browser.login(login.username).status, .seeOther, login.username)
            await eq(try await browser.get("/").status, .ok, login.username)
        }
    }

    func testDemoLedgerHasASpreadAroundTheMinimum() async throws {
        try await seedDemo()
        let today = TestClock.today
        let agencies = DemoData.agencies()
        // The generated ledger (lines without a source record; activities and mentoring add their own).
        let generated = try await sql.raw("SELECT COUNT(*) AS n FROM learning_entries WHERE source_id IS NULL")
            .firstRow(CountRow.self)!.n
        XCTAssertEqual(generated, agencies.reduce(0) { $0 + DemoLearning.entries(for: $1, today: today).count })
        struct Source: Decodable { var source: String }
        let sources = try await sql.raw("SELECT DISTINCT source FROM learning_entries").rows(Source.self)
        XCTAssertTrue(sources.allSatisfy { LearningEntry.Source(rawValue: $0.source) != nil }, "\(sources)")
        for agency in agencies {
            let id = try await agencyID(agency.code)
            // Last year: most PNS reached 20 JP, some did not. This year: some are clearly below it.
            let last = try await LearningQueries.complianceTotal(
                agencyID: id, year: today.year - 1, minimum: JP(whole: 20), unitPath: nil, on: db)
            XCTAssertGreaterThan(last.met * 100, last.counted * 75, agency.code)
            XCTAssertLessThan(last.met, last.counted, agency.code)
            let below = try await ComplianceQueries.below(
                agencyID: id, year: today.year, minimum: JP(whole: 20), unitPath: nil, limit: nil, on: db)
            XCTAssertTrue(below.contains { $0.total < 1000 }, agency.code)
            XCTAssertTrue(below.contains { $0.nip == agency.sampleEmployeeNIP }, "the sample employee is behind")
        }
    }

    func testDemoRefusesADatabaseWithRealData() async throws {
        try await AgencySetupService.createAgency(
            code: "kotabaru", name: "Kota Baru", kind: "kota", province: "Kalsel", on: db)
        do {
            try await seedDemo()
            XCTFail("demo accounts were added to a real database")
        } catch is DemoSeeder.Failure {}
        await eq(try await count("users"), 0)
    }
}
