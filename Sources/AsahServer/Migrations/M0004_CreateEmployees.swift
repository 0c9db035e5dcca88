import Fluent

struct M0004_CreateEmployees: AsyncMigration {
    var name: String { "M0004_CreateEmployees" }

    func prepare(on db: any Database) async throws {
        try await db.schema("employees")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("nip", .string, .required)
            .field("gelar_depan", .string)
            .field("name", .string, .required)
            .field("gelar_belakang", .string)
            // Lower-cased name, kept for case-insensitive search on both databases.
            .field("search_name", .string, .required)
            .field("status", .string, .required)
            .field("golongan", .string)
            .field("position_id", .uuid, .references("positions", "id"))
            .field("unit_id", .uuid, .references("units", "id"))
            .field("supervisor_id", .uuid, .references("employees", "id"))
            .field("gender", .string, .required)
            .field("birth_date", .string, .required)
            .field("email", .string)
            .field("phone", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "nip")
            .create()
        try await db.createIndex("employees_agency_name", on: "employees", columns: ["agency_id", "search_name"])
        try await db.createIndex("employees_unit", on: "employees", columns: ["unit_id"])
        try await db.createIndex("employees_position", on: "employees", columns: ["position_id"])
        try await db.createIndex("employees_supervisor", on: "employees", columns: ["supervisor_id"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("employees").delete()
    }
}
