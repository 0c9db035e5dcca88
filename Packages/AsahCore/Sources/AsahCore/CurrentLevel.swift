/// Which level counts as an employee's *current* level of one competency, given all their
/// assessments of it from different sources (assessment centre, supervisor, self, test, 360°).

public enum AssessmentSource: String, CaseIterable, Codable, Sendable {
    case assessmentCenter = "assessment_center"
    case supervisor
    case selfAssessment = "self"
    case test
    case multiRater = "multi_rater"

    public var label: String {
        switch self {
        case .assessmentCenter: return "Assessment center"
        case .supervisor: return "Atasan langsung"
        case .selfAssessment: return "Penilaian diri"
        case .test: return "Tes"
        case .multiRater: return "Penilaian 360°"
        }
    }
}

/// One assessment of one competency of one employee.
public struct AssessmentFact: Sendable, Equatable {
    public let level: Int
    public let source: AssessmentSource
    public let assessedOn: CivilDate

    public init(level: Int, source: AssessmentSource, assessedOn: CivilDate) {
        self.level = level
        self.source = source
        self.assessedOn = assessedOn
    }
}

public struct CurrentLevelSettings: Sendable, Equatable, Codable {
    public enum Mode: String, Codable, Sendable {
        /// The latest result of the most trusted source that has one.
        case priority
        /// The weighted mean of the latest result of every source.
        case weighted
    }

    public var mode: Mode
    /// An assessment-centre result older than this many years (by date, relative to `today`) is ignored.
    /// A result exactly this many years old still counts.
    public var assessmentCenterYears: Int
    /// Most trusted first; a source not listed is never used in priority mode.
    public var priority: [AssessmentSource]
    /// Weights for `.weighted`; a source without a positive weight is not used.
    public var weights: [AssessmentSource: Double]

    public init(
        mode: Mode = .priority, assessmentCenterYears: Int = 3,
        priority: [AssessmentSource] = [.assessmentCenter, .supervisor, .multiRater, .test, .selfAssessment],
        weights: [AssessmentSource: Double] = [
            .assessmentCenter: 0.5, .supervisor: 0.25, .multiRater: 0.1, .test: 0.1, .selfAssessment: 0.05,
        ]
    ) {
        self.mode = mode
        self.assessmentCenterYears = assessmentCenterYears
        self.priority = priority
        self.weights = weights
    }

    public static let standard = CurrentLevelSettings()

    // JSON: {"mode": "priority", "assessmentCenterYears": 3, "priority": ["assessment_center", …],
    // "weights": {"assessment_center": 0.5, …}}; missing keys take the standard values, unknown sources are dropped.
    private enum CodingKeys: String, CodingKey { case mode, assessmentCenterYears, priority, weights }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let standard = Self.standard
        let priority = try c.decodeIfPresent([String].self, forKey: .priority)
        let weights = try c.decodeIfPresent([String: Double].self, forKey: .weights)
        self.init(
            mode: try c.decodeIfPresent(Mode.self, forKey: .mode) ?? standard.mode,
            assessmentCenterYears: try c.decodeIfPresent(Int.self, forKey: .assessmentCenterYears)
                ?? standard.assessmentCenterYears,
            priority: priority.map { $0.compactMap(AssessmentSource.init(rawValue:)) } ?? standard.priority,
            weights: weights.map { raw in
                var out: [AssessmentSource: Double] = [:]
                for (key, value) in raw {
                    if let source = AssessmentSource(rawValue: key) { out[source] = value }
                }
                return out
            } ?? standard.weights)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(mode, forKey: .mode)
        try c.encode(assessmentCenterYears, forKey: .assessmentCenterYears)
        try c.encode(priority.map(\.rawValue), forKey: .priority)
        try c.encode(Dictionary(uniqueKeysWithValues: weights.map { ($0.key.rawValue, $0.value) }), forKey: .weights)
    }
}

public struct CurrentLevel: Sendable, Equatable {
    /// 1…5.
    public let level: Int
    /// The source of the figure; nil for a weighted mean.
    public let source: AssessmentSource?
    /// The date of the latest fact used.
    public let assessedOn: CivilDate
    /// The facts the figure came from.
    public let basis: [AssessmentFact]

    public init(level: Int, source: AssessmentSource?, assessedOn: CivilDate, basis: [AssessmentFact]) {
        self.level = level
        self.source = source
        self.assessedOn = assessedOn
        self.basis = basis
    }
}

public enum CurrentLevelRule {
    /// The current level, or nil when no fact is usable (never 0). Levels outside 1…5 are ignored;
    /// assessment-centre results older than `settings.assessmentCenterYears` years before `today` too.
    public static func current(
        of facts: [AssessmentFact], today: CivilDate, settings: CurrentLevelSettings = .standard
    ) -> CurrentLevel? {
        let cutoff = today.addingYears(-settings.assessmentCenterYears)
        let usable = facts.filter { fact in
            (1...5).contains(fact.level)
                && (fact.source != .assessmentCenter || fact.assessedOn >= cutoff)
        }
        switch settings.mode {
        case .priority:
            for source in settings.priority {
                if let fact = latest(usable, of: source) {
                    return CurrentLevel(level: fact.level, source: source, assessedOn: fact.assessedOn, basis: [fact])
                }
            }
            return nil
        case .weighted:
            var basis: [AssessmentFact] = []
            var sum = 0.0
            var total = 0.0
            for source in AssessmentSource.allCases {
                guard let weight = settings.weights[source], weight > 0, weight.isFinite,
                    let fact = latest(usable, of: source)
                else { continue }
                basis.append(fact)
                sum += weight * Double(fact.level)
                total += weight
            }
            guard total > 0, let newest = basis.map(\.assessedOn).max() else { return nil }
            // Half up; the epsilon keeps 2.4999999999 (floating error of an exact 2.5) from rounding down.
            let level = Int((sum / total + 0.5 + 1e-9).rounded(.down))
            return CurrentLevel(level: min(5, max(1, level)), source: nil, assessedOn: newest, basis: basis)
        }
    }

    /// The latest fact of a source by date; on equal dates the later one in the input.
    private static func latest(_ facts: [AssessmentFact], of source: AssessmentSource) -> AssessmentFact? {
        var best: AssessmentFact?
        for fact in facts where fact.source == source {
            if let b = best, fact.assessedOn < b.assessedOn { continue }
            best = fact
        }
        return best
    }
}

extension CivilDate {
    /// The same day `years` years later (earlier when negative); 29 February becomes 28 February
    /// in a common year.
    func addingYears(_ years: Int) -> CivilDate {
        let y = min(9999, max(1, year + years))
        return CivilDate(year: y, month: month, day: min(day, CivilDate.daysIn(month: month, year: y)))!
    }
}
