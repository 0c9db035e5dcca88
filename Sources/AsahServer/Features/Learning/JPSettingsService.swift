import AsahCore
import Fluent
import Vapor

/// The agency's JP targets and reminder month, saved with their audit entry.
enum JPSettingsService {
    static func save(_ t: JPTargets, reminder r: JPReminder, agencyID id: UUID, userID: UUID, on db: any Database)
        async throws
    {
        try await WriteTransaction.run(on: db) { tx in
            try await AgencySettings.save(t, .jpTargets, agencyID: id, on: tx)
            try await AgencySettings.save(r.month, .jpReminderMonth, agencyID: id, on: tx)
            try await AuditEntry(
                agencyID: id, userID: userID, action: "update", entity: "jp_settings", entityID: nil, before: nil,
                after:
                    "pns_minimum=\(t.pnsMinimum.number) pppk_maximum=\(t.pppkMaximum.number) reminder_month=\(r.month)"
            ).create(on: tx)
        }
    }
}
