import Fluent
import Foundation
import SQLKit

/// Unit heads and supervisors come from the structure (`SupervisionRules`). A unit may name its head
/// position (`head_position_id`, set by a manager); `head_employee_id` is derived and kept current with
/// every write to the structure, like `employees.supervisor_id` unless a manager chose the supervisor
/// by hand (`supervisor_override`), which no derivation or import touches.
struct M0031_AddSupervisionFromStructure: AsyncMigration {
    var name: String { "M0031_AddSupervisionFromStructure" }

    func prepare(on db: any Database) async throws {
        try await db.schema("units").field("head_position_id", .uuid).update()
        try await db.schema("units").field("head_employee_id", .uuid).update()
        try await db.schema("employees")
            .field("supervisor_override", .bool, .required, .sql(.default(SQLLiteral.boolean(false)))).update()
        try await db.createIndex("units_head_employee", on: "units", columns: ["head_employee_id"])
        // Every supervisor set before this migration was chosen by someone: keep each one as chosen.
        try await db.sql.raw("UPDATE employees SET supervisor_override = \(bind: true) WHERE supervisor_id IS NOT NULL")
            .run()
    }

    func revert(on db: any Database) async throws {
        try await db.sql.drop(index: "units_head_employee").run()
        try await db.schema("employees").deleteField("supervisor_override").update()
        try await db.schema("units").deleteField("head_employee_id").update()
        try await db.schema("units").deleteField("head_position_id").update()
    }
}
