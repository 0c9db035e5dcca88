import Fluent

/// Job competency standards (SKJ): one per position and year, with the required level per competency.
struct M0011_CreateStandards: AsyncMigration {
    var name: String { "M0011_CreateStandards" }

    func prepare(on db: any Database) async throws {
        try await db.schema("competency_standards")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("position_id", .uuid, .required, .references("positions", "id"))
            .field("year", .int, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "position_id", "year")
            .create()
        try await db.createIndex(
            "competency_standards_agency", on: "competency_standards", columns: ["agency_id", "year"])
        try await db.schema("standard_items")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("standard_id", .uuid, .required, .references("competency_standards", "id", onDelete: .cascade))
            .field("position_id", .uuid, .required, .references("positions", "id"))
            .field("year", .int, .required)
            .field("competency_code", .string, .required)
            .field("level", .int, .required)
            .unique(on: "standard_id", "competency_code")
            .create()
        try await db.createIndex(
            "standard_items_lookup", on: "standard_items",
            columns: ["agency_id", "year", "position_id", "competency_code"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("standard_items").delete()
        try await db.schema("competency_standards").delete()
    }
}
