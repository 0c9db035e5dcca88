import Fluent

/// Participants' reactions to an activity (evaluasi reaksi, L1): a score 1–5 for each aspect and a
/// comment, one per enrolment. Reports show them without names.
struct M0043_CreateActivityReactions: AsyncMigration {
    var name: String { "M0043_CreateActivityReactions" }

    func prepare(on db: any Database) async throws {
        try await db.schema("activity_reactions")
            .id()
            .field("activity_id", .uuid, .required, .references("activities", "id"))
            .field("enrolment_id", .uuid, .required, .references("enrolments", "id"))
            .field("material", .int, .required)
            .field("method", .int, .required)
            .field("facilitator", .int, .required)
            .field("facilities", .int, .required)
            .field("organisation", .int, .required)
            .field("comment", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "enrolment_id")
            .create()
        try await db.createIndex("activity_reactions_activity", on: "activity_reactions", columns: ["activity_id"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("activity_reactions").delete()
    }
}
