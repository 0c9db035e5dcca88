import Foundation

/// The effectiveness report: each activity's four levels and cost, and their totals per provider,
/// facilitator and kind of activity (`docs/evaluation.md`).

/// What one finished activity contributes: counts and sums, so groups add up exactly.
public struct ActivityFigures: Sendable, Equatable {
    public var participants: Int
    public var completed: Int
    public var jp: JP
    public var costTotal: Int
    /// L1: respondents and the sum of every score they gave (five per respondent).
    public var reactionRespondents: Int
    public var reactionScoreSum: Int
    /// L2: participants with both tests (a full pre-test left out) and the sum of their normalised gains.
    public var gainParticipants: Int
    public var gainSum: Double
    /// L3: answers and sums of "applied" per side.
    public var participantAnswers: Int
    public var participantAppliedSum: Int
    public var supervisorAnswers: Int
    public var supervisorAppliedSum: Int
    /// L4: measured (participant, competency) pairs and the levels gained among them.
    public var measuredPairs: Int
    public var levelsGained: Int

    public init(
        participants: Int = 0, completed: Int = 0, jp: JP = .zero, costTotal: Int = 0, reactionRespondents: Int = 0,
        reactionScoreSum: Int = 0, gainParticipants: Int = 0, gainSum: Double = 0, participantAnswers: Int = 0,
        participantAppliedSum: Int = 0, supervisorAnswers: Int = 0, supervisorAppliedSum: Int = 0,
        measuredPairs: Int = 0, levelsGained: Int = 0
    ) {
        self.participants = participants
        self.completed = completed
        self.jp = jp
        self.costTotal = costTotal
        self.reactionRespondents = reactionRespondents
        self.reactionScoreSum = reactionScoreSum
        self.gainParticipants = gainParticipants
        self.gainSum = gainSum
        self.participantAnswers = participantAnswers
        self.participantAppliedSum = participantAppliedSum
        self.supervisorAnswers = supervisorAnswers
        self.supervisorAppliedSum = supervisorAppliedSum
        self.measuredPairs = measuredPairs
        self.levelsGained = levelsGained
    }

    /// JP credited: the activity's JP for each who completed it, in hundredths.
    public var jpDeliveredHundredths: Int { jp.hundredths * completed }
}

/// The figures of a group of activities (or of one), with its means and unit costs.
public struct EffectivenessTotals: Sendable, Equatable {
    public let activities: Int
    public let participants: Int
    public let completed: Int
    public let jpDeliveredHundredths: Int
    public let costTotal: Int
    public let reactionRespondents: Int
    /// Mean score over every aspect of every respondent (1–5).
    public let reaction: Double?
    public let gainParticipants: Int
    public let normalisedGain: Double?
    public let participantAnswers: Int
    public let participantApplied: Double?
    public let supervisorAnswers: Int
    public let supervisorApplied: Double?
    public let measuredPairs: Int
    public let levelsGained: Int
    public let costPerParticipant: Int?
    public let costPerJP: Int?
    public let costPerLevelGained: Int?

    public init(_ all: [ActivityFigures]) {
        activities = all.count
        participants = all.reduce(0) { $0 + $1.participants }
        completed = all.reduce(0) { $0 + $1.completed }
        jpDeliveredHundredths = all.reduce(0) { $0 + $1.jpDeliveredHundredths }
        costTotal = all.reduce(0) { $0 + $1.costTotal }
        reactionRespondents = all.reduce(0) { $0 + $1.reactionRespondents }
        let scores = all.reduce(0) { $0 + $1.reactionScoreSum }
        reaction = reactionRespondents > 0 ? Double(scores) / Double(5 * reactionRespondents) : nil
        gainParticipants = all.reduce(0) { $0 + $1.gainParticipants }
        let gains = all.reduce(0.0) { $0 + $1.gainSum }
        normalisedGain = gainParticipants > 0 ? gains / Double(gainParticipants) : nil
        participantAnswers = all.reduce(0) { $0 + $1.participantAnswers }
        let pApplied = all.reduce(0) { $0 + $1.participantAppliedSum }
        participantApplied = participantAnswers > 0 ? Double(pApplied) / Double(participantAnswers) : nil
        supervisorAnswers = all.reduce(0) { $0 + $1.supervisorAnswers }
        let sApplied = all.reduce(0) { $0 + $1.supervisorAppliedSum }
        supervisorApplied = supervisorAnswers > 0 ? Double(sApplied) / Double(supervisorAnswers) : nil
        measuredPairs = all.reduce(0) { $0 + $1.measuredPairs }
        levelsGained = all.reduce(0) { $0 + $1.levelsGained }
        costPerParticipant = participants > 0 ? ActivityCost.divide(costTotal, participants) : nil
        costPerJP = jpDeliveredHundredths > 0 ? ActivityCost.divide(costTotal * 100, jpDeliveredHundredths) : nil
        costPerLevelGained = levelsGained > 0 ? ActivityCost.divide(costTotal, levelsGained) : nil
    }
}
