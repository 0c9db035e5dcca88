import Fluent

struct M0001_CreateAgencies: AsyncMigration {
    var name: String { "M0001_CreateAgencies" }

    func prepare(on db: any Database) async throws {
        try await db.schema("agencies")
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("province", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("agencies").delete()
    }
}
