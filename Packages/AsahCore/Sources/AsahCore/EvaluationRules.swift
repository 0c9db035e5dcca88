import Foundation

/// Programme evaluation at four levels (Kirkpatrick, as the source documents ask: reaction, learning,
/// behaviour, results) and what it cost (`docs/evaluation.md`).

/// What a participant rates after an activity (evaluasi reaksi, L1).
public enum ReactionAspect: String, CaseIterable, Codable, Sendable {
    case material, method, facilitator, facilities, organisation

    public var label: String {
        switch self {
        case .material: "Materi"
        case .method: "Metode pembelajaran"
        case .facilitator: "Fasilitator/pengajar"
        case .facilities: "Sarana dan prasarana"
        case .organisation: "Penyelenggaraan"
        }
    }
}

/// The five-point scale of a reaction.
public enum ReactionScale {
    public static let range = 1...5

    public static func label(_ score: Int) -> String {
        switch score {
        case 1: "Sangat kurang"
        case 2: "Kurang"
        case 3: "Cukup"
        case 4: "Baik"
        default: "Sangat baik"
        }
    }
}

/// A participant's reaction, checked: a score 1–5 for every aspect (errors keyed by the aspect's code)
/// and an optional comment of at most `FeedbackText.limit` characters (`comment`).
public struct ReactionInput: Sendable, Equatable {
    public let scores: [ReactionAspect: Int]
    public let comment: String?

    public init(scores: [ReactionAspect: Int], comment: String?) {
        self.scores = scores
        self.comment = comment
    }

    /// Scores as given: a number, or a form's text of one.
    public static func make(scores given: [ReactionAspect: Int?], comment: String?) -> Result<
        ReactionInput, FieldErrors
    > {
        var errors: [String: String] = [:]
        var scores: [ReactionAspect: Int] = [:]
        for aspect in ReactionAspect.allCases {
            if let value = given[aspect] ?? nil, ReactionScale.range.contains(value) {
                scores[aspect] = value
            } else {
                errors[aspect.rawValue] = "Beri nilai 1 sampai 5 untuk \(aspect.label.lowercased())."
            }
        }
        let text = (comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count > FeedbackText.limit {
            errors["comment"] = "Komentar paling panjang \(FeedbackText.limit) karakter (sekarang \(text.count))."
        }
        guard errors.isEmpty else { return .failure(FieldErrors(errors)) }
        return .success(ReactionInput(scores: scores, comment: text.isEmpty ? nil : text))
    }

    /// From a form's fields (text).
    public static func make(form: [String: String], comment: String?) -> Result<ReactionInput, FieldErrors> {
        var given: [ReactionAspect: Int?] = [:]
        for aspect in ReactionAspect.allCases {
            given[aspect] = form[aspect.rawValue].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
        return make(scores: given, comment: comment)
    }
}

/// Whether a participant may give their reaction to an activity now.
public enum ReactionEligibility: Equatable, Sendable {
    case may
    /// Not a participant who attended: they have nothing to judge.
    case notAttendee
    /// Attended, but the activity is not over for them yet.
    case notYet

    /// Those who attended at least one session answer, once the activity is finished or their own
    /// participation is decided (completed or not).
    public static func of(state: EnrolmentState?, attendedSessions: Int, activity: ActivityStatus)
        -> ReactionEligibility
    {
        guard let state, state.holdsSeat, attendedSessions > 0 else { return .notAttendee }
        if activity == .finished || state == .completed || state == .notCompleted { return .may }
        return .notYet
    }
}

/// Learning (L2): the gain from the pre-test to the post-test, in points of 100, and the normalised
/// gain (Hake): the share of what there was to learn that was learned, (post − pre) / (100 − pre).
public enum LearningGain {
    /// nil when the pre-test was already full marks (nothing left to learn).
    public static func normalised(pre: Int, post: Int) -> Double? {
        guard pre < 100 else { return nil }
        return Double(post - pre) / Double(100 - pre)
    }

    /// The activity's average normalised gain over participants with both tests (those with a full
    /// pre-test left out), nil when none.
    public static func average(_ pairs: [(pre: Int, post: Int)]) -> Double? {
        let gains = pairs.compactMap { normalised(pre: $0.pre, post: $0.post) }
        guard !gains.isEmpty else { return nil }
        return gains.reduce(0, +) / Double(gains.count)
    }
}

/// What an activity cost, and per participant, per JP delivered and per competency level gained.
public struct ActivityCost: Sendable, Equatable {
    /// Rupiah.
    public let total: Int
    public let participants: Int
    public let perParticipant: Int?
    /// Rupiah per JP credited to a participant (the activity's JP × those who completed it).
    public let perJP: Int?
    /// Rupiah per level gained in the competencies the activity targets (L4), when any was gained.
    public let perLevelGained: Int?

    /// `participants` hold a seat (enrolled, completed or not); `completed` were credited its JP.
    public init(costPerParticipant: Int, fixedCost: Int, participants: Int, completed: Int, jp: JP, levelsGained: Int?)
    {
        let total = costPerParticipant * participants + fixedCost
        self.total = total
        self.participants = participants
        perParticipant = participants > 0 ? Self.divide(total, participants) : nil
        let jpDelivered = jp.hundredths * completed
        perJP = jpDelivered > 0 ? Self.divide(total * 100, jpDelivered) : nil
        perLevelGained = levelsGained.flatMap { $0 > 0 ? Self.divide(total, $0) : nil }
    }

    /// Rounded half up to whole rupiah.
    public static func divide(_ a: Int, _ b: Int) -> Int { (2 * a + b) / (2 * b) }
}
