import Foundation

/// Results (L4) of an activity in its participants' competencies and performance (`docs/evaluation.md`).

/// One participant's level in one competency the activity targets: as it stood the day before the
/// activity began (every assessment until then), and as it stands today counting only assessments
/// made after the activity ended (else not measured yet: an old level is no evidence of change).
public struct LevelChange: Sendable, Equatable {
    public let before: Int?
    public let after: Int?

    public var isMeasured: Bool { before != nil && after != nil }
    public var change: Int? { isMeasured ? after! - before! : nil }

    public static func measure(
        _ facts: [AssessmentFact], start: CivilDate, end: CivilDate, today: CivilDate, settings: CurrentLevelSettings
    ) -> LevelChange {
        let dayBefore = start.addingDays(-1)
        let before = CurrentLevelRule.current(
            of: facts.filter { $0.assessedOn <= dayBefore }, today: dayBefore, settings: settings)
        let after = CurrentLevelRule.current(of: facts.filter { $0.assessedOn > end }, today: today, settings: settings)
        return LevelChange(before: before?.level, after: after?.level)
    }
}

/// The competency results of an activity: over every (participant, targeted competency) pair, how
/// many were measured before and after, the levels gained and lost, and the mean change.
public struct CompetencyResult: Sendable, Equatable {
    public let pairs: Int
    public let measured: Int
    public let levelsGained: Int
    public let levelsLost: Int
    /// Mean of after − before over measured pairs.
    public let meanChange: Double?

    public init(_ changes: [LevelChange]) {
        pairs = changes.count
        let measuredChanges = changes.compactMap(\.change)
        measured = measuredChanges.count
        levelsGained = measuredChanges.filter { $0 > 0 }.reduce(0, +)
        levelsLost = -measuredChanges.filter { $0 < 0 }.reduce(0, +)
        meanChange = measured > 0 ? Double(measuredChanges.reduce(0, +)) / Double(measured) : nil
    }
}

/// One rating on record: its year, period and predikat.
public struct RatedPeriod: Sendable, Equatable {
    public let year: Int
    public let period: PerformancePeriod
    public let predikat: Predikat

    public init(year: Int, period: PerformancePeriod, predikat: Predikat) {
        self.year = year
        self.period = period
        self.predikat = predikat
    }
}

/// A participant's predikat before and after an activity: before, the annual predikat of the year
/// before the activity's; after, the newest rating whose period ends after the activity's last day (a
/// quarter's, so the change shows within the year; the year's own rating before its fourth quarter).
public enum PredikatChange {
    public static func pair(_ ratings: [RatedPeriod], activityYear: Int, end: CivilDate) -> (Predikat?, Predikat?) {
        let before = ratings.first { $0.year == activityYear - 1 && $0.period == .annual }?.predikat
        let after = ratings.filter { $0.period.lastDay(of: $0.year) > end }
            .max { a, b in
                let (x, y) = (a.period.lastDay(of: a.year), b.period.lastDay(of: b.year))
                return x != y ? x < y : (a.period != .annual && b.period == .annual)
            }?.predikat
        return (before, after)
    }
}

/// Participants' predikat before and after (`PredikatChange`): how many rose, stayed and fell among
/// those with both.
public struct PredikatResult: Sendable, Equatable {
    public let participants: Int
    public let compared: Int
    public let improved: Int
    public let same: Int
    public let worse: Int

    public init(_ pairs: [(before: Predikat?, after: Predikat?)]) {
        participants = pairs.count
        let both = pairs.compactMap { p in p.before.flatMap { b in p.after.map { (b, $0) } } }
        compared = both.count
        improved = both.filter { $0.1.order < $0.0.order }.count
        worse = both.filter { $0.1.order > $0.0.order }.count
        same = compared - improved - worse
    }
}
