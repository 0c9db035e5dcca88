import Fluent
import Foundation

/// A PPPK's contract start (TMT perjanjian kerja, ISO date): the 24 JP maximum counts per contract year
/// from it (`PPPKContractYear`). Unknown: the calendar year stands in.
struct M0034_AddPPPKContractStart: AsyncMigration {
    var name: String { "M0034_AddPPPKContractStart" }

    func prepare(on db: any Database) async throws {
        try await db.schema("employees").field("contract_start", .string).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("employees").deleteField("contract_start").update()
    }
}
