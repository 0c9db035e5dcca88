import Fluent

struct M0005_CreateUsers: AsyncMigration {
    var name: String { "M0005_CreateUsers" }

    func prepare(on db: any Database) async throws {
        try await db.schema("users")
            .id()
            .field("username", .string, .required)
            .field("password_hash", .string, .required)
            .field("display_name", .string, .required)
            // Comma-separated Role raw values, e.g. "manager,facilitator".
            .field("roles", .string, .required)
            .field("agency_id", .uuid, .references("agencies", "id"))
            .field("employee_id", .uuid, .references("employees", "id"))
            .field("unit_id", .uuid, .references("units", "id"))
            .field("is_active", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "username")
            .create()
        try await db.createIndex("users_agency", on: "users", columns: ["agency_id"])
        try await db.createIndex("users_employee", on: "users", columns: ["employee_id"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("users").delete()
    }
}
