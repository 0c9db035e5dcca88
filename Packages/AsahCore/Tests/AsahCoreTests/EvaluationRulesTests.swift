import Testing

@testable import AsahCore

struct EvaluationRulesTests {
    static let all5: [ReactionAspect: Int?] = Dictionary(uniqueKeysWithValues: ReactionAspect.allCases.map { ($0, 5) })

    /// (a change to all-fives, comment) → the fields refused.
    @Test(
        arguments: [
            ([:], nil, [String]()),
            ([.material: 1], "  Bagus  ", []),
            ([.method: 0], nil, ["method"]),
            ([.facilities: 6], nil, ["facilities"]),
            ([.organisation: nil], nil, ["organisation"]),
            ([.material: nil, .facilitator: -1], nil, ["facilitator", "material"]),
            ([:], String(repeating: "x", count: 2001), ["comment"]),
        ] as [([ReactionAspect: Int?], String?, [String])])
    func reaction(change: [ReactionAspect: Int?], comment: String?, refused: [String]) {
        let scores = Self.all5.merging(change) { _, new in new }
        switch ReactionInput.make(scores: scores, comment: comment) {
        case .success(let r):
            #expect(refused.isEmpty)
            #expect(r.comment == comment?.trimmingCharacters(in: .whitespaces))
        case .failure(let e): #expect(e.messages.keys.sorted() == refused)
        }
    }

    @Test func reactionFromAForm() throws {
        let form = ["material": "4", "method": " 3 ", "facilitator": "5", "facilities": "2", "organisation": "1"]
        let r = try ReactionInput.make(form: form, comment: "   ").get()
        #expect(r.scores == [.material: 4, .method: 3, .facilitator: 5, .facilities: 2, .organisation: 1])
        #expect(r.comment == nil)
        let bad = ReactionInput.make(form: ["material": "empat"], comment: nil)
        #expect((try? bad.get()) == nil)
    }

    /// (enrolment state, sessions attended, activity status) → may they answer.
    @Test(arguments: [
        (EnrolmentState?.none, 0, ActivityStatus.finished, ReactionEligibility.notAttendee),
        (.requested, 0, .finished, .notAttendee), (.rejected, 1, .finished, .notAttendee),
        (.cancelled, 2, .finished, .notAttendee), (.enrolled, 0, .finished, .notAttendee),
        (.enrolled, 1, .running, .notYet), (.enrolled, 1, .finished, .may), (.completed, 1, .running, .may),
        (.notCompleted, 1, .finished, .may), (.completed, 0, .finished, .notAttendee),
    ])
    func eligibility(state: EnrolmentState?, attended: Int, activity: ActivityStatus, answer: ReactionEligibility) {
        #expect(ReactionEligibility.of(state: state, attendedSessions: attended, activity: activity) == answer)
    }

    /// (pre, post) → normalised gain.
    @Test(arguments: [
        (40, 70, 0.5), (0, 100, 1.0), (50, 50, 0.0), (80, 60, -1.0), (90, 100, 1.0), (60, 90, 0.75),
    ])
    func normalisedGain(pre: Int, post: Int, gain: Double) {
        #expect(LearningGain.normalised(pre: pre, post: post) == gain)
    }

    @Test func averageGainLeavesOutFullPreTests() {
        #expect(LearningGain.normalised(pre: 100, post: 100) == nil)
        #expect(LearningGain.average([(40, 70), (60, 90), (100, 100)]) == 0.625)
        #expect(LearningGain.average([(100, 90)]) == nil)
        #expect(LearningGain.average([]) == nil)
    }

    /// (per participant, fixed, participants, completed, JP hundredths, levels) → total, per
    /// participant, per JP, per level.
    @Test(
        arguments: [
            (1_500_000, 10_000_000, 20, 18, 2400, 12, 40_000_000, 2_000_000, 92_593, 3_333_333),
            (0, 5_000_000, 0, 0, 800, nil, 5_000_000, nil, nil, nil),
            (250_000, 0, 3, 0, 1000, 0, 750_000, 250_000, nil, nil),
            (100_000, 1, 2, 2, 150, 1, 200_001, 100_001, 66_667, 200_001),
        ] as [(Int, Int, Int, Int, Int, Int?, Int, Int?, Int?, Int?)])
    func cost(
        each: Int, fixed: Int, participants: Int, completed: Int, jp: Int, levels: Int?, total: Int,
        perParticipant: Int?,
        perJP: Int?, perLevel: Int?
    ) {
        let c = ActivityCost(
            costPerParticipant: each, fixedCost: fixed, participants: participants, completed: completed,
            jp: JP(hundredths: jp), levelsGained: levels)
        #expect(c.total == total)
        #expect(c.perParticipant == perParticipant)
        #expect(c.perJP == perJP)
        #expect(c.perLevelGained == perLevel)
    }
}

struct EvaluationResultsTests {
    static let start = CivilDate(year: 2026, month: 3, day: 10)!
    static let end = CivilDate(year: 2026, month: 3, day: 12)!
    static let today = CivilDate(year: 2026, month: 7, day: 15)!

    static func f(_ level: Int, _ source: AssessmentSource, _ iso: String) -> AssessmentFact {
        AssessmentFact(level: level, source: source, assessedOn: CivilDate(iso: iso)!)
    }

    /// (facts) → (before, after): before counts what was known the day before it began; after only
    /// what was assessed after it ended.
    @Test(
        arguments: [
            ([f(2, .supervisor, "2026-01-05"), f(3, .supervisor, "2026-05-01")], 2, 3),
            ([f(2, .supervisor, "2026-01-05")], 2, nil),  // nothing since: not measured
            ([f(3, .supervisor, "2026-05-01")], nil, 3),  // nothing before
            // The last day is not after; the first day is not before.
            ([f(2, .supervisor, "2026-03-09"), f(4, .supervisor, "2026-03-12")], 2, nil),
            ([f(2, .supervisor, "2026-03-10"), f(3, .supervisor, "2026-03-13")], nil, 3),
            // The most trusted source decides on each side.
            (
                [
                    f(3, .assessmentCenter, "2025-06-01"), f(4, .selfAssessment, "2026-02-01"),
                    f(2, .selfAssessment, "2026-04-01"),
                    f(4, .supervisor, "2026-06-01"),
                ], 3, 4
            ),
            // An assessment-centre result too old by the day before is not used.
            ([f(3, .assessmentCenter, "2022-03-08"), f(2, .test, "2026-01-01"), f(3, .test, "2026-06-01")], 2, 3),
        ] as [([AssessmentFact], Int?, Int?)])
    func levelChange(facts: [AssessmentFact], before: Int?, after: Int?) {
        let c = LevelChange.measure(facts, start: Self.start, end: Self.end, today: Self.today, settings: .standard)
        #expect(c == LevelChange(before: before, after: after))
    }

    @Test func competencyResultCountsOnlyMeasuredPairs() {
        let r = CompetencyResult([
            LevelChange(before: 2, after: 4), LevelChange(before: 3, after: 2), LevelChange(before: 3, after: 3),
            LevelChange(before: nil, after: 4), LevelChange(before: 2, after: nil),
        ])
        #expect(r.pairs == 5)
        #expect(r.measured == 3)
        #expect(r.levelsGained == 2)
        #expect(r.levelsLost == 1)
        #expect(r.meanChange == 1.0 / 3.0)
        #expect(CompetencyResult([]).meanChange == nil)
    }

    @Test func predikatResult() {
        let r = PredikatResult([
            (.baik, .sangatBaik), (.baik, .baik), (.sangatBaik, .butuhPerbaikan), (nil, .baik), (.baik, nil),
            (.kurangMisconduct, .butuhPerbaikan),
        ])
        #expect([r.participants, r.compared, r.improved, r.same, r.worse] == [6, 4, 2, 1, 1])
    }

    /// Before: last year's annual. After: the newest period ending after the activity, the year's
    /// own rating before its Q4.
    @Test func predikatChange() {
        func r(_ y: Int, _ p: PerformancePeriod, _ k: Predikat) -> RatedPeriod {
            RatedPeriod(year: y, period: p, predikat: k)
        }
        let end = CivilDate(year: 2026, month: 7, day: 12)!
        let ratings = [
            r(2024, .annual, .sangatBaik), r(2025, .annual, .baik), r(2026, .q2, .butuhPerbaikan),
            r(2026, .q3, .sangatBaik),
        ]
        #expect(PredikatChange.pair(ratings, activityYear: 2026, end: end) == (.baik, .sangatBaik))
        // Q2 ended before the activity did: no evidence of after.
        #expect(PredikatChange.pair(Array(ratings.prefix(3)), activityYear: 2026, end: end) == (.baik, nil))
        // The year's rating outranks its Q4, both ending on 31 December.
        let late = ratings + [r(2026, .q4, .butuhPerbaikan), r(2026, .annual, .baik)]
        #expect(PredikatChange.pair(late, activityYear: 2026, end: end) == (.baik, .baik))
        #expect(PredikatChange.pair(late.reversed(), activityYear: 2026, end: end) == (.baik, .baik))
        // A later year counts; nothing the year before: no before.
        #expect(PredikatChange.pair([r(2027, .q1, .baik)], activityYear: 2026, end: end) == (nil, .baik))
    }
}

struct EffectivenessRulesTests {
    @Test func totalsAddGroupsExactly() {
        let a = ActivityFigures(
            participants: 20, completed: 18, jp: JP(hundredths: 2400), costTotal: 40_000_000, reactionRespondents: 10,
            reactionScoreSum: 210, gainParticipants: 4, gainSum: 2.0, participantAnswers: 3, participantAppliedSum: 12,
            supervisorAnswers: 2, supervisorAppliedSum: 7, measuredPairs: 9, levelsGained: 6)
        let b = ActivityFigures(
            participants: 5, completed: 5, jp: JP(hundredths: 800), costTotal: 1_000_000, reactionRespondents: 5,
            reactionScoreSum: 100, gainParticipants: 1, gainSum: 1.0, measuredPairs: 0, levelsGained: 0)
        let t = EffectivenessTotals([a, b])
        #expect(t.activities == 2)
        #expect(t.participants == 25)
        #expect(t.jpDeliveredHundredths == 43_200 + 4_000)
        #expect(t.reaction == 310.0 / 75.0)  // weighted by respondents, not a mean of means
        #expect(t.normalisedGain == 3.0 / 5.0)
        #expect(t.participantApplied == 4.0)
        #expect(t.supervisorApplied == 3.5)
        #expect(t.costPerParticipant == 1_640_000)
        #expect(t.costPerJP == 86_864)  // 41,000,000 ÷ 472 JP
        #expect(t.costPerLevelGained == 6_833_333)
        let empty = EffectivenessTotals([])
        #expect(empty.reaction == nil && empty.costPerJP == nil && empty.costPerLevelGained == nil)
    }
}
