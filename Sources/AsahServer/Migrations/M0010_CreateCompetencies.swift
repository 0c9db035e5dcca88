import Fluent

/// Teknis and pemerintahan competencies of an agency. The national manajerial and sosial kultural
/// dictionary lives in AsahCore; standards and assessments refer to both by code.
struct M0010_CreateCompetencies: AsyncMigration {
    var name: String { "M0010_CreateCompetencies" }

    func prepare(on db: any Database) async throws {
        try await db.schema("competencies")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("group", .string, .required)
            .field("definition", .string, .required)
            .field("level_1", .string, .required)
            .field("level_2", .string, .required)
            .field("level_3", .string, .required)
            .field("level_4", .string, .required)
            .field("level_5", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "agency_id", "code")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("competencies").delete()
    }
}
