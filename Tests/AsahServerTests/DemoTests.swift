import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

final class DemoTests: AppTestCase {
    func testDemoSeedsFourAgenciesOnceWithWorkingLogins() async throws {
        let logins = try await seedDemo()
        XCTAssertEqual(logins.count, 13)
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
        let today = CivilDate.today()
        let agencies = DemoData.agencies()
        await eq(
            try await count("learning_entries"), agencies.reduce(0) { $0 + DemoLearning.entries(for: $1, today: today).count })
        struct Source: Decodable { var source: String }
        let sources = try await sql.raw("SELECT DISTINCT source FROM learning_entries").all(decoding: Source.self)
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
        try await AccountService.createAgency(code: "kotabaru", name: "Kota Baru", kind: "kota", province: "Kalsel", on: db)
        do {
            try await seedDemo()
            XCTFail("demo accounts were added to a real database")
        } catch is DemoSeeder.Failure {}
        await eq(try await count("users"), 0)
    }
}
