import Fluent
import Foundation
import SQLKit

/// Each employee's employment state (`EmploymentState`) and the day it began. Everyone is `aktif` with
/// no date until a manager, the API or a SIASN import says otherwise; the JP rate and the gap reports
/// count people in active service (`ServiceYear`).
struct M0032_AddEmploymentStates: AsyncMigration {
    var name: String { "M0032_AddEmploymentStates" }

    func prepare(on db: any Database) async throws {
        try await db.schema("employees")
            .field("employment_state", .string, .required, .sql(.default(SQLLiteral.string("aktif")))).update()
        try await db.schema("employees").field("employment_since", .string).update()
        try await db.createIndex("employees_agency_state", on: "employees", columns: ["agency_id", "employment_state"])
    }

    func revert(on db: any Database) async throws {
        try await db.sql.drop(index: "employees_agency_state").run()
        try await db.schema("employees").deleteField("employment_since").update()
        try await db.schema("employees").deleteField("employment_state").update()
    }
}
