import Fluent

/// Pre- and post-tests of activities (the questions as JSON, one row per activity and kind) and each
/// participant's attempts.
struct M0018_CreateActivityTests: AsyncMigration {
    var name: String { "M0018_CreateActivityTests" }

    func prepare(on db: any Database) async throws {
        try await db.schema("activity_tests")
            .id()
            .field("activity_id", .uuid, .required, .references("activities", "id"))
            .field("kind", .string, .required)
            .field("questions", .string, .required)
            .field("max_attempts", .int)
            .field("updated_at", .datetime)
            .unique(on: "activity_id", "kind")
            .create()
        try await db.schema("test_attempts")
            .id()
            .field("enrolment_id", .uuid, .required, .references("enrolments", "id"))
            .field("kind", .string, .required)
            .field("score", .int, .required)
            .field("answers", .string, .required)
            .field("taken_at", .datetime, .required)
            .create()
        try await db.createIndex("test_attempts_enrolment", on: "test_attempts", columns: ["enrolment_id", "kind"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("test_attempts").delete()
        try await db.schema("activity_tests").delete()
    }
}
