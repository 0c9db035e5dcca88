import Fluent

struct M0003_CreatePositions: AsyncMigration {
    var name: String { "M0003_CreatePositions" }

    func prepare(on db: any Database) async throws {
        try await db.schema("positions")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("unit_id", .uuid, .references("units", "id"))
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("jenjang", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await db.createIndex("positions_agency", on: "positions", columns: ["agency_id", "name"])
        try await db.createIndex("positions_unit", on: "positions", columns: ["unit_id"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("positions").delete()
    }
}
