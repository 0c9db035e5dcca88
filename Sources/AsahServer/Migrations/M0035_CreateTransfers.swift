import Fluent
import Foundation

/// Mutasi between agencies: the requests (`transfers`), and on each line of a person's history that
/// moves with them the agency it was earned in (`origin_agency_id`; NULL: the agency that holds it).
struct M0035_CreateTransfers: AsyncMigration {
    var name: String { "M0035_CreateTransfers" }

    func prepare(on db: any Database) async throws {
        try await db.schema("transfers")
            .id()
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("nip", .string, .required)
            .field("from_agency_id", .uuid, .required, .references("agencies", "id"))
            .field("to_agency_id", .uuid, .required, .references("agencies", "id"))
            .field("state", .string, .required)
            .field("requested_by", .uuid, .references("users", "id"))
            .field("requested_at", .datetime, .required)
            .field("decided_by", .uuid, .references("users", "id"))
            .field("decided_at", .datetime)
            .field("reason", .string)
            .create()
        try await db.createIndex("transfers_to", on: "transfers", columns: ["to_agency_id", "state"])
        try await db.createIndex("transfers_from", on: "transfers", columns: ["from_agency_id", "state"])
        try await db.createIndex("transfers_employee", on: "transfers", columns: ["employee_id"])
        for table in ["learning_entries", "assessments"] {
            try await db.schema(table).field("origin_agency_id", .uuid).update()
        }
    }

    func revert(on db: any Database) async throws {
        for table in ["learning_entries", "assessments"] {
            try await db.schema(table).deleteField("origin_agency_id").update()
        }
        try await db.schema("transfers").delete()
    }
}
