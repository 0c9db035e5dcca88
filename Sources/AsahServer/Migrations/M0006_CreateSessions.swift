import Fluent

/// Web sessions and API tokens: only a SHA-256 of the secret is stored.
struct M0006_CreateSessions: AsyncMigration {
    var name: String { "M0006_CreateSessions" }

    func prepare(on db: any Database) async throws {
        try await db.schema("user_sessions")
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await db.createIndex("user_sessions_user", on: "user_sessions", columns: ["user_id"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("user_sessions").delete()
    }
}
