import Fluent

struct M0009_CreateAuditLog: AsyncMigration {
    var name: String { "M0009_CreateAuditLog" }

    func prepare(on db: any Database) async throws {
        try await db.schema("audit_log")
            .id()
            .field("agency_id", .uuid)
            .field("user_id", .uuid)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string)
            .field("before", .string)
            .field("after", .string)
            .field("at", .datetime, .required)
            .create()
        try await db.createIndex("audit_log_agency", on: "audit_log", columns: ["agency_id", "at"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("audit_log").delete()
    }
}
