import Fluent

/// Answers to the behaviour survey (L3): per completed place, the participant's (with their report on
/// applying the learning) and their supervisor's (with the observed change), one each.
struct M0044_CreateBehaviourResponses: AsyncMigration {
    var name: String { "M0044_CreateBehaviourResponses" }

    func prepare(on db: any Database) async throws {
        try await db.schema("behaviour_responses")
            .id()
            .field("enrolment_id", .uuid, .required, .references("enrolments", "id"))
            .field("activity_id", .uuid, .required, .references("activities", "id"))
            .field("respondent", .string, .required)
            .field("respondent_employee_id", .uuid, .required, .references("employees", "id"))
            .field("applied", .int, .required)
            .field("change", .int)
            .field("report", .string)
            .field("evidence_url", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "enrolment_id", "respondent")
            .create()
        try await db.createIndex("behaviour_responses_activity", on: "behaviour_responses", columns: ["activity_id"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("behaviour_responses").delete()
    }
}
