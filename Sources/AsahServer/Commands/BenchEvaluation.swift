import AsahCore
import Fluent
import SQLKit
import Vapor

extension BenchData {
    /// Performance and evaluation for the benchmark agency: every employee's annual rating of last
    /// year and this year (the 9-box), and `activities` finished activities of this year with 30 places
    /// each (27 completed), their sessions and targets, reactions from two of three who completed,
    /// pre/post tests from half, and behaviour answers (the effectiveness report).
    static func generateEvaluation(
        activities count: Int, agencyID: UUID, employeeIDs: [UUID], rng: inout SplitMix64, today: CivilDate,
        now: Date, on db: any Database, progress: (String) -> Void
    ) async throws {
        guard !employeeIDs.isEmpty else { return }
        let ratings = PerformanceRating.allCases
        for year in [today.year - 1, today.year] {
            var batch: [(employeeID: UUID, input: PerformanceRatingInput)] = []
            for id in employeeIDs {
                // Mostly as expected, some above, a few below.
                let h = rng.chance(0.15) ? ratings[2] : rng.chance(0.1) ? ratings[0] : ratings[1]
                let b = rng.chance(0.2) ? ratings[2] : rng.chance(0.05) ? ratings[0] : ratings[1]
                batch.append((id, PerformanceRatingInput(year: year, period: .annual, hasilKerja: h, perilakuKerja: b)))
                if batch.count == 5_000 {
                    let rows = batch
                    try await db.transaction { tx in
                        try await PerformanceService.upsert(rows, source: .import_, userID: nil, now: now, on: tx.sql)
                    }
                    batch.removeAll(keepingCapacity: true)
                }
            }
            let rows = batch
            try await db.transaction { tx in
                try await PerformanceService.upsert(rows, source: .import_, userID: nil, now: now, on: tx.sql)
            }
            progress("ratings \(year): \(employeeIDs.count)")
        }
        guard count > 0 else { return }
        let codes = CompetencyDictionary.nationalCodes
        for n in 0..<count {
            let id = IDs.make()
            let sinceJanuary = today.dayNumber - CivilDate(year: today.year, month: 1, day: 2)!.dayNumber
            let end = today.addingDays(-rng.int(30, max(30, sinceJanuary)))
            let start = end.addingDays(-1)
            let activityRow: [BulkInsert.Cell] = [
                .id(id), .id(agencyID), .int(start.year), .text("Pelatihan Bench \(n + 1)"),
                .int(rng.pick([3, 4, 5, 8, 9])), .text(rng.pick(["internal", "bpsdm"])), .text("tatap_muka"),
                .text("Aula"), .int(30), .int(rng.int(0, 20) * 50_000), .int(rng.int(0, 20) * 500_000),
                .bool(false), .int(80), .int(70), .int(1600), .text("finished"), .time(now), .time(now),
            ]
            var targets = Set<String>()
            let targetCount = 1 + rng.int(2)
            while targets.count < targetCount { targets.insert(rng.pick(codes)) }
            var people = Set<UUID>()
            while people.count < min(30, employeeIDs.count) { people.insert(rng.pick(employeeIDs)) }
            var enrolments: [[BulkInsert.Cell]] = []
            var reactions: [[BulkInsert.Cell]] = []
            var attempts: [[BulkInsert.Cell]] = []
            var behaviour: [[BulkInsert.Cell]] = []
            for (i, person) in people.sorted(by: { $0.uuidString < $1.uuidString }).enumerated() {
                let enrolment = IDs.make()
                let completed = i % 10 != 9
                let post: Int? = completed && i % 2 == 0 ? rng.int(60, 100) : nil
                enrolments.append([
                    .id(enrolment), .id(agencyID), .id(id), .id(person),
                    .text(completed ? "completed" : "not_completed"),
                    .time(now), .int(post),
                ])
                guard completed else { continue }
                if i % 3 != 0 {
                    var scores: [BulkInsert.Cell] = []
                    for _ in 0..<5 { scores.append(.int(rng.int(2, 5))) }
                    reactions.append([.id(IDs.make()), .id(id), .id(enrolment)] + scores + [.text(nil), .time(now)])
                }
                if let post {
                    attempts.append([
                        .id(IDs.make()), .id(enrolment), .text("pre"), .int(max(0, post - rng.int(0, 40))), .text("[]"),
                        .time(now),
                    ])
                }
                for side in ["participant", "supervisor"] where rng.chance(0.4) {
                    behaviour.append([
                        .id(IDs.make()), .id(enrolment), .id(id), .text(side), .id(person), .int(rng.int(1, 5)),
                        .int(side == "supervisor" ? rng.int(1, 5) : nil), .time(now),
                    ])
                }
            }
            let targetRows = targets.sorted().map { [BulkInsert.Cell.id(IDs.make()), .id(id), .text($0), .int(3)] }
            let (e, r, a, b) = (enrolments, reactions, attempts, behaviour)
            try await db.transaction { tx in
                let sql = tx.sql
                try await BulkInsert.run(
                    "activities",
                    columns: [
                        "id", "agency_id", "year", "title", "jenis_diklat_id", "provider_kind", "mode", "place",
                        "capacity", "cost_per_participant", "fixed_cost", "requires_approval", "min_attendance_percent",
                        "post_test_passing_score", "jp_hundredths", "status", "created_at", "updated_at",
                    ], rows: [activityRow], on: sql)
                try await BulkInsert.run(
                    "activity_sessions",
                    columns: ["id", "activity_id", "date", "starts_at", "ends_at", "checkin_code"],
                    rows: [start, end].map {
                        [.id(IDs.make()), .id(id), .text($0.iso), .text("08:00"), .text("16:00"), .text("BENCH1")]
                    }, on: sql)
                try await BulkInsert.run(
                    "activity_competencies", columns: ["id", "activity_id", "competency_code", "level"],
                    rows: targetRows, on: sql)
                try await BulkInsert.run(
                    "enrolments",
                    columns: [
                        "id", "agency_id", "activity_id", "employee_id", "state", "requested_at", "post_test_score",
                    ],
                    rows: e, on: sql)
                try await BulkInsert.run(
                    "activity_reactions",
                    columns: [
                        "id", "activity_id", "enrolment_id", "material", "method", "facilitator", "facilities",
                        "organisation", "comment", "created_at",
                    ], rows: r, on: sql)
                try await BulkInsert.run(
                    "test_attempts", columns: ["id", "enrolment_id", "kind", "score", "answers", "taken_at"],
                    rows: a, on: sql)
                try await BulkInsert.run(
                    "behaviour_responses",
                    columns: [
                        "id", "enrolment_id", "activity_id", "respondent", "respondent_employee_id", "applied",
                        "change",
                        "created_at",
                    ], rows: b, on: sql)
            }
            if (n + 1) % 50 == 0 || n == count - 1 { progress("activities \(n + 1) / \(count)") }
        }
    }
}
