import Fluent

/// The JP ledger: one line per piece of learning credited to an employee (a completed activity, a
/// confirmed mentoring session, a finished course, an accepted external record…). Yearly totals and the
/// compliance report are sums over it; `jp_hundredths` keeps them exact.
struct M0016_CreateLearningLedger: AsyncMigration {
    var name: String { "M0016_CreateLearningLedger" }

    func prepare(on db: any Database) async throws {
        try await db.schema("learning_entries")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("year", .int, .required)
            .field("learned_on", .string, .required)
            .field("source", .string, .required)
            .field("source_id", .uuid)
            .field("jenis_diklat_id", .int, .required)
            .field("title", .string, .required)
            .field("minutes", .int)
            .field("jp_hundredths", .int, .required)
            .field("provider", .string)
            .field("certificate_no", .string)
            .field("note", .string)
            .field("created_at", .datetime)
            // One credit per employee for each thing credited (NULL source ids, manual lines, never collide).
            .unique(on: "employee_id", "source", "source_id")
            .create()
        try await db.createIndex(
            "learning_entries_agency_year", on: "learning_entries", columns: ["agency_id", "year", "employee_id"])
        try await db.createIndex(
            "learning_entries_employee", on: "learning_entries", columns: ["employee_id", "year"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("learning_entries").delete()
    }
}
