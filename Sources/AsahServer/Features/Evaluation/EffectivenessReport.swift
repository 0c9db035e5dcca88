import AsahCore
import Fluent
import Foundation
import Vapor

/// The effectiveness report of an agency's year: every finished activity's four levels and cost side
/// by side, and their totals per provider, facilitator and kind of activity (jenis diklat), each group
/// adding its activities' counts and sums (`EffectivenessTotals`).
struct EffectivenessReport: Content {
    struct Figures: Content {
        var activities: Int
        var participants: Int
        var completed: Int
        var jpDelivered: Double
        var costTotal: Int
        var reactionRespondents: Int
        var reaction: Double?
        var gainParticipants: Int
        var normalisedGain: Double?
        var participantAnswers: Int
        var participantApplied: Double?
        var supervisorAnswers: Int
        var supervisorApplied: Double?
        var measuredPairs: Int
        var levelsGained: Int
        var costPerParticipant: Int?
        var costPerJP: Int?
        var costPerLevelGained: Int?

        init(_ t: EffectivenessTotals) {
            let r = ActivityEvaluation.round2
            activities = t.activities
            participants = t.participants
            completed = t.completed
            jpDelivered = Double(t.jpDeliveredHundredths) / 100
            costTotal = t.costTotal
            reactionRespondents = t.reactionRespondents
            reaction = t.reaction.map(r)
            gainParticipants = t.gainParticipants
            normalisedGain = t.normalisedGain.map(r)
            participantAnswers = t.participantAnswers
            participantApplied = t.participantApplied.map(r)
            supervisorAnswers = t.supervisorAnswers
            supervisorApplied = t.supervisorApplied.map(r)
            measuredPairs = t.measuredPairs
            levelsGained = t.levelsGained
            costPerParticipant = t.costPerParticipant
            costPerJP = t.costPerJP
            costPerLevelGained = t.costPerLevelGained
        }

        enum CodingKeys: String, CodingKey {
            case activities, participants, completed, reaction
            case jpDelivered = "jp_delivered", costTotal = "cost_total", reactionRespondents = "reaction_respondents"
            case gainParticipants = "gain_participants", normalisedGain = "normalised_gain"
            case participantAnswers = "participant_answers", participantApplied = "participant_applied"
            case supervisorAnswers = "supervisor_answers", supervisorApplied = "supervisor_applied"
            case measuredPairs = "measured_pairs", levelsGained = "levels_gained"
            case costPerParticipant = "cost_per_participant", costPerJP = "cost_per_jp"
            case costPerLevelGained = "cost_per_level_gained"
        }
    }

    struct ActivityRow: Content {
        var id: UUID
        var title: String
        var jenis: String
        var provider: String
        var facilitators: [String]
        var figures: Figures
    }

    struct Group: Content {
        var name: String
        var figures: Figures
    }

    var year: Int
    var activities: [ActivityRow]
    var byProvider: [Group]
    var byFacilitator: [Group]
    var byJenis: [Group]
    var totals: Figures

    enum CodingKeys: String, CodingKey {
        case year, activities, totals
        case byProvider = "by_provider", byFacilitator = "by_facilitator", byJenis = "by_jenis"
    }

    static func load(agencyID: UUID, year: Int, today: CivilDate, settings: CurrentLevelSettings, on db: any Database)
        async throws -> EffectivenessReport
    {
        let activities = try await EffectivenessQueries.activities(agencyID: agencyID, year: year, on: db)
        let facilitators = Dictionary(
            grouping: try await EffectivenessQueries.facilitators(agencyID: agencyID, year: year, on: db),
            by: \.activityID)
        let reactions = Dictionary(
            uniqueKeysWithValues: try await EffectivenessQueries.reactions(agencyID: agencyID, year: year, on: db)
                .map { ($0.activityID, $0) })
        let pairs = Dictionary(
            grouping: try await EffectivenessQueries.testPairs(agencyID: agencyID, year: year, on: db),
            by: \.activityID)
        let behaviour = Dictionary(
            grouping: try await EffectivenessQueries.behaviour(agencyID: agencyID, year: year, on: db),
            by: \.activityID)
        let levels = try await levelChanges(
            activities, agencyID: agencyID, year: year, today: today, settings: settings, on: db)

        var figures: [UUID: ActivityFigures] = [:]
        for a in activities {
            let cost = ActivityCost(
                costPerParticipant: a.costPerParticipant, fixedCost: a.fixedCost, participants: a.participants,
                completed: a.completed, jp: JP(hundredths: a.jpHundredths), levelsGained: nil)
            let gains = (pairs[a.id] ?? []).compactMap { LearningGain.normalised(pre: $0.pre, post: $0.post) }
            let sides = behaviour[a.id] ?? []
            let p = sides.first { $0.respondent == BehaviourSurvey.Respondent.participant.rawValue }
            let s = sides.first { $0.respondent == BehaviourSurvey.Respondent.supervisor.rawValue }
            let result = CompetencyResult(levels[a.id] ?? [])
            figures[a.id] = ActivityFigures(
                participants: a.participants, completed: a.completed, jp: JP(hundredths: a.jpHundredths),
                costTotal: cost.total, reactionRespondents: reactions[a.id]?.respondents ?? 0,
                reactionScoreSum: reactions[a.id]?.scoreSum ?? 0, gainParticipants: gains.count,
                gainSum: gains.reduce(0, +), participantAnswers: p?.answers ?? 0,
                participantAppliedSum: p?.appliedSum ?? 0,
                supervisorAnswers: s?.answers ?? 0, supervisorAppliedSum: s?.appliedSum ?? 0,
                measuredPairs: result.measured, levelsGained: result.levelsGained)
        }

        func provider(_ a: EffectivenessQueries.Activity) -> String {
            a.partnerName ?? ProviderKind(rawValue: a.providerKind)?.label ?? a.providerKind
        }
        func jenis(_ a: EffectivenessQueries.Activity) -> String {
            JenisDiklat.name(of: a.jenisDiklatId) ?? String(a.jenisDiklatId)
        }
        func groups(_ key: (EffectivenessQueries.Activity) -> [String]) -> [Group] {
            var members: [String: [ActivityFigures]] = [:]
            for a in activities { for k in key(a) { members[k, default: []].append(figures[a.id]!) } }
            return members.map { Group(name: $0.key, figures: Figures(EffectivenessTotals($0.value))) }
                .sorted { $0.name < $1.name }
        }
        return EffectivenessReport(
            year: year,
            activities: activities.map { a in
                ActivityRow(
                    id: a.id, title: a.title, jenis: jenis(a), provider: provider(a),
                    facilitators: (facilitators[a.id] ?? []).map(\.name).sorted(),
                    figures: Figures(EffectivenessTotals([figures[a.id]!])))
            },
            byProvider: groups { [provider($0)] },
            byFacilitator: groups { a in (facilitators[a.id] ?? []).map(\.name) },
            byJenis: groups { [jenis($0)] },
            totals: Figures(EffectivenessTotals(activities.map { figures[$0.id]! })))
    }

    /// L4 per activity: each completed pair's level before and after (`LevelChange`).
    static func levelChanges(
        _ activities: [EffectivenessQueries.Activity], agencyID: UUID, year: Int, today: CivilDate,
        settings: CurrentLevelSettings, on db: any Database
    ) async throws -> [UUID: [LevelChange]] {
        let (pairs, facts) = try await EffectivenessQueries.levelFacts(agencyID: agencyID, year: year, on: db)
        struct Key: Hashable {
            var employee: String
            var code: String
        }
        var known: [Key: [AssessmentFact]] = [:]
        for f in facts {
            guard let source = AssessmentSource(rawValue: f.source), let on = CivilDate(iso: f.assessedOn) else {
                continue
            }
            known[Key(employee: f.employeeID, code: f.competencyCode), default: []].append(
                AssessmentFact(level: f.level, source: source, assessedOn: on))
        }
        // The activities by their id as the pairs spell it (the same cast).
        var windows: [String: (UUID, CivilDate, CivilDate)] = [:]
        for a in activities {
            guard let start = a.firstDay.flatMap(CivilDate.init(iso:)),
                let end = a.lastDay.flatMap(CivilDate.init(iso:))
            else { continue }
            windows[a.idText] = (a.id, start, end)
        }
        var out: [UUID: [LevelChange]] = [:]
        for p in pairs {
            guard let (id, start, end) = windows[p.activityID] else { continue }
            out[id, default: []].append(
                LevelChange.measure(
                    known[Key(employee: p.employeeID, code: p.competencyCode)] ?? [], start: start, end: end,
                    today: today, settings: settings))
        }
        return out
    }
}
