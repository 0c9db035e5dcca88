import Fluent

struct M0002_CreateUnits: AsyncMigration {
    var name: String { "M0002_CreateUnits" }

    func prepare(on db: any Database) async throws {
        try await db.schema("units")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("parent_id", .uuid, .references("units", "id"))
            .field("name", .string, .required)
            .field("code", .string)
            // Materialized path: "/<root id>/<child id>/…/<own id>/"; a subtree is `path LIKE prefix%`.
            .field("path", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await db.createIndex("units_agency_path", on: "units", columns: ["agency_id", "path"])
        try await db.createIndex("units_parent", on: "units", columns: ["parent_id"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("units").delete()
    }
}
