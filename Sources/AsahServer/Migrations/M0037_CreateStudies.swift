import Fluent
import Foundation

/// Tugas belajar and izin belajar (`study_records`) and their completed semesters (`study_semesters`),
/// each semester credited to the JP ledger by the conversion table's row A1 or A2.
struct M0037_CreateStudies: AsyncMigration {
    var name: String { "M0037_CreateStudies" }

    func prepare(on db: any Database) async throws {
        try await db.schema("study_records")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("kind", .string, .required)
            .field("institution", .string, .required)
            .field("programme", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("international", .bool, .required)
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .create()
        try await db.createIndex("study_records_employee", on: "study_records", columns: ["employee_id", "starts_on"])
        try await db.schema("study_semesters")
            .id()
            .field("study_id", .uuid, .required, .references("study_records", "id"))
            .field("number", .int, .required)
            .field("finished_on", .string, .required)
            .field("credited_hundredths", .int, .required)
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .unique(on: "study_id", "number")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("study_semesters").delete()
        try await db.schema("study_records").delete()
    }
}
