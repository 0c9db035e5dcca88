import AsahCore
import AsahDemo
import Fluent
import SQLKit
import Vapor

/// The demo's competency data for one agency: teknis competencies, a standard for every position
/// this year, assessments for most employees, and the current levels they give.
enum DemoCompetencySeeder {
    static func seed(
        _ a: DemoAgency, agencyID: UUID, positionIDs: [String: UUID], employeeIDs: [String: UUID],
        today: CivilDate, on db: any Database
    ) async throws {
        let sql = db.sql
        let now = WriteTime.now
        try await BulkInsert.run(
            "competencies",
            columns: [
                "id", "agency_id", "code", "name", "group", "definition", "level_1", "level_2", "level_3",
                "level_4", "level_5", "created_at", "updated_at",
            ],
            rows: DemoCompetencies.technical.map { t in
                [
                    .id(IDs.make()), .id(agencyID), .text(t.code), .text(t.name),
                    .text(CompetencyGroup.teknis.rawValue),
                    .text(t.definition),
                ] + t.levels.map { .text($0) } + [.time(now), .time(now)]
            }, on: sql)

        // Standards: national defaults by kind, the agency's overrides, then its teknis requirements.
        let year = today.year
        var items: [String: [String: Int]] = [:]
        for p in a.positions {
            for item in StandardRules.defaults(kind: p.kind, jenjang: p.jenjang, .standard) {
                items[p.key, default: [:]][item.code] = item.level
            }
        }
        for item in DemoCompetencies.nationalOverrides(for: a) + DemoCompetencies.standardItems(for: a) {
            items[item.positionKey, default: [:]][item.code] = item.level
        }
        var standardRows: [[BulkInsert.Cell]] = []
        var itemRows: [[BulkInsert.Cell]] = []
        for p in a.positions {
            guard let positionID = positionIDs[p.key] else { continue }
            let standardID = IDs.make()
            standardRows.append([
                .id(standardID), .id(agencyID), .id(positionID), .int(year),
                .text(CompetencyStandard.Status.verified.rawValue), .time(now), .time(now),
            ])
            for (code, level) in (items[p.key] ?? [:]).sorted(by: { $0.key < $1.key }) {
                itemRows.append([
                    .id(IDs.make()), .id(agencyID), .id(standardID), .id(positionID), .int(year), .text(code),
                    .int(level),
                ])
            }
        }
        try await BulkInsert.run(
            "competency_standards",
            columns: ["id", "agency_id", "position_id", "year", "status", "created_at", "updated_at"],
            rows: standardRows, on: sql)
        try await BulkInsert.run(
            "standard_items",
            columns: ["id", "agency_id", "standard_id", "position_id", "year", "competency_code", "level"],
            rows: itemRows, on: sql)

        // Assessments, and the current level each employee's results give.
        let assessments = DemoCompetencies.assessments(for: a, today: today)
        try await AssessmentService.insert(
            assessments.compactMap { d in
                employeeIDs[d.nip].map {
                    AssessmentService.Input(
                        agencyID: agencyID, employeeID: $0, code: d.code, level: d.level, source: d.source,
                        assessedOn: d.assessedOn, assessorID: d.assessorNIP.flatMap { employeeIDs[$0] },
                        recordedBy: nil,
                        note: d.note, evidenceURL: nil)
                }
            }, on: sql)
        var currents: [AssessmentService.CurrentRow] = []
        let grouped = Dictionary(grouping: assessments, by: { $0.nip + "|" + $0.code })
        for (_, results) in grouped.sorted(by: { $0.key < $1.key }) {
            guard let first = results.first, let employeeID = employeeIDs[first.nip],
                let level = CurrentLevelRule.current(of: results.map(\.fact), today: today)
            else { continue }
            currents.append(.init(agencyID: agencyID, employeeID: employeeID, code: first.code, level: level))
        }
        try await AssessmentService.upsert(currents, on: sql)
    }
}
