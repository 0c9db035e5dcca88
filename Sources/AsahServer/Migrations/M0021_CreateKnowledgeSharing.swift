import Fluent

/// Knowledge-sharing sessions (komunitas belajar): the host, the topic, and who attended (each with
/// the JP the session gave them).
struct M0021_CreateKnowledgeSharing: AsyncMigration {
    var name: String { "M0021_CreateKnowledgeSharing" }

    func prepare(on db: any Database) async throws {
        try await db.schema("knowledge_sessions")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("host_id", .uuid, .required, .references("employees", "id"))
            .field("topic", .string, .required)
            .field("held_on", .string, .required)
            .field("minutes", .int, .required)
            .field("summary", .string)
            .field("recorded_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .create()
        try await db.createIndex(
            "knowledge_sessions_agency", on: "knowledge_sessions", columns: ["agency_id", "held_on"])
        try await db.schema("knowledge_attendees")
            .id()
            .field("session_id", .uuid, .required, .references("knowledge_sessions", "id"))
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("credited_hundredths", .int, .required)
            .field("credit_note", .string)
            .unique(on: "session_id", "employee_id")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("knowledge_attendees").delete()
        try await db.schema("knowledge_sessions").delete()
    }
}
