import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// The effectiveness report: each activity's row equals that activity's own evaluation (held equal to
/// the raw rows by `EvaluationRecountTests`), and each group's figures are its activities' sums,
/// worked out here by hand, on random data; only managers read it; its CSV has a line per row.
final class EffectivenessTests: AppTestCase {
    typealias Seeded = EvaluationRecountTests.Seeded

    func testRowsEqualEachActivitysEvaluationAndGroupsAddUp() async throws {
        let w = try await world()
        let m = w.medan
        var rng = Seeded(seed: 7)
        let people = try await build.employees(10, in: m.clerkPosition, supervisor: m.head)
        let facilitatorA = try await build.user("fasilitator.a", roles: [.facilitator], agency: m.agency)
        let facilitatorB = try await build.user("fasilitator.b", roles: [.facilitator], agency: m.agency)
        var activities: [Activity] = []
        for n in 0..<4 {
            let a = try await build.activity(
                "Kegiatan \(n)", in: m.agency, days: [-100 + n * 10, -99 + n * 10], competencies: [("M.05", 3)])
            let group = people.filter { _ in Bool.random(using: &rng) }
            try await build.enrol(group, in: a)
            try await build.attend(
                group.filter { _ in Int.random(in: 0..<5, using: &rng) > 0 }, sessionsBefore: TestClock.today, of: a)
            _ = try await ActivityService.complete(a, userID: nil, today: TestClock.today, on: db)
            try await sql.raw(
                """
                UPDATE activities SET cost_per_participant = \(bind: Int.random(in: 0...900_000, using: &rng)),
                    fixed_cost = \(bind: Int.random(in: 0...9_000_000, using: &rng)),
                    provider_kind = \(bind: n % 2 == 0 ? "bpsdm" : "internal") WHERE id = \(bind: a.id!)
                """
            ).run()
            for f in n == 3 ? [facilitatorA, facilitatorB] : [n % 2 == 0 ? facilitatorA : facilitatorB] {
                try await sql.raw(
                    "INSERT INTO activity_facilitators (id, activity_id, user_id) VALUES (\(bind: UUID()), \(bind: a.id!), \(bind: f.id!))"
                ).run()
            }
            for e in try await Enrolment.query(on: db).filter(\.$activityID == a.id!).all()
            where e.state == EnrolmentState.completed.rawValue {
                if Bool.random(using: &rng) {
                    let s = (0..<5).map { _ in Int.random(in: 1...5, using: &rng) }
                    try await sql.raw(
                        """
                        INSERT INTO activity_reactions (id, activity_id, enrolment_id, material, method, facilitator,
                            facilities, organisation, created_at)
                        VALUES (\(bind: UUID()), \(bind: a.id!), \(bind: e.id!), \(bind: s[0]), \(bind: s[1]), \(bind: s[2]),
                            \(bind: s[3]), \(bind: s[4]), \(bind: TestClock.now))
                        """
                    ).run()
                }
                if Bool.random(using: &rng) {
                    try await sql.raw(
                        """
                        INSERT INTO test_attempts (id, enrolment_id, kind, score, answers, taken_at)
                        VALUES (\(bind: UUID()), \(bind: e.id!), 'pre', \(bind: Int.random(in: 0...100, using: &rng)), '[]',
                            \(bind: TestClock.now))
                        """
                    ).run()
                    try await sql.raw(
                        "UPDATE enrolments SET post_test_score = \(bind: Int.random(in: 0...100, using: &rng)) WHERE id = \(bind: e.id!)"
                    ).run()
                }
                for side in ["participant", "supervisor"] where Bool.random(using: &rng) {
                    try await sql.raw(
                        """
                        INSERT INTO behaviour_responses (id, enrolment_id, activity_id, respondent, respondent_employee_id,
                            applied, change, created_at)
                        VALUES (\(bind: UUID()), \(bind: e.id!), \(bind: a.id!), \(bind: side), \(bind: e.employeeID),
                            \(bind: Int.random(in: 1...5, using: &rng)), 3, \(bind: TestClock.now))
                        """
                    ).run()
                }
                for daysAgo in [120, 20] where Bool.random(using: &rng) {
                    try await sql.raw(
                        """
                        INSERT INTO assessments (id, agency_id, employee_id, competency_code, level, source, assessed_on)
                        VALUES (\(bind: UUID()), \(bind: m.agency.id!), \(bind: e.employeeID), 'M.05',
                            \(bind: Int.random(in: 1...5, using: &rng)), 'supervisor',
                            \(bind: TestClock.today.addingDays(-daysAgo).iso))
                        """
                    ).run()
                }
            }
            activities.append(a)
        }
        // An activity of another year and one not finished stay out.
        try await build.activity("Tahun lalu", in: m.agency, days: [-400])
        try await build.activity("Belum selesai", in: m.agency, days: [5])

        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let res = try await manager.send(.GET, "/api/v1/agencies/medan/evaluation?year=\(TestClock.year)")
        XCTAssertEqual(res.status, .ok, res.body.string)
        let report = try JSONDecoder().decode(EffectivenessReport.self, from: Data(buffer: res.body))
        XCTAssertEqual(report.activities.map(\.title), ["Kegiatan 0", "Kegiatan 1", "Kegiatan 2", "Kegiatan 3"])

        // Each row is its activity's own evaluation; the sums each group needs are kept by hand.
        struct Sums {
            var participants = 0, completed = 0, cost = 0, respondents = 0, scoreSum = 0.0, supervisorAnswers = 0
            var levels = 0, jpHundredths = 0
        }
        var byProvider: [String: Sums] = [:]
        var byFacilitator: [String: Sums] = [:]
        for (a, row) in zip(activities, report.activities) {
            let e = try JSONDecoder().decode(
                ActivityEvaluation.self,
                from: Data(buffer: try await manager.send(.GET, "/api/v1/activities/\(a.id!)/evaluation").body))
            let f = row.figures
            XCTAssertEqual(f.participants, e.cost.participants, a.title)
            XCTAssertEqual(f.completed, e.cost.completed, a.title)
            XCTAssertEqual(f.costTotal, e.cost.total, a.title)
            XCTAssertEqual(f.costPerJP, e.cost.perJP, a.title)
            XCTAssertEqual(f.reactionRespondents, e.l1.respondents, a.title)
            XCTAssertEqual(f.reaction, e.l1.overall, a.title)
            XCTAssertEqual(f.gainParticipants > 0 ? f.normalisedGain : nil, e.l2.normalisedGain, a.title)
            XCTAssertEqual(f.supervisorAnswers, e.l3.supervisor.answers, a.title)
            XCTAssertEqual(f.supervisorApplied, e.l3.supervisor.applied, a.title)
            XCTAssertEqual(f.participantApplied, e.l3.participant.applied, a.title)
            XCTAssertEqual(f.measuredPairs, e.l4.competencies.measured, a.title)
            XCTAssertEqual(f.levelsGained, e.l4.competencies.levelsGained, a.title)
            XCTAssertEqual(f.costPerLevelGained, e.cost.perLevelGained, a.title)
            func add(_ s: inout Sums) {
                s.participants += e.cost.participants
                s.completed += e.cost.completed
                s.cost += e.cost.total
                s.respondents += e.l1.respondents
                s.scoreSum += (e.l1.overall ?? 0) * Double(e.l1.respondents)
                s.supervisorAnswers += e.l3.supervisor.answers
                s.levels += e.l4.competencies.levelsGained
                s.jpHundredths += a.jpHundredths * e.cost.completed
            }
            add(&byProvider[row.provider, default: Sums()])
            for name in row.facilitators { add(&byFacilitator[name, default: Sums()]) }
        }
        XCTAssertEqual(Set(report.byProvider.map(\.name)), ["BPSDM", "Internal instansi"])
        XCTAssertEqual(report.byFacilitator.map(\.name).count, 2)
        for (groups, sums) in [(report.byProvider, byProvider), (report.byFacilitator, byFacilitator)] {
            for g in groups {
                let s = try XCTUnwrap(sums[g.name], g.name)
                XCTAssertEqual(g.figures.participants, s.participants, g.name)
                XCTAssertEqual(g.figures.completed, s.completed, g.name)
                XCTAssertEqual(g.figures.costTotal, s.cost, g.name)
                XCTAssertEqual(g.figures.reactionRespondents, s.respondents, g.name)
                if s.respondents > 0 {
                    // Rounded to two decimals per activity, so within a hundredth.
                    XCTAssertEqual(g.figures.reaction ?? 0, s.scoreSum / Double(s.respondents), accuracy: 0.01, g.name)
                }
                XCTAssertEqual(g.figures.supervisorAnswers, s.supervisorAnswers, g.name)
                XCTAssertEqual(g.figures.levelsGained, s.levels, g.name)
                XCTAssertEqual(
                    g.figures.costPerJP,
                    s.jpHundredths > 0 ? Int((Double(s.cost) * 100 / Double(s.jpHundredths)).rounded()) : nil,
                    g.name)
            }
        }
        XCTAssertEqual(report.totals.costTotal, byProvider.values.reduce(0) { $0 + $1.cost })
        XCTAssertEqual(report.totals.activities, 4)

        // The CSV: a line per activity, provider, facilitator and jenis, and the total.
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        let csv = try await browser.get("/instansi/medan/evaluasi?tahun=\(TestClock.year)&format=csv")
        XCTAssertEqual(csv.status, .ok)
        let lines = csv.body.string.split(whereSeparator: \.isNewline)
        XCTAssertEqual(lines.count, 1 + 4 + 2 + 2 + report.byJenis.count + 1)
        let page = try await browser.get("/instansi/medan/evaluasi?tahun=\(TestClock.year)")
        XCTAssertTrue(page.body.string.contains("Kegiatan 3"))

        // Only managers.
        for (username, status) in [
            ("kepala.medan", HTTPStatus.forbidden), ("pegawai.medan", .forbidden), ("pengelola.mamuju", .notFound),
        ] {
            let client = try await APIClient.signIn(app, username)
            await eq(try await client.send(.GET, "/api/v1/agencies/medan/evaluation").status, status, username)
        }
        await eq(try await manager.send(.GET, "/api/v1/agencies/medan/evaluation?year=1900").status, .badRequest)
    }
}
