import Fluent

/// Every competency assessment ever recorded, and the maintained current level per employee and
/// competency (recomputed in the same transaction as each write, so reports read one row each).
struct M0012_CreateAssessments: AsyncMigration {
    var name: String { "M0012_CreateAssessments" }

    func prepare(on db: any Database) async throws {
        try await db.schema("assessments")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("competency_code", .string, .required)
            .field("level", .int, .required)
            .field("source", .string, .required)
            .field("assessed_on", .string, .required)
            .field("assessor_id", .uuid, .references("employees", "id"))
            .field("recorded_by", .uuid, .references("users", "id"))
            .field("note", .string)
            .field("evidence_url", .string)
            .field("created_at", .datetime)
            .create()
        try await db.createIndex(
            "assessments_employee", on: "assessments", columns: ["employee_id", "competency_code"])
        try await db.createIndex("assessments_agency", on: "assessments", columns: ["agency_id"])
        try await db.schema("current_levels")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("competency_code", .string, .required)
            .field("level", .int, .required)
            .field("source", .string)
            .field("assessed_on", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "employee_id", "competency_code")
            .create()
        try await db.createIndex(
            "current_levels_agency", on: "current_levels", columns: ["agency_id", "competency_code"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("current_levels").delete()
        try await db.schema("assessments").delete()
    }
}
