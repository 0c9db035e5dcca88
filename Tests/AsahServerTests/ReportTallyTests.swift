import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// The maintained report tallies (`M0039_ReportTallies`) equal a recount from raw rows after every
/// kind of write, by any path: services, plain SQL, many rows in one statement, and writers at once.
final class ReportTallyTests: AppTestCase {
    struct GapRow: Decodable, Equatable {
        var agencyID: UUID, year: Int, unitKey: UUID, competencyCode: String
        var employees: Int, requiredSum: Int, assessed: Int, currentSum: Int, withGap: Int, gapSum: Int
    }

    struct PersonRow: Decodable, Equatable {
        var employeeID: UUID, year: Int, agencyID: UUID, unitKey: UUID
        var items: Int, assessed: Int, gaps: Int, gaps2: Int, gaps3: Int, gaps4: Int
    }

    struct JPRow: Decodable, Equatable {
        var employeeID: UUID, year: Int, total: Int
        var r1: Int, r2: Int, r3: Int, r4: Int, r5: Int, r6: Int, r7: Int, r8: Int, r9: Int, r10: Int, r11: Int,
            r12: Int
    }

    /// Every non-zero tally row, as stored and as recounted, ordered by key.
    func assertTalliesEqualRecount(_ step: String, file: StaticString = #filePath, line: UInt = #line) async throws {
        func rows<T: Decodable>(_ t: M0039_ReportTallies.Target, _ recount: String, _ type: T.Type) async throws
            -> (stored: [T], recounted: [T])
        {
            let columns = t.columns.map { t.sums.contains($0) ? "CAST(\($0) AS BIGINT) AS \($0)" : $0 }
            let nonZero = t.sums.map { "\($0) <> 0" }.joined(separator: " OR ")
            func select(_ source: String) async throws -> [T] {
                try await sql.raw(
                    SQLQueryString(
                        "SELECT \(columns.joined(separator: ", ")) FROM \(source) WHERE \(nonZero) ORDER BY \(t.keyList)"
                    )
                ).rows(T.self)
            }
            return (try await select(t.table), try await select("(\(recount)) r"))
        }
        let gap = try await rows(M0039_ReportTallies.gap, M0039_ReportTallies.recountGap, GapRow.self)
        XCTAssertFalse(gap.recounted.isEmpty, step, file: file, line: line)
        XCTAssertEqual(gap.stored, gap.recounted, "gap tallies after \(step)", file: file, line: line)
        let people = try await rows(M0039_ReportTallies.people, M0039_ReportTallies.recountPeople, PersonRow.self)
        XCTAssertEqual(people.stored, people.recounted, "people tallies after \(step)", file: file, line: line)
        let jp = try await rows(M0039_ReportTallies.jp, M0039_ReportTallies.recountJP, JPRow.self)
        XCTAssertEqual(jp.stored, jp.recounted, "JP tallies after \(step)", file: file, line: line)
    }

    static func record(_ e: Employee, _ code: String, _ level: Int, on db: any Database) async throws {
        try await AssessmentService.record(
            .init(
                agencyID: e.agencyID, employeeID: e.id!, code: code, level: level, source: .supervisor,
                assessedOn: TestClock.today, assessorID: nil, recordedBy: nil, note: nil, evidenceURL: nil),
            today: TestClock.today, on: db)
    }

    func codes(of e: Employee) async throws -> [String] { try await Self.codes(of: e, on: sql) }

    /// The competency codes of the employee's standard this year.
    static func codes(of e: Employee, on sql: any SQLDatabase) async throws -> [String] {
        struct Row: Decodable { var competencyCode: String }
        return try await sql.raw(
            """
            SELECT competency_code FROM standard_items
            WHERE position_id = \(bind: e.positionID) AND year = \(bind: TestClock.year) ORDER BY competency_code
            """
        ).rows(Row.self).map(\.competencyCode)
    }

    func testTalliesEqualARecountAfterEveryKindOfWrite() async throws {
        let w = try await world()
        let m = w.medan
        try await assertTalliesEqualRecount("the fill of a new database")

        // Assessments through the service: new levels, a level raised, a level lowered.
        for (i, e) in [m.staff, m.colleague, m.head, m.outsider, m.pppk].enumerated() {
            for (j, code) in try await codes(of: e).enumerated() {
                try await Self.record(e, code, 1 + (i + j) % 5, on: db)
            }
        }
        let staffCodes = try await codes(of: m.staff)
        try await Self.record(m.staff, staffCodes[0], 5, on: db)
        try await Self.record(m.staff, staffCodes[1], 1, on: db)
        try await assertTalliesEqualRecount("assessments")

        // A level removed by plain SQL; many levels rewritten in one statement.
        try await sql.raw(
            "DELETE FROM current_levels WHERE employee_id = \(bind: m.colleague.id!) AND competency_code = \(bind: staffCodes[0])"
        ).run()
        try await sql.raw("UPDATE current_levels SET level = 6 - level WHERE agency_id = \(bind: m.agencyID)").run()
        try await assertTalliesEqualRecount("levels changed by SQL")

        // People moved: another unit, another position, no position, out of active service and back.
        try await sql.raw(
            "UPDATE employees SET unit_id = \(bind: m.otherOffice.id!) WHERE id = \(bind: m.staff.id!)"
        ).run()
        try await sql.raw(
            "UPDATE employees SET position_id = \(bind: m.head.positionID) WHERE id = \(bind: m.colleague.id!)"
        ).run()
        try await sql.raw("UPDATE employees SET position_id = NULL WHERE id = \(bind: m.outsider.id!)").run()
        try await sql.raw(
            "UPDATE employees SET employment_state = 'tugas_belajar' WHERE id = \(bind: m.head.id!)"
        ).run()
        try await sql.raw("UPDATE employees SET unit_id = NULL WHERE id = \(bind: m.pppk.id!)").run()
        try await assertTalliesEqualRecount("people moved")
        try await sql.raw("UPDATE employees SET employment_state = 'aktif' WHERE id = \(bind: m.head.id!)").run()
        try await sql.raw(
            "UPDATE employees SET agency_id = \(bind: w.mamuju.agencyID), unit_id = NULL WHERE id = \(bind: m.pppk.id!)"
        ).run()
        try await assertTalliesEqualRecount("back in service, and to another agency")

        // Standards: a level raised for every holder, an item removed, one added, a new year's standard.
        try await sql.raw(
            "UPDATE standard_items SET level = 5 WHERE position_id = \(bind: m.clerkPosition.id!) AND competency_code = \(bind: staffCodes[2])"
        ).run()
        try await sql.raw(
            "DELETE FROM standard_items WHERE position_id = \(bind: m.clerkPosition.id!) AND competency_code = \(bind: staffCodes[3])"
        ).run()
        try await build.standard(
            of: m.clerkPosition, [(code: "T.HUB.01", level: 3), (code: staffCodes[0], level: 4)],
            year: TestClock.year + 1)
        try await assertTalliesEqualRecount("standards changed")

        // A new employee in a position with a standard, and every current level worked out again.
        try await build.employee("Pegawai Baru", nip: "198501012010011099", in: m.clerkPosition)
        try await AssessmentService.recomputeAll(
            agencyID: m.agencyID, settings: .standard, today: TestClock.today, on: sql)
        try await assertTalliesEqualRecount("a new employee and a recompute")

        // The ledger: lines added, moved to another month and year, changed and removed.
        try await credit(m.staff, "\(TestClock.year)-02-10", 800)
        try await credit(m.staff, "\(TestClock.year)-07-01", 1250)
        try await credit(m.colleague, "\(TestClock.year)-07-01", -300)
        try await credit(m.head, "\(TestClock.year - 1)-12-31", 2000)
        try await sql.raw(
            """
            UPDATE learning_entries SET learned_on = \(bind: "\(TestClock.year - 1)-11-03"), year = \(bind: TestClock.year - 1)
            WHERE employee_id = \(bind: m.staff.id!) AND jp_hundredths = 800
            """
        ).run()
        try await sql.raw("UPDATE learning_entries SET jp_hundredths = jp_hundredths + 25").run()
        try await sql.raw("DELETE FROM learning_entries WHERE employee_id = \(bind: m.colleague.id!)").run()
        try await assertTalliesEqualRecount("ledger lines")

        // The largest gaps, read through the tallies' gap classes, are the brute force's first ones.
        try await sql.raw(
            "UPDATE current_levels SET level = CASE WHEN competency_code < 'M.4' THEN 1 ELSE 2 END"
        ).run()
        try await assertTalliesEqualRecount("levels lowered")
        struct Gap: Decodable, Equatable { var nip: String, competencyCode: String, required: Int, current: Int }
        for (scope, limit) in [(nil, 10), (nil, 3), (m.office, 2), (m.section, 10)] as [(AsahServer.Unit?, Int)] {
            var filter =
                GapReportQueries.scope(agencyID: m.agencyID, unitPath: scope?.path) + " AND cl.level < si.level"
            filter += " ORDER BY si.level - cl.level DESC, e.search_name, e.nip, si.competency_code"
            let brute = try await sql.raw(
                "SELECT e.nip, si.competency_code, si.level AS required, cl.level AS current "
                    + GapReportQueries.joins(year: TestClock.year) + " WHERE " + filter + " LIMIT \(literal: limit)"
            ).rows(Gap.self)
            let read = try await GapReportQueries.largestGaps(
                agencyID: m.agencyID, year: TestClock.year, unitPath: scope?.path, limit: limit, on: db
            ).map { Gap(nip: $0.nip, competencyCode: $0.competencyCode, required: $0.required, current: $0.current) }
            XCTAssertEqual(read, brute, "largest \(limit) in \(scope?.name ?? "the agency")")
            XCTAssertFalse(brute.isEmpty)
            if scope == nil { XCTAssertGreaterThan(Set(brute.map { $0.required - $0.current }).count, 1) }
        }
    }

    /// Twenty writers at once, each assessing one of two people of one unit (as every write path does,
    /// holding that person) on the same competencies in its own order, and crediting JP: direct upserts
    /// of the unit's tally rows would deadlock; none fails, and the tallies still equal a recount.
    func testConcurrentWritersNeitherDeadlockNorLoseACount() async throws {
        let w = try await world()
        let m = w.medan
        let people = [m.staff, m.pppk]
        XCTAssertEqual(m.staff.unitID, m.pppk.unitID)
        let codes = try await codes(of: m.staff)
        let pppkCodes = try await self.codes(of: m.pppk)
        XCTAssertEqual(codes, pppkCodes)
        let database = db
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<20 {
                let e = people[i % 2]
                let order = i % 4 < 2 ? codes : codes.reversed()
                group.addTask {
                    try await database.transaction { tx in
                        for (n, code) in order.enumerated() { try await Self.record(e, code, 1 + (n + i) % 5, on: tx) }
                        try await LearningEntry(
                            agencyID: m.agencyID, employeeID: e.id!, learnedOn: "\(TestClock.year)-0\(1 + i % 9)-15",
                            year: TestClock.year, source: .manual, sourceID: nil, jenisDiklatID: 3,
                            title: "Pelatihan \(i)", minutes: nil, jpHundredths: 100 + i, provider: nil,
                            certificateNo: nil
                        ).create(on: tx)
                    }
                }
            }
            do { try await group.waitForAll() } catch { XCTFail(String(reflecting: error)); throw error }
        }
        try await assertTalliesEqualRecount("twenty writers at once")
    }
}
