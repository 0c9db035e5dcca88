import AsahCore
import Fluent
import Foundation
import Vapor

/// One activity evaluated at four levels with its cost (`GET /api/v1/activities/{id}/evaluation` and
/// the evaluation page). Each level carries its counts, so a small sample is not over-read.
struct ActivityEvaluation: Content {
    struct L1: Content {
        var respondents: Int
        /// Who attended and may answer.
        var attendees: Int
        var aspects: [String: Double]
        /// The mean of the five aspects' means.
        var overall: Double?
        var comments: [String]
    }

    struct L2: Content {
        /// Participants with both a pre-test and a post-test.
        var participants: Int
        var preAverage: Double?
        var postAverage: Double?
        /// Mean of each participant's normalised gain (those with a full pre-test left out).
        var normalisedGain: Double?

        enum CodingKeys: String, CodingKey {
            case participants
            case preAverage = "pre_average", postAverage = "post_average", normalisedGain = "normalised_gain"
        }
    }

    struct L3: Content {
        struct Side: Content {
            var answers: Int
            /// Mean of "how much is the learning applied" (1–5).
            var applied: Double?
            /// The supervisor's mean of "how much did the work improve" (1–5).
            var change: Double?
        }

        /// The day the survey opened or opens: the activity's last day plus the agency's months.
        var dueOn: String?
        /// Who completed the activity: each is asked, and their supervisor.
        var completed: Int
        var participant: Side
        var supervisor: Side

        enum CodingKeys: String, CodingKey {
            case completed, participant, supervisor
            case dueOn = "due_on"
        }
    }

    struct Competencies: Content {
        var pairs: Int
        var measured: Int
        var levelsGained: Int
        var levelsLost: Int
        var meanChange: Double?
        /// "Before" is as of the day before the first session; "after" counts assessments made after
        /// the last session, until today.
        var before: String?
        var afterFrom: String?
        var afterTo: String

        enum CodingKeys: String, CodingKey {
            case pairs, measured, before
            case levelsGained = "levels_gained", levelsLost = "levels_lost", meanChange = "mean_change"
            case afterFrom = "after_from", afterTo = "after_to"
        }
    }

    struct Predikats: Content {
        var participants: Int
        var compared: Int
        var improved: Int
        var same: Int
        var worse: Int
        /// Before: the annual predikat of this year. After: the newest rating of a period ending after
        /// `after_from` (a quarter's or a year's).
        var beforeYear: Int
        var afterFrom: String?

        enum CodingKeys: String, CodingKey {
            case participants, compared, improved, same, worse
            case beforeYear = "before_year", afterFrom = "after_from"
        }
    }

    struct L4: Content {
        var competencies: Competencies
        var predikat: Predikats
        /// The service satisfaction (IKM) of participants' units: not yet, SKM is still to be built.
        var satisfaction: String?
    }

    struct Cost: Content {
        var total: Int
        var participants: Int
        var completed: Int
        var perParticipant: Int?
        var perJP: Int?
        var perLevelGained: Int?

        enum CodingKeys: String, CodingKey {
            case total, participants, completed
            case perParticipant = "per_participant", perJP = "per_jp", perLevelGained = "per_level_gained"
        }
    }

    var activityID: UUID
    var title: String
    var status: String
    var l1: L1
    var l2: L2
    var l3: L3
    var l4: L4
    var cost: Cost

    enum CodingKeys: String, CodingKey {
        case title, status, l1, l2, l3, l4, cost
        case activityID = "activity_id"
    }

    static func load(
        _ loaded: LoadedActivity, today: CivilDate, settings: CurrentLevelSettings, surveyMonths: Int,
        on db: any Database
    ) async throws -> ActivityEvaluation {
        let a = loaded.activity
        let id = loaded.id
        let counts = try await EvaluationQueries.counts(activityID: id, on: db)
        let r = try await EvaluationQueries.reactions(activityID: id, on: db)
        var aspects: [String: Double] = [:]
        for (aspect, mean) in zip(
            ReactionAspect.allCases, [r.material, r.method, r.facilitator, r.facilities, r.organisation])
        {
            if let mean { aspects[aspect.rawValue] = round2(mean) }
        }
        let l1 = L1(
            respondents: r.respondents, attendees: counts.attendees, aspects: aspects,
            overall: aspects.count == ReactionAspect.allCases.count
                ? round2(aspects.values.reduce(0, +) / Double(aspects.count)) : nil,
            comments: try await EvaluationQueries.comments(activityID: id, limit: 50, on: db))

        let pairs = try await EvaluationQueries.testPairs(activityID: id, on: db)
        let l2 = L2(
            participants: pairs.count,
            preAverage: pairs.isEmpty ? nil : round2(Double(pairs.map(\.pre).reduce(0, +)) / Double(pairs.count)),
            postAverage: pairs.isEmpty ? nil : round2(Double(pairs.map(\.post).reduce(0, +)) / Double(pairs.count)),
            normalisedGain: LearningGain.average(pairs.map { ($0.pre, $0.post) }).map(round2))

        let start = counts.firstDay.flatMap(CivilDate.init(iso:))
        let end = counts.lastDay.flatMap(CivilDate.init(iso:))
        var changes: [LevelChange] = []
        if let start, let end {
            let (people, facts) = try await EvaluationQueries.facts(activityID: id, on: db)
            var byPair: [String: [AssessmentFact]] = [:]
            for f in facts {
                guard let source = AssessmentSource(rawValue: f.source), let on = CivilDate(iso: f.assessedOn) else {
                    continue
                }
                byPair[f.employeeID.uuidString + f.competencyCode, default: []].append(
                    AssessmentFact(level: f.level, source: source, assessedOn: on))
            }
            changes = people.map { e, code in
                LevelChange.measure(
                    byPair[e.uuidString + code] ?? [], start: start, end: end, today: today, settings: settings)
            }
        }
        let result = CompetencyResult(changes)
        var predikatPairs: [(before: Predikat?, after: Predikat?)] = []
        if let end {
            let (people, ratings) = try await EvaluationQueries.ratings(activityID: id, year: a.year, on: db)
            let byPerson = Dictionary(grouping: ratings, by: \.employeeID)
            predikatPairs = people.map { person in
                let rated = (byPerson[person] ?? []).compactMap { r -> RatedPeriod? in
                    guard let period = PerformancePeriod(rawValue: r.period), let p = Predikat(rawValue: r.predikat)
                    else { return nil }
                    return RatedPeriod(year: r.year, period: period, predikat: p)
                }
                return PredikatChange.pair(rated, activityYear: a.year, end: end)
            }
        }
        let predikat = PredikatResult(predikatPairs)
        let l4 = L4(
            competencies: Competencies(
                pairs: result.pairs, measured: result.measured, levelsGained: result.levelsGained,
                levelsLost: result.levelsLost, meanChange: result.meanChange.map(round2),
                before: start?.addingDays(-1).iso, afterFrom: end?.addingDays(1).iso, afterTo: today.iso),
            predikat: Predikats(
                participants: predikat.participants, compared: predikat.compared, improved: predikat.improved,
                same: predikat.same, worse: predikat.worse, beforeYear: a.year - 1, afterFrom: end?.addingDays(1).iso),
            satisfaction: nil)

        let sides = try await BehaviourQueries.summary(activityID: id, on: db)
        func side(_ r: BehaviourSurvey.Respondent) -> L3.Side {
            let row = sides.first { $0.respondent == r.rawValue }
            return L3.Side(
                answers: row?.answers ?? 0, applied: row?.applied.map(round2),
                change: r == .supervisor ? row?.change.map(round2) : nil)
        }
        let l3 = L3(
            dueOn: end.map { BehaviourSurvey.dueDate(end: $0, months: surveyMonths).iso }, completed: counts.completed,
            participant: side(.participant), supervisor: side(.supervisor))

        let cost = ActivityCost(
            costPerParticipant: a.costPerParticipant, fixedCost: a.fixedCost, participants: counts.participants,
            completed: counts.completed, jp: JP(hundredths: a.jpHundredths),
            levelsGained: result.measured > 0 ? result.levelsGained : nil)
        return ActivityEvaluation(
            activityID: id, title: a.title, status: a.status, l1: l1, l2: l2,
            l3: l3, l4: l4,
            cost: Cost(
                total: cost.total, participants: cost.participants, completed: counts.completed,
                perParticipant: cost.perParticipant, perJP: cost.perJP, perLevelGained: cost.perLevelGained))
    }

    static func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
