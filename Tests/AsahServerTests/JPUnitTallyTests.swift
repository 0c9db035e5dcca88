import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// The kept JP unit lines (`M0040_JPUnitTallies`) equal a recount from raw rows after ledger writes
/// of every kind and writers at once; a change of who counts drops the agency's years, and a read
/// recounts them (also for another minimum).
final class JPUnitTallyTests: AppTestCase {
    struct UnitRow: Decodable, Equatable {
        var agencyID: UUID, year: Int, unitKey: UUID, pns: Int, met: Int
        var m1: Int, m2: Int, m3: Int, m4: Int, m5: Int, m6: Int, m7: Int, m8: Int, m9: Int, m10: Int, m11: Int,
            m12: Int
    }

    struct KeptYear: Decodable { var agencyID: UUID, year: Int, minimumHundredths: Int }

    func keptYears() async throws -> [KeptYear] {
        try await sql.raw("SELECT agency_id, year, minimum_hundredths FROM report_jp_years ORDER BY agency_id, year")
            .rows(KeptYear.self)
    }

    /// Every kept year's lines, as stored and as recounted now.
    func assertKeptLinesEqualRecount(_ step: String, file: StaticString = #filePath, line: UInt = #line) async throws {
        let t = M0040_JPUnitTallies.units
        let columns = t.columns.map { t.sums.contains($0) ? "CAST(\($0) AS BIGINT) AS \($0)" : $0 }
        let select = "SELECT \(columns.joined(separator: ", ")) FROM "
        let kept = try await keptYears()
        XCTAssertFalse(kept.isEmpty, step, file: file, line: line)
        for k in kept {
            let stored = try await sql.raw(
                SQLQueryString(select + t.table)
                    + " WHERE agency_id = \(bind: k.agencyID) AND year = \(bind: k.year) AND pns <> 0 ORDER BY unit_key"
            ).rows(UnitRow.self)
            let minimum = JP(hundredths: k.minimumHundredths)
            let recount = JPUnitTallies.recount(agencyID: k.agencyID, year: k.year, minimum: minimum)
            let recounted = try await sql.raw(SQLQueryString(select) + "(\(recount)) r ORDER BY unit_key")
                .rows(UnitRow.self)
            XCTAssertEqual(stored, recounted, "\(k.year) after \(step)", file: file, line: line)

            // The people the lines count, with their minimum, unit and order; the list of those below.
            struct Facts: Decodable, Equatable {
                var employeeID: UUID, unitKey: UUID, target: Int, searchName: String, nip: String
            }
            let facts = "SELECT employee_id, unit_key, target, search_name, nip FROM "
            let kept = try await sql.raw(
                SQLQueryString(facts)
                    + "report_jp_people WHERE agency_id = \(bind: k.agencyID) AND year = \(bind: k.year) AND target IS NOT NULL ORDER BY employee_id"
            ).rows(Facts.self)
            let persons = JPUnitTallies.persons(agencyID: k.agencyID, year: k.year, minimum: minimum)
            let raw = try await sql.raw(SQLQueryString(facts) + "(\(persons)) p ORDER BY employee_id").rows(Facts.self)
            XCTAssertEqual(kept, raw, "people counted in \(k.year) after \(step)", file: file, line: line)
            for (limit, offset) in [(nil, 0), (2, 1)] as [(Int?, Int)] {
                func below(kept: Bool) async throws -> [ComplianceQueries.BelowRow] {
                    try await ComplianceQueries.below(
                        agencyID: k.agencyID, year: k.year, minimum: minimum, unitPath: nil, limit: limit,
                        offset: offset, kept: kept, on: db)
                }
                let read = try await below(kept: true)
                let reference = try await below(kept: false)
                XCTAssertEqual(
                    read.map(\.nip), reference.map(\.nip), "below in \(k.year) after \(step)", file: file, line: line)
                XCTAssertEqual(read.map(\.missing), reference.map(\.missing), file: file, line: line)
            }
        }
    }

    func keep(_ agencyID: UUID, _ years: [Int], minimum: JP = JPTargets.standard.pnsMinimum) async throws {
        for year in years {
            let kept = try await JPUnitTallies.makeCurrent(agencyID: agencyID, year: year, minimum: minimum, on: db)
            XCTAssertTrue(kept)
        }
    }

    func testKeptLinesFollowEveryLedgerWrite() async throws {
        let w = try await world()
        let m = w.medan
        let year = TestClock.year
        // People who began within the year: a smaller minimum, and months they are not held to.
        let may = try await build.employee("Dewi Lestari", nip: "19950101\(year)051021", in: m.clerkPosition)
        let november = try await build.employee("Rudi Hartono", nip: "19960101\(year)111022", in: m.clerkPosition)
        try await sql.raw(
            "UPDATE employees SET employment_since = \(bind: "\(year)-04-10") WHERE id = \(bind: m.colleague.id!)"
        ).run()
        try await keep(m.agencyID, [year, year - 1])
        try await keep(w.mamuju.agencyID, [year])
        try await assertKeptLinesEqualRecount("keeping")

        // First lines of the year, below and at the minimum, in different months; another year's line.
        try await credit(m.staff, "\(year)-02-10", 800)
        try await credit(m.staff, "\(year)-06-30", 1200)
        try await credit(may, "\(year)-05-02", 1400)
        try await credit(november, "\(year)-12-01", 400)
        try await credit(m.colleague, "\(year)-09-15", 1700)
        try await credit(m.head, "\(year - 1)-12-31", 2000)
        try await credit(m.pppk, "\(year)-03-03", 2500)
        try await credit(w.mamuju.staff, "\(year)-01-31", 2000)
        try await assertKeptLinesEqualRecount("first lines")

        // Lines moved to another month and year, changed by one statement, removed.
        try await sql.raw(
            """
            UPDATE learning_entries SET learned_on = \(bind: "\(year - 1)-11-03"), year = \(bind: year - 1)
            WHERE employee_id = \(bind: m.staff.id!) AND jp_hundredths = 800
            """
        ).run()
        try await sql.raw(
            "UPDATE learning_entries SET learned_on = \(bind: "\(year)-10-01") WHERE employee_id = \(bind: may.id!)"
        ).run()
        try await sql.raw("UPDATE learning_entries SET jp_hundredths = jp_hundredths + 650").run()
        try await sql.raw("DELETE FROM learning_entries WHERE employee_id = \(bind: m.colleague.id!)").run()
        try await credit(november, "\(year)-12-20", -500)
        try await assertKeptLinesEqualRecount("lines moved, changed and removed")
        let kept = try await keptYears()
        XCTAssertEqual(kept.count, 3, "ledger writes keep the years")

        // The report reads the kept lines: the agency's totals and its chart.
        let lines = try await LearningQueries.compliance(
            agencyID: m.agencyID, year: year, minimum: JPTargets.standard.pnsMinimum, unitPath: nil, on: db)
        XCTAssertEqual(lines.total.counted, 7)  // five PNS at Medan, and the two who began this year
        // The two who began this year reach their smaller minimum (14 JP from May, 4 from November);
        // Siti has 18,5 of 20, Andi's lines are gone.
        XCTAssertEqual(lines.total.met, 2)
        let monthly = try await ComplianceQueries.monthly(
            agencyID: m.agencyID, year: year, minimum: JPTargets.standard.pnsMinimum, unitPath: nil, on: db)
        XCTAssertEqual(monthly, [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2])
    }

    func testAChangeOfWhoCountsDropsTheAgencysYearsAndAReadRecountsThem() async throws {
        let w = try await world()
        let m = w.medan
        let year = TestClock.year
        try await keep(m.agencyID, [year, year - 1])
        try await keep(w.mamuju.agencyID, [year])
        try await credit(m.staff, "\(year)-02-10", 2000)

        try await sql.raw("UPDATE employees SET unit_id = \(bind: m.otherOffice.id!) WHERE id = \(bind: m.staff.id!)")
            .run()
        var kept = try await keptYears()
        XCTAssertEqual(kept.map(\.agencyID), [w.mamuju.agencyID], "Medan's years are dropped")
        let lines = try await LearningQueries.compliance(
            agencyID: m.agencyID, year: year, minimum: JPTargets.standard.pnsMinimum, unitPath: nil, on: db)
        XCTAssertEqual(lines.first { $0.unitID == m.otherOffice.id }?.met, 1)
        try await assertKeptLinesEqualRecount("a move and a read")

        // A leaver, a new employee, and a transfer each drop the years of the agencies they touch.
        for (name, left, change): (String, [UUID], SQLQueryString) in [
            (
                "a leaver", [w.mamuju.agencyID],
                "UPDATE employees SET employment_state = 'pensiun', employment_since = \(bind: "\(year)-03-01") WHERE id = \(bind: m.head.id!)"
            ),
            (
                "a transfer", [],
                "UPDATE employees SET agency_id = \(bind: w.mamuju.agencyID), unit_id = NULL WHERE id = \(bind: m.colleague.id!)"
            ),
        ] {
            try await keep(m.agencyID, [year])
            try await keep(w.mamuju.agencyID, [year])
            try await sql.raw(change).run()
            kept = try await keptYears()
            XCTAssertEqual(kept.map(\.agencyID), left, name)
            try await keep(m.agencyID, [year])
            try await keep(w.mamuju.agencyID, [year])
            try await assertKeptLinesEqualRecount(name)
        }
        _ = try await build.employee("Pegawai Baru", nip: "198501012010011099", in: m.clerkPosition)
        kept = try await keptYears()
        XCTAssertEqual(kept.map(\.agencyID), [w.mamuju.agencyID], "a new employee")

        // Another minimum: the year is counted again with it.
        try await keep(m.agencyID, [year], minimum: JP(hundredths: 1000))
        kept = try await keptYears()
        XCTAssertEqual(kept.first { $0.agencyID == m.agencyID }?.minimumHundredths, 1000)
        try await credit(m.secretary, "\(year)-08-08", 1000)
        try await assertKeptLinesEqualRecount("another minimum")
    }

    /// The migration goes back cleanly (tables, columns, index and triggers) and forward again.
    func testTheMigrationRevertsAndComesBack() async throws {
        let w = try await world()
        try await keep(w.medan.agencyID, [TestClock.year])
        try await M0040_JPUnitTallies().revert(on: db)
        try await credit(w.medan.staff, "\(TestClock.year)-03-03", 900)
        try await M0040_JPUnitTallies().prepare(on: db)
        try await keep(w.medan.agencyID, [TestClock.year])
        try await credit(w.medan.staff, "\(TestClock.year)-04-04", 1100)
        try await assertKeptLinesEqualRecount("the migration reverted and prepared again")
    }

    /// Twenty writers crediting people of one unit at once while readers drop and recount the year:
    /// no write is lost between a recount and the lines it keeps, and none fails.
    func testWritersAndRecountsAtOnceLoseNothing() async throws {
        let w = try await world()
        let m = w.medan
        let year = TestClock.year
        try await keep(m.agencyID, [year])
        let people = [m.staff, m.colleague, m.pppk]
        let database = db
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<20 {
                let e = people[i % 3]
                group.addTask {
                    try await LearningEntry(
                        agencyID: m.agencyID, employeeID: e.id!, learnedOn: "\(year)-0\(1 + i % 9)-15", year: year,
                        source: .manual, sourceID: nil, jenisDiklatID: 3, title: "Pelatihan \(i)", minutes: nil,
                        jpHundredths: 150 + 10 * i, provider: nil, certificateNo: nil
                    ).create(on: database)
                }
            }
            for _ in 0..<5 {
                group.addTask {
                    try await database.sql.raw("DELETE FROM report_jp_years WHERE agency_id = \(bind: m.agencyID)")
                        .run()
                    _ = try await JPUnitTallies.makeCurrent(
                        agencyID: m.agencyID, year: year, minimum: JPTargets.standard.pnsMinimum, on: database)
                }
            }
            do { try await group.waitForAll() } catch { XCTFail(String(reflecting: error)); throw error }
        }
        try await keep(m.agencyID, [year])
        try await assertKeptLinesEqualRecount("writers and recounts at once")
    }
}
