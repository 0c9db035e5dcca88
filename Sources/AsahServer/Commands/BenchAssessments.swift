import AsahCore
import Fluent
import SQLKit
import Vapor

extension BenchData {
    /// Who the generated employees are, for the assessment stage.
    struct Workforce {
        var agencyID: UUID
        var employeeIDs: [UUID]
        var employeePosition: [Int]
        var employeeAbility: [Int]
        /// unit index → the first employee placed there (the assessing supervisor)
        var unitHead: [Int: Int]
    }

    /// Writes the assessments and the current levels they give; returns how many of each.
    static func generateAssessments(
        _ o: Options, positions: [PositionPlan], workforce w: Workforce, rng: inout SplitMix64, today: CivilDate,
        now: Date, on db: any Database, progress: (String) -> Void
    ) async throws -> (assessments: Int, currentLevels: Int) {
        // Assessments: 90% of employees have some, spread over their standard's codes, in the last 3 years;
        // current levels computed per employee and code as AssessmentService.recomputeAll does.
        let settings = try await AgencySettings.currentLevel(w.agencyID, on: db)
        var days: [CivilDate] = [today]  // days[k] = k days before today
        while days.count < 3 * 365 {
            let d = days[days.count - 1]
            if d.day > 1 {
                days.append(CivilDate(year: d.year, month: d.month, day: d.day - 1)!)
            } else if d.month > 1 {
                days.append(
                    CivilDate(
                        year: d.year, month: d.month - 1, day: CivilDate.daysIn(month: d.month - 1, year: d.year))!)
            } else {
                days.append(CivilDate(year: d.year - 1, month: 12, day: 31)!)
            }
        }
        let isos = days.map(\.iso)
        var assessed = Array(repeating: false, count: o.employees)
        var assessedCount = 0
        for i in 0..<o.employees where rng.int(10) != 0 {
            assessed[i] = true
            assessedCount += 1
        }
        var sourceTable: [AssessmentSource] = []
        for (s, w) in sources { sourceTable += Array(repeating: s, count: w) }
        let assessmentColumns = [
            "id", "agency_id", "employee_id", "competency_code", "level", "source", "assessed_on", "assessor_id",
            "recorded_by", "note", "evidence_url", "created_at",
        ]
        let currentColumns = [
            "id", "agency_id", "employee_id", "competency_code", "level", "source", "assessed_on",
            "updated_at",
        ]
        let employeesPerChunk = 2_500
        var assessedSoFar = 0  // index among assessed employees, for the exact total
        var written = 0
        var currentWritten = 0
        var chunkStart = 0
        while chunkStart < o.employees {
            let chunkEnd = min(chunkStart + employeesPerChunk, o.employees)
            var aRows: [[BulkInsert.Cell]] = []
            var cRows: [[BulkInsert.Cell]] = []
            aRows.reserveCapacity(o.assessments / max(1, o.employees) * (chunkEnd - chunkStart) * 12 / 10)
            for e in chunkStart..<chunkEnd where assessed[e] {
                let quota =
                    (assessedSoFar + 1) * o.assessments / assessedCount - assessedSoFar * o.assessments / assessedCount
                assessedSoFar += 1
                let p = positions[w.employeePosition[e]]
                let head = w.unitHead[p.unit].flatMap { $0 == e ? nil : w.employeeIDs[$0] }
                var facts = Array(repeating: [(day: Int, fact: AssessmentFact)](), count: p.items.count)
                var used = Set<Int>()
                for _ in 0..<quota {
                    let item = rng.int(p.items.count)
                    let source = rng.pick(sourceTable)
                    var day = rng.int(days.count)
                    var key = (item * 8 + sourceIndex(source)) * 4096 + day
                    var tries = 0
                    // One result per source and day for each competency, so the order of equal dates never matters.
                    while used.contains(key) && tries < 50 {
                        day = rng.int(days.count)
                        key = (item * 8 + sourceIndex(source)) * 4096 + day
                        tries += 1
                    }
                    used.insert(key)
                    var level = p.items[item].level + w.employeeAbility[e] + rng.int(-1, 1)
                    if source == .selfAssessment && rng.chance(0.3) { level += 1 }
                    level = min(5, max(1, level))
                    let fact = AssessmentFact(level: level, source: source, assessedOn: days[day])
                    facts[item].append((day: day, fact: fact))
                    aRows.append([
                        .id(IDs.make()), .id(w.agencyID), .id(w.employeeIDs[e]), .text(p.items[item].code), .int(level),
                        .text(source.rawValue), .text(isos[day]), .id(source == .supervisor ? head : nil), .id(nil),
                        .text(nil), .text(nil), .time(now),
                    ])
                }
                for (item, list) in facts.enumerated() where !list.isEmpty {
                    // Oldest first, like ORDER BY assessed_on in recomputeAll.
                    let ordered = list.sorted { $0.day > $1.day }.map(\.fact)
                    guard let current = CurrentLevelRule.current(of: ordered, today: today, settings: settings) else {
                        continue
                    }
                    cRows.append([
                        .id(IDs.make()), .id(w.agencyID), .id(w.employeeIDs[e]), .text(p.items[item].code),
                        .int(current.level),
                        .text(current.source?.rawValue), .text(current.assessedOn.iso), .time(now),
                    ])
                }
            }
            let assessments = aRows, currents = cRows
            try await db.transaction { tx in
                try await BulkInsert.run(
                    "assessments", columns: assessmentColumns, rows: assessments, batchSize: 1000, on: tx.sql)
            }
            try await db.transaction { tx in
                try await BulkInsert.run(
                    "current_levels", columns: currentColumns, rows: currents, batchSize: 1000, on: tx.sql)
            }
            written += assessments.count
            currentWritten += currents.count
            progress(
                "assessments \(written) / \(o.assessments), current levels \(currentWritten), employees \(chunkEnd) / \(o.employees)"
            )
            chunkStart = chunkEnd
        }
        return (written, currentWritten)
    }

    static func sourceIndex(_ s: AssessmentSource) -> Int {
        AssessmentSource.allCases.firstIndex(of: s) ?? 0
    }
}
