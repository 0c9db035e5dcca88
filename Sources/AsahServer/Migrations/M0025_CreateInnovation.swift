import Fluent

/// Innovation projects (proyek inovasi, aksi perubahan), their team (ketua, anggota, mentor, coach)
/// and milestones. Completion credits the members' JP through the ledger (source `innovation`).
struct M0025_CreateInnovation: AsyncMigration {
    var name: String { "M0025_CreateInnovation" }

    func prepare(on db: any Database) async throws {
        try await db.schema("innovation_projects")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("title", .string, .required)
            .field("problem", .string, .required)
            .field("competency_codes", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("status", .string, .required)
            .field("outcome", .string)
            .field("completed_on", .string)
            .field("credited_hundredths", .int)
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await db.createIndex(
            "innovation_projects_agency", on: "innovation_projects", columns: ["agency_id", "starts_on"])
        try await db.schema("innovation_members")
            .id()
            .field("project_id", .uuid, .required, .references("innovation_projects", "id"))
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("role", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "project_id", "employee_id")
            .create()
        try await db.createIndex("innovation_members_employee", on: "innovation_members", columns: ["employee_id"])
        try await db.schema("innovation_milestones")
            .id()
            .field("project_id", .uuid, .required, .references("innovation_projects", "id"))
            .field("title", .string, .required)
            .field("due_on", .string, .required)
            .field("done_on", .string)
            .field("created_at", .datetime)
            .create()
        try await db.createIndex(
            "innovation_milestones_project", on: "innovation_milestones", columns: ["project_id", "due_on"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("innovation_milestones").delete()
        try await db.schema("innovation_members").delete()
        try await db.schema("innovation_projects").delete()
    }
}
