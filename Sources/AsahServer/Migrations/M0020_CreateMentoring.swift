import Fluent

/// Mentorships (a mentor or coach and the employee they guide) and their sessions, each logged by one
/// side and confirmed by the other before it credits JP.
struct M0020_CreateMentoring: AsyncMigration {
    var name: String { "M0020_CreateMentoring" }

    func prepare(on db: any Database) async throws {
        try await db.schema("mentorships")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("mentor_id", .uuid, .required, .references("employees", "id"))
            .field("mentee_id", .uuid, .required, .references("employees", "id"))
            .field("kind", .string, .required)
            .field("goal", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .create()
        try await db.createIndex("mentorships_mentee", on: "mentorships", columns: ["mentee_id"])
        try await db.createIndex("mentorships_mentor", on: "mentorships", columns: ["mentor_id"])
        try await db.schema("mentoring_sessions")
            .id()
            .field("mentorship_id", .uuid, .required, .references("mentorships", "id"))
            .field("held_on", .string, .required)
            .field("minutes", .int, .required)
            .field("topic", .string, .required)
            .field("actions", .string)
            .field("logged_by", .string, .required)
            .field("logged_by_user", .uuid, .references("users", "id"))
            .field("confirmed_at", .datetime)
            .field("confirmed_by_user", .uuid, .references("users", "id"))
            .field("credited_hundredths", .int)
            .field("credit_note", .string)
            .field("created_at", .datetime)
            .create()
        try await db.createIndex(
            "mentoring_sessions_mentorship", on: "mentoring_sessions", columns: ["mentorship_id", "held_on"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("mentoring_sessions").delete()
        try await db.schema("mentorships").delete()
    }
}
