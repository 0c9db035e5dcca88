import AsahCore
import Fluent
import Foundation

/// Per-agency settings stored as JSON by key; an absent key means the regulation's default.
enum AgencySettings {
    enum Key: String {
        case currentLevel = "current_level"
        case gapThresholds = "gap_thresholds"
        case standardDefaults = "standard_defaults"
        case jpTargets = "jp_targets"
        case jpConversion = "jp_conversion"
        /// A plain JSON number, 1–12: the month from which the home page reminds of the JP minimum.
        case jpReminderMonth = "jp_reminder_month"
        /// AsahCore `InnovationJPRule`: JP per member when an innovation project is completed.
        case innovationJP = "innovation_jp"
        /// A plain JSON number of days: how long after it was held a komunitas belajar session may be recorded.
        case knowledgeWindowDays = "knowledge_window_days"
        case activationDays = "activation_days"
        /// AsahCore `PotentialCutoffs`: where the talent 9-box's potential axis turns.
        case talentCutoffs = "talent_cutoffs"
        /// A plain JSON number, 1–12: months after an activity its behaviour survey (L3) falls due.
        case behaviourSurveyMonths = "l3_months"
    }

    static func load<T: Decodable>(_ type: T.Type, _ key: Key, agencyID: UUID, default value: T, on db: any Database)
        async throws -> T
    {
        guard
            let row = try await AgencySetting.query(on: db)
                .filter(\.$agencyID == agencyID).filter(\.$key == key.rawValue).first()
        else { return value }
        return (try? JSONDecoder().decode(T.self, from: Data(row.value.utf8))) ?? value
    }

    static func save<T: Encodable>(_ value: T, _ key: Key, agencyID: UUID, on db: any Database) async throws {
        let json = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        if let row = try await AgencySetting.query(on: db)
            .filter(\.$agencyID == agencyID).filter(\.$key == key.rawValue).first()
        {
            row.value = json
            try await row.save(on: db)
        } else {
            try await AgencySetting(agencyID: agencyID, key: key.rawValue, value: json).create(on: db)
        }
    }

    static func currentLevel(_ agencyID: UUID, on db: any Database) async throws -> CurrentLevelSettings {
        try await load(CurrentLevelSettings.self, .currentLevel, agencyID: agencyID, default: .standard, on: db)
    }

    static func thresholds(_ agencyID: UUID, on db: any Database) async throws -> GapThresholds {
        try await load(GapThresholds.self, .gapThresholds, agencyID: agencyID, default: .standard, on: db)
    }

    static func standardDefaults(_ agencyID: UUID, on db: any Database) async throws -> StandardDefaults {
        try await load(StandardDefaults.self, .standardDefaults, agencyID: agencyID, default: .standard, on: db)
    }

    static func jpTargets(_ agencyID: UUID, on db: any Database) async throws -> JPTargets {
        try await load(JPTargets.self, .jpTargets, agencyID: agencyID, default: .standard, on: db)
    }

    /// The agency's JP conversion table (default: BPS's, see docs/learning-rules.md).
    static func jpConversion(_ agencyID: UUID, on db: any Database) async throws -> JPConversionTable {
        try await load(JPConversionTable.self, .jpConversion, agencyID: agencyID, default: .bpsDefault, on: db)
    }

    static func jpReminder(_ agencyID: UUID, on db: any Database) async throws -> JPReminder {
        JPReminder(
            month: try await load(
                Int.self, .jpReminderMonth, agencyID: agencyID, default: JPReminder.defaultMonth, on: db))
    }

    static func talentCutoffs(_ agencyID: UUID, on db: any Database) async throws -> PotentialCutoffs {
        let cutoffs = try await load(
            PotentialCutoffs.self, .talentCutoffs, agencyID: agencyID, default: .standard, on: db)
        return cutoffs.problem == nil ? cutoffs : .standard
    }

    /// How many days a new activation code works (14 unless the agency sets 1 to 90).
    static func activationDays(_ agencyID: UUID, on db: any Database) async throws -> Int {
        let days = try await load(
            Int.self, .activationDays, agencyID: agencyID, default: ActivationRules.defaultDays, on: db)
        return ActivationRules.allowedDays.contains(days) ? days : ActivationRules.defaultDays
    }

    /// Months after an activity its behaviour survey falls due (3 unless the agency sets 1 to 12).
    static func behaviourSurveyMonths(_ agencyID: UUID, on db: any Database) async throws -> Int {
        let months = try await load(
            Int.self, .behaviourSurveyMonths, agencyID: agencyID, default: BehaviourSurvey.defaultMonths, on: db)
        return BehaviourSurvey.allowedMonths.contains(months) ? months : BehaviourSurvey.defaultMonths
    }
}
