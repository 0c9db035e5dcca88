import Fluent

/// Files attached to an assessment as evidence (a report, a certificate), kept in the database so
/// every app node serves them.
struct M0014_CreateAssessmentEvidence: AsyncMigration {
    var name: String { "M0014_CreateAssessmentEvidence" }

    func prepare(on db: any Database) async throws {
        try await db.schema("assessment_evidence")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("assessment_id", .uuid, .required, .references("assessments", "id"))
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("filename", .string, .required)
            .field("content_type", .string, .required)
            .field("content", .data, .required)
            .field("created_at", .datetime)
            .unique(on: "assessment_id")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("assessment_evidence").delete()
    }
}
