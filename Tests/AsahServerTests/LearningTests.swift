import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// The JP ledger through the API: one employee's year, and compliance against a brute-force recount.
final class LearningTests: AppTestCase {
    func testAnEmployeesYearAgainstTheMinimumAndTheMaximum() async throws {
        let medan = try await world().medan
        let year = TestClock.year
        let pns = medan.staff
        try await credit(pns, "\(year)-03-04", 600, title: "Bimtek Pelayanan Publik", jenis: 8)
        try await credit(pns, "\(year)-01-20", 250, title: "Mentoring laporan", jenis: 15)
        try await credit(pns, "\(year - 1)-11-02", 2000)

        let me = try await api(as: pns)
        let mine = try json(try await me.get("/api/v1/employees/\(pns.nip)/learning-hours"))
        XCTAssertEqual(mine["year"] as? Int, year)
        XCTAssertEqual(mine["total_jp"] as? Double, 8.5)
        XCTAssertEqual(mine["target_jp"] as? Int, 20)
        XCTAssertEqual(mine["status"] as? String, "below")
        XCTAssertEqual(mine["missing_jp"] as? Double, 11.5)
        XCTAssertTrue(mine["max_jp"] is NSNull)
        let entries = mine["entries"] as! [[String: Any]]
        XCTAssertEqual(entries.map { $0["date"] as? String }, ["\(year)-01-20", "\(year)-03-04"], "in date order")
        XCTAssertEqual(entries[1]["jp"] as? Int, 6)
        XCTAssertEqual(entries[1]["jenis_diklat_id"] as? Int, 8)
        XCTAssertEqual(entries[1]["jenis_diklat"] as? String, "Bimbingan Teknis")
        let last = try json(try await me.get("/api/v1/employees/\(pns.nip)/learning-hours?year=\(year - 1)"))
        XCTAssertEqual(last["total_jp"] as? Int, 20)
        XCTAssertEqual(last["status"] as? String, "met")

        // PPPK: no minimum, a maximum with a warning past it.
        let pppk = medan.pppk
        try await credit(pppk, "\(year)-02-10", 2500)
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let p = try json(try await manager.get("/api/v1/employees/\(pppk.nip)/learning-hours"))
        XCTAssertEqual(p["status"] as? String, "over_limit")
        XCTAssertEqual(p["max_jp"] as? Int, 24)
        XCTAssertTrue(p["target_jp"] is NSNull)

        // Nobody else's: a colleague and another agency see nothing.
        let other = try await api(as: medan.colleague)
        await eq(try await other.get("/api/v1/employees/\(pns.nip)/learning-hours").status, .notFound)
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        await eq(try await mamuju.get("/api/v1/employees/\(pns.nip)/learning-hours").status, .notFound)
    }

    func testComplianceEqualsABruteForceRecount() async throws {
        try await seedDemo()
        let medan = try await agencyID("medan")
        let year = TestClock.year
        let employees = try await Employee.query(on: db).filter(\.$agencyID == medan).all()
        var generator = GapReportTests.SplitMix(state: 20_261_129)
        // Random lines this year and last: many small ones, some employees none, some far over.
        for e in employees where generator.next(4) > 0 {
            for _ in 0..<1 + generator.next(6) {
                let y = generator.next(5) == 0 ? year - 1 : year
                let month = String(format: "%02d", 1 + generator.next(12))
                try await credit(e, "\(y)-\(month)-15", 50 + generator.next(851))
            }
        }
        let units = try await AsahServer.Unit.query(on: db).filter(\.$agencyID == medan).all()
        let paths = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.path) })
        let ledger = try await LearningEntry.query(on: db).filter(\.$agencyID == medan).filter(\.$year == year).all()
        let totals = Dictionary(grouping: ledger, by: \.employeeID).mapValues { $0.map(\.jpHundredths).reduce(0, +) }

        func recount(minimum: Int, within path: String?) -> (pns: Int, met: Int, units: [UUID?: (Int, Int)]) {
            var byUnit: [UUID?: (Int, Int)] = [:]
            for e in employees where e.status != "pppk" {
                if let path, !(e.unitID.flatMap { paths[$0] }?.hasPrefix(path) ?? false) { continue }
                let met = (totals[e.id!] ?? 0) >= minimum ? 1 : 0
                let old = byUnit[e.unitID] ?? (0, 0)
                byUnit[e.unitID] = (old.0 + 1, old.1 + met)
            }
            return (byUnit.values.map(\.0).reduce(0, +), byUnit.values.map(\.1).reduce(0, +), byUnit)
        }
        func check(_ body: [String: Any], _ expected: (pns: Int, met: Int, units: [UUID?: (Int, Int)])) {
            XCTAssertEqual(body["pns"] as? Int, expected.pns)
            XCTAssertEqual(body["met"] as? Int, expected.met)
            let rate = (body["rate"] as? NSNumber)?.doubleValue
            // Half up on the exact share, 100 only for all and 0 only for none.
            var tenths = (expected.met * 2000 + expected.pns) / (2 * expected.pns)
            if expected.met < expected.pns { tenths = min(tenths, 999) }
            if expected.met > 0 { tenths = max(tenths, 1) }
            XCTAssertEqual(rate, Double(tenths) / 10)
            let lines = body["units"] as! [[String: Any]]
            XCTAssertEqual(lines.count, expected.units.count)
            for line in lines {
                let id = (line["id"] as? String).flatMap(UUID.init(uuidString:))
                XCTAssertEqual(line["pns"] as? Int, expected.units[id]?.0, "\(line)")
                XCTAssertEqual(line["met"] as? Int, expected.units[id]?.1, "\(line)")
            }
        }

        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let all = try json(try await manager.get("/api/v1/agencies/medan/learning-hours/compliance"))
        let expected = recount(minimum: 2000, within: nil)
        XCTAssertGreaterThan(expected.met, 0)
        XCTAssertLessThan(expected.met, expected.pns)
        check(all, expected)
        XCTAssertEqual(all["minimum_jp"] as? Int, 20)

        // The agency's own minimum counts.
        try await AgencySettings.save(JPTargets(pnsMinimum: JP(hundredths: 1050)), .jpTargets, agencyID: medan, on: db)
        check(
            try json(try await manager.get("/api/v1/agencies/medan/learning-hours/compliance")),
            recount(minimum: 1050, within: nil))

        // A unit head sees their own unit and its sub-units only.
        let head = try await User.query(on: db).filter(\.$username == "kepala.medan").first()!
        let headPath = try await AsahServer.Unit.find(head.unitID, on: db)!.path
        let kepala = try await APIClient.signIn(app, "kepala.medan")
        check(
            try json(try await kepala.get("/api/v1/agencies/medan/learning-hours/compliance")),
            recount(minimum: 1050, within: headPath))

        // Employees and other agencies do not get the report.
        let staff = try await APIClient.signIn(app, "pegawai.medan")
        await eq(try await staff.get("/api/v1/agencies/medan/learning-hours/compliance").status, .forbidden)
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        await eq(try await mamuju.get("/api/v1/agencies/medan/learning-hours/compliance").status, .notFound)
    }
}
