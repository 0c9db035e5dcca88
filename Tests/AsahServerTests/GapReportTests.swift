import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// The gap report's figures equal a brute-force recount from the raw rows, on randomised data.
final class GapReportTests: AppTestCase {
    struct SplitMix {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
    }

    struct Emp: Decodable { var id: UUID; var positionID: UUID?; var unitID: UUID? }
    struct Item: Decodable { var positionID: UUID; var competencyCode: String; var level: Int }
    struct Result: Decodable {
        var employeeID: UUID; var competencyCode: String; var level: Int; var source: String; var assessedOn: String
    }
    struct UnitPath: Decodable { var id: UUID; var path: String }

    func testReportEqualsABruteForceRecount() async throws {
        try await world()
        let medan = try await agencyID("medan")
        let year = TestClock.year
        let today = TestClock.today
        var rng = SplitMix(state: 20_261_128)

        // Random extra results, recorded the way the app records them.
        let employees = try await sql.raw(
            "SELECT id, position_id, unit_id FROM employees WHERE agency_id = \(bind: medan) ORDER BY nip"
        ).rows(Emp.self)
        let items = try await sql.raw(
            "SELECT position_id, competency_code, level FROM standard_items WHERE agency_id = \(bind: medan) AND year = \(bind: year)"
        ).rows(Item.self)
        let byPosition = Dictionary(grouping: items, by: \.positionID)
        for _ in 0..<250 {
            let e = employees[rng.next(employees.count)]
            guard let pid = e.positionID, let codes = byPosition[pid], !codes.isEmpty else { continue }
            let code = codes[rng.next(codes.count)].competencyCode
            let date = CivilDate(year: today.year - rng.next(5), month: 1 + rng.next(12), day: 1 + rng.next(28))!
            try await AssessmentService.record(
                .init(
                    agencyID: medan, employeeID: e.id, code: code, level: 1 + rng.next(5),
                    source: AssessmentSource.allCases[rng.next(AssessmentSource.allCases.count)],
                    assessedOn: min(date, today), assessorID: nil, recordedBy: nil, note: nil, evidenceURL: nil),
                today: TestClock.today, on: db)
        }

        let api = try await APIClient.signIn(app, "pengelola.medan")
        let units = try await sql.raw("SELECT id, path FROM units WHERE agency_id = \(bind: medan)").rows(UnitPath.self)
        let dishub = try await Unit.query(on: db).filter(\.$agencyID == medan).filter(\.$name == "Dinas Perhubungan")
            .first()!
        for scope in [nil, dishub] {
            let path = "/api/v1/agencies/medan/competency-gaps" + (scope.map { "?unit=\($0.id!.uuidString)" } ?? "")
            let report = try json(try await api.get(path))
            try await compare(report, scope: scope, medan: medan, year: year, today: today, units: units)
        }
    }

    func compare(
        _ report: [String: Any], scope: AsahServer.Unit?, medan: UUID, year: Int, today: CivilDate, units: [UnitPath]
    ) async throws {
        let paths = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.path) })
        let employees = try await sql.raw(
            "SELECT id, position_id, unit_id FROM employees WHERE agency_id = \(bind: medan)"
        ).rows(Emp.self).filter { e in
            guard let scope else { return true }
            return e.unitID.flatMap { paths[$0] }?.hasPrefix(scope.path) ?? false
        }
        let items = Dictionary(
            grouping: try await sql.raw(
                "SELECT position_id, competency_code, level FROM standard_items WHERE agency_id = \(bind: medan) AND year = \(bind: year)"
            ).rows(Item.self), by: \.positionID)
        let results = Dictionary(
            grouping: try await sql.raw(
                "SELECT employee_id, competency_code, level, source, assessed_on FROM assessments WHERE agency_id = \(bind: medan)"
            ).rows(Result.self), by: { "\($0.employeeID)|\($0.competencyCode)" })

        // Recount from scratch: current levels straight from every result through the core rule.
        struct Tally { var employees = 0, required = 0, assessed = 0, current = 0, withGap = 0, gapSum = 0 }
        var tally: [String: Tally] = [:]
        var inReport = Set<UUID>(), assessedEmployees = Set<UUID>()
        for e in employees {
            guard let pid = e.positionID, let standard = items[pid] else { continue }
            inReport.insert(e.id)
            for item in standard {
                var t = tally[item.competencyCode] ?? Tally()
                t.employees += 1
                t.required += item.level
                let facts = (results["\(e.id)|\(item.competencyCode)"] ?? []).map {
                    AssessmentFact(
                        level: $0.level, source: AssessmentSource(rawValue: $0.source)!,
                        assessedOn: CivilDate(iso: $0.assessedOn)!)
                }
                if let current = CurrentLevelRule.current(of: facts, today: today)?.level {
                    assessedEmployees.insert(e.id)
                    t.assessed += 1
                    t.current += current
                    if current < item.level {
                        t.withGap += 1
                        t.gapSum += item.level - current
                    }
                }
                tally[item.competencyCode] = t
            }
        }
        XCTAssertEqual(report["employees"] as? Int, inReport.count)
        XCTAssertEqual(report["assessed"] as? Int, assessedEmployees.count)
        let rows = report["competencies"] as? [[String: Any]] ?? []
        XCTAssertEqual(Set(rows.compactMap { $0["code"] as? String }), Set(tally.keys))
        for row in rows {
            let code = row["code"] as! String
            let t = tally[code]!
            XCTAssertEqual(row["employees"] as? Int, t.employees, code)
            XCTAssertEqual(row["assessed"] as? Int, t.assessed, code)
            XCTAssertEqual(row["with_gap"] as? Int, t.withGap, code)
            XCTAssertEqual(row["gap_sum"] as? Int, t.gapSum, code)
            XCTAssertEqual(
                row["required_avg"] as? Double ?? -1, Double(t.required) / Double(t.employees), accuracy: 1e-9, code)
            if t.assessed > 0 {
                XCTAssertEqual(
                    row["current_avg"] as? Double ?? -1, Double(t.current) / Double(t.assessed), accuracy: 1e-9, code)
            }
        }
        let unitLines = report["units"] as? [[String: Any]] ?? []
        XCTAssertEqual(unitLines.reduce(0) { $0 + ($1["employees"] as? Int ?? 0) }, inReport.count)
    }
}
