import AsahCore
import Fluent
import Vapor

/// The agency's competency settings: a changed current-level rule recomputes every current level of the
/// agency in the same transaction.
enum CompetencySettingsService {
    static func save(
        current c: CurrentLevelSettings, thresholds t: GapThresholds, defaults: StandardDefaults,
        before: CurrentLevelSettings, agencyID id: UUID, userID: UUID, today: CivilDate, on db: any Database
    ) async throws {
        try await WriteTransaction.run(on: db) { tx in
            try await AgencySettings.save(c, .currentLevel, agencyID: id, on: tx)
            try await AgencySettings.save(t, .gapThresholds, agencyID: id, on: tx)
            try await AgencySettings.save(defaults, .standardDefaults, agencyID: id, on: tx)
            if c != before {
                try await AssessmentService.recomputeAll(agencyID: id, settings: c, today: today, on: tx.sql)
            }
            try await AuditEntry(
                agencyID: id, userID: userID, action: "update", entity: "competency_settings", entityID: nil,
                before: nil,
                after:
                    "mode=\(c.mode.rawValue) ac_years=\(c.assessmentCenterYears) O=\(t.optimal) CO=\(t.cukupOptimal) MS=\(t.memenuhiSyarat) MMS=\(t.masihMemenuhiSyarat)"
            ).create(on: tx)
        }
    }
}
