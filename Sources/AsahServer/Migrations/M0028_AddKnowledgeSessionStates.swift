import Fluent
import FluentSQL
import SQLKit

/// Komunitas belajar sessions wait for a second party: `state` (pending, confirmed, rejected), who
/// decided and when, and an optional note. Sessions recorded before this change already credited
/// their JP, so they are `confirmed` (decided when they were recorded, by nobody on record); the
/// column's default is `pending`, so a row written without it credits nobody.
struct M0028_AddKnowledgeSessionStates: AsyncMigration {
    var name: String { "M0028_AddKnowledgeSessionStates" }

    func prepare(on db: any Database) async throws {
        // One column per ALTER TABLE: SQLite adds one at a time.
        try await db.schema("knowledge_sessions")
            .field("state", .string, .required, .sql(.default(SQLLiteral.string("pending")))).update()
        try await db.schema("knowledge_sessions").field("decided_by", .uuid).update()
        try await db.schema("knowledge_sessions").field("decided_at", .datetime).update()
        try await db.schema("knowledge_sessions").field("decision_note", .string).update()
        try await db.sql.raw(
            "UPDATE knowledge_sessions SET state = 'confirmed', decided_at = created_at"
        ).run()
        try await db.createIndex("knowledge_sessions_state", on: "knowledge_sessions", columns: ["agency_id", "state"])
    }

    func revert(on db: any Database) async throws {
        try await db.sql.drop(index: "knowledge_sessions_state").run()
        for column in ["decision_note", "decided_at", "decided_by", "state"] {
            try await db.schema("knowledge_sessions").deleteField(.string(column)).update()
        }
    }
}
