import Fluent

/// Learning taken outside the agency's activities, recorded by the employee with the certificate as
/// proof (kept in the database), and accepted or rejected by a manager.
struct M0019_CreateExternalLearning: AsyncMigration {
    var name: String { "M0019_CreateExternalLearning" }

    func prepare(on db: any Database) async throws {
        try await db.schema("external_learning")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("title", .string, .required)
            .field("jenis_diklat_id", .int, .required)
            .field("provider", .string, .required)
            .field("started_on", .string, .required)
            .field("finished_on", .string, .required)
            .field("international", .bool, .required)
            .field("certificate_no", .string)
            .field("jp_hundredths", .int, .required)
            .field("proof_filename", .string, .required)
            .field("proof_type", .string, .required)
            .field("proof", .data, .required)
            .field("state", .string, .required)
            .field("reason", .string)
            .field("decided_by", .uuid, .references("users", "id"))
            .field("decided_at", .datetime)
            .field("created_at", .datetime)
            .create()
        try await db.createIndex("external_learning_agency", on: "external_learning", columns: ["agency_id", "state"])
        try await db.createIndex("external_learning_employee", on: "external_learning", columns: ["employee_id"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("external_learning").delete()
    }
}
