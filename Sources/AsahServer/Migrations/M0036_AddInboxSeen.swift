import Fluent
import Foundation

/// When a person last opened their inbox: notices after it are new (`InboxRules`).
struct M0036_AddInboxSeen: AsyncMigration {
    var name: String { "M0036_AddInboxSeen" }

    func prepare(on db: any Database) async throws {
        try await db.schema("users").field("inbox_seen_at", .datetime).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("users").deleteField("inbox_seen_at").update()
    }
}
