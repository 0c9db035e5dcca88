import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// The evaluation's figures equal a recomputation from the raw rows, on random data: reactions,
/// pre/post tests, assessments before, during and after the activity from every source, annual
/// ratings of both years, and the costs.
final class EvaluationRecountTests: AppTestCase {
    /// The benchmark data's generator: random, and the same for a seed.
    typealias Seeded = SplitMix64

    func testTheEvaluationEqualsARecountFromRawRows() async throws {
        let w = try await world()
        let m = w.medan
        var exercised = (measured: 0, compared: 0, gains: 0)
        for seed: UInt64 in [1, 2, 3] {
            var rng = Seeded(seed: seed)
            let people = try await build.employees(
                12, in: m.clerkPosition, supervisor: m.head, firstNIP: 1_990_010_120_200_310_01 + Int(seed) * 100)
            let activity = try await build.activity(
                "Evaluasi \(seed)", in: m.agency, days: [-60, -59], competencies: [("M.05", 3), ("M.03", 3)])
            try await build.enrol(people, in: activity)
            // Ten of twelve come; the other two do not complete.
            try await build.attend(Array(people.prefix(10)), sessionsBefore: TestClock.today, of: activity)
            _ = try await ActivityService.complete(activity, userID: nil, today: TestClock.today, on: db)
            let each = Int.random(in: 0...2_000_000, using: &rng)
            let fixed = Int.random(in: 0...20_000_000, using: &rng)
            try await sql.raw(
                "UPDATE activities SET cost_per_participant = \(bind: each), fixed_cost = \(bind: fixed) WHERE id = \(bind: activity.id!)"
            ).run()
            let enrolments = try await Enrolment.query(on: db).filter(\.$activityID == activity.id!).all()
            let start = TestClock.today.addingDays(-60)
            let end = TestClock.today.addingDays(-59)
            var scores: [[Int]] = []
            var pairs: [(Int, Int)] = []
            var facts: [UUID: [String: [AssessmentFact]]] = [:]
            var predikat: [UUID: (Predikat?, Predikat?)] = [:]
            for (i, e) in enrolments.enumerated() {
                let employeeID = e.employeeID
                if i % 3 != 0, e.state == EnrolmentState.completed.rawValue {
                    let s = (0..<5).map { _ in Int.random(in: 1...5, using: &rng) }
                    scores.append(s)
                    try await sql.raw(
                        """
                        INSERT INTO activity_reactions (id, activity_id, enrolment_id, material, method, facilitator,
                            facilities, organisation, comment, created_at)
                        VALUES (\(bind: UUID()), \(bind: activity.id!), \(bind: e.id!), \(bind: s[0]), \(bind: s[1]),
                            \(bind: s[2]), \(bind: s[3]), \(bind: s[4]), NULL, \(bind: TestClock.now))
                        """
                    ).run()
                }
                if i % 4 != 1 {
                    let pre = Int.random(in: 0...100, using: &rng)
                    try await sql.raw(
                        """
                        INSERT INTO test_attempts (id, enrolment_id, kind, score, answers, taken_at)
                        VALUES (\(bind: UUID()), \(bind: e.id!), 'pre', \(bind: pre), '[]', \(bind: TestClock.now))
                        """
                    ).run()
                    if i % 5 != 2 {
                        let post = Int.random(in: 0...100, using: &rng)
                        try await sql.raw(
                            "UPDATE enrolments SET post_test_score = \(bind: post) WHERE id = \(bind: e.id!)"
                        )
                        .run()
                        pairs.append((pre, post))
                    }
                }
                for code in ["M.05", "M.03", "M.01"] {
                    // Mostly around the activity (60 days ago), some on its first and last day, some
                    // years back (an assessment-centre result too old to count).
                    for k in 0..<Int.random(in: 1...6, using: &rng) {
                        let daysAgo =
                            k == 0 && i % 3 == 0
                            ? 60
                            : k == 0 && i % 3 == 1
                                ? 59
                                : Int.random(in: 0...5, using: &rng) == 0
                                    ? Int.random(in: 0...1500, using: &rng)
                                    : Int.random(in: 0...150, using: &rng)
                        let fact = AssessmentFact(
                            level: Int.random(in: 1...5, using: &rng),
                            source: AssessmentSource.allCases.randomElement(using: &rng)!,
                            assessedOn: TestClock.today.addingDays(-daysAgo))
                        facts[employeeID, default: [:]][code, default: []].append(fact)
                        try await sql.raw(
                            """
                            INSERT INTO assessments (id, agency_id, employee_id, competency_code, level, source, assessed_on)
                            VALUES (\(bind: UUID()), \(bind: m.agency.id!), \(bind: employeeID), \(bind: code),
                                    \(bind: fact.level), \(bind: fact.source.rawValue), \(bind: fact.assessedOn.iso))
                            """
                        ).run()
                    }
                }
                // Annual ratings of three years and some of this year's quarters.
                var rated: [(year: Int, period: PerformancePeriod, predikat: Predikat)] = []
                for year in [TestClock.year - 2, TestClock.year - 1, TestClock.year] {
                    for period in PerformancePeriod.allCases where Int.random(in: 0..<3, using: &rng) > 0 {
                        if year < TestClock.year, period != .annual { continue }
                        let h = PerformanceRating.allCases.randomElement(using: &rng)!
                        let b = PerformanceRating.allCases.randomElement(using: &rng)!
                        try await PerformanceService.upsert(
                            [
                                (
                                    employeeID,
                                    PerformanceRatingInput(year: year, period: period, hasilKerja: h, perilakuKerja: b)
                                )
                            ],
                            source: .asah, userID: nil, now: TestClock.now, on: sql)
                        rated.append((year, period, Predikat(hasilKerja: h, perilakuKerja: b)))
                    }
                }
                // Before: last year's annual; after: the period ending last after the activity, the
                // year's rating over its fourth quarter.
                func periodEnd(_ r: (year: Int, period: PerformancePeriod, predikat: Predikat)) -> String {
                    let month = ["q1": "03-31", "q2": "06-30", "q3": "09-30"][r.period.rawValue] ?? "12-31"
                    return "\(r.year)-\(month)" + (r.period == .annual ? "b" : "a")
                }
                let ratings: (Predikat?, Predikat?) = (
                    rated.first { $0.year == TestClock.year - 1 && $0.period == .annual }?.predikat,
                    rated.filter { periodEnd($0) > end.iso }.max { periodEnd($0) < periodEnd($1) }?.predikat
                )
                if e.state == EnrolmentState.completed.rawValue { predikat[employeeID] = ratings }
            }

            let manager = try await APIClient.signIn(app, "pengelola.medan")
            let res = try await manager.send(.GET, "/api/v1/activities/\(activity.id!)/evaluation")
            XCTAssertEqual(res.status, .ok, res.body.string)
            let got = try JSONDecoder().decode(ActivityEvaluation.self, from: Data(buffer: res.body))

            // L1: the means of what was stored.
            XCTAssertEqual(got.l1.respondents, scores.count)
            XCTAssertEqual(got.l1.attendees, 10)
            for (k, aspect) in ReactionAspect.allCases.enumerated() {
                let mean = Double(scores.map { $0[k] }.reduce(0, +)) / Double(scores.count)
                XCTAssertEqual(got.l1.aspects[aspect.rawValue], ActivityEvaluation.round2(mean), "seed \(seed)")
            }
            // L2: each pair's normalised gain, averaged by hand.
            XCTAssertEqual(got.l2.participants, pairs.count)
            let gains = pairs.filter { $0.0 < 100 }.map { Double($0.1 - $0.0) / Double(100 - $0.0) }
            XCTAssertEqual(
                got.l2.normalisedGain,
                gains.isEmpty ? nil : ActivityEvaluation.round2(gains.reduce(0, +) / Double(gains.count)))
            // L4: the completed participants' levels before and after, target competencies only.
            let settings = CurrentLevelSettings.standard
            var gained = 0, lost = 0, measured = 0, pairCount = 0
            for (employeeID, _) in predikat {
                for code in ["M.05", "M.03"] {
                    pairCount += 1
                    let all = facts[employeeID]?[code] ?? []
                    let dayBefore = start.addingDays(-1)
                    let before = CurrentLevelRule.current(
                        of: all.filter { $0.assessedOn < start }, today: dayBefore, settings: settings)
                    let after = CurrentLevelRule.current(
                        of: all.filter { $0.assessedOn > end }, today: TestClock.today, settings: settings)
                    guard let b = before?.level, let a = after?.level else { continue }
                    measured += 1
                    if a > b { gained += a - b } else { lost += b - a }
                }
            }
            XCTAssertEqual(got.l4.competencies.pairs, pairCount, "seed \(seed)")
            XCTAssertEqual(got.l4.competencies.measured, measured, "seed \(seed)")
            XCTAssertEqual(got.l4.competencies.levelsGained, gained, "seed \(seed)")
            XCTAssertEqual(got.l4.competencies.levelsLost, lost, "seed \(seed)")
            let compared = predikat.values.compactMap { p in p.0.flatMap { b in p.1.map { (b, $0) } } }
            exercised.measured += measured
            exercised.compared += compared.count
            exercised.gains += gains.count
            XCTAssertEqual(got.l4.predikat.compared, compared.count)
            XCTAssertEqual(got.l4.predikat.improved, compared.filter { $0.1.order < $0.0.order }.count)
            XCTAssertEqual(got.l4.predikat.worse, compared.filter { $0.1.order > $0.0.order }.count)
            // Cost: twelve seats, ten completed at the activity's JP.
            let total = each * 12 + fixed
            XCTAssertEqual(got.cost.total, total)
            XCTAssertEqual(got.cost.completed, 10)
            XCTAssertEqual(got.cost.perParticipant, Int((Double(total) / 12).rounded()))
            let jp = Double(activity.jpHundredths) / 100 * 10
            XCTAssertEqual(got.cost.perJP, Int((Double(total) / jp).rounded()))
            XCTAssertEqual(
                got.cost.perLevelGained,
                measured > 0 && gained > 0 ? Int((Double(total) / Double(gained)).rounded()) : nil)
        }
        // The random data reached every branch: levels measured both sides, predikat compared, gains.
        XCTAssertGreaterThan(exercised.measured, 5)
        XCTAssertGreaterThan(exercised.compared, 5)
        XCTAssertGreaterThan(exercised.gains, 5)
    }
}
