import Fluent

/// A file uploaded for a dry run, kept in the database (not on one node's disk) until it is confirmed.
struct M0008_CreateImportUploads: AsyncMigration {
    var name: String { "M0008_CreateImportUploads" }

    func prepare(on db: any Database) async throws {
        try await db.schema("import_uploads")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("filename", .string, .required)
            .field("content", .data, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("import_uploads").delete()
    }
}
