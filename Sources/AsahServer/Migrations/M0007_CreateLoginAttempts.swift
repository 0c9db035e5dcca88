import Fluent

struct M0007_CreateLoginAttempts: AsyncMigration {
    var name: String { "M0007_CreateLoginAttempts" }

    func prepare(on db: any Database) async throws {
        try await db.schema("login_attempts")
            .id()
            .field("username", .string, .required)
            .field("address", .string, .required)
            .field("succeeded", .bool, .required)
            .field("attempted_at", .datetime, .required)
            .create()
        try await db.createIndex(
            "login_attempts_username", on: "login_attempts", columns: ["username", "attempted_at"])
        try await db.createIndex("login_attempts_address", on: "login_attempts", columns: ["address", "attempted_at"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("login_attempts").delete()
    }
}
