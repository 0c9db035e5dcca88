import Fluent

/// Per-agency settings as JSON values by key (current-level rule, gap thresholds, standard defaults).
struct M0013_CreateAgencySettings: AsyncMigration {
    var name: String { "M0013_CreateAgencySettings" }

    func prepare(on db: any Database) async throws {
        try await db.schema("agency_settings")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("key", .string, .required)
            .field("value", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "agency_id", "key")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("agency_settings").delete()
    }
}
