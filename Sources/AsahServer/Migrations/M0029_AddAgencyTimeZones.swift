import AsahCore
import Fluent
import FluentSQL
import Foundation
import SQLKit

/// Each agency's time zone (WIB, WITA, WIT): its "today" starts at its own midnight. Existing
/// agencies get their province's zone, WIB where the province is not recognised.
struct M0029_AddAgencyTimeZones: AsyncMigration {
    var name: String { "M0029_AddAgencyTimeZones" }

    func prepare(on db: any Database) async throws {
        try await db.schema("agencies")
            .field("time_zone", .string, .required, .sql(.default(SQLLiteral.string("WIB")))).update()
        // One function decides a province's zone (`IndonesianTimeZone.of`), here as for a new agency; a
        // deployment has a handful of agencies, so one UPDATE each.
        struct Row: Decodable { var id: UUID; var province: String }
        for row in try await db.sql.raw("SELECT id, province FROM agencies").rows(Row.self) {
            guard let zone = IndonesianTimeZone.of(province: row.province), zone != .wib else { continue }
            try await db.sql.raw("UPDATE agencies SET time_zone = \(bind: zone.rawValue) WHERE id = \(bind: row.id)")
                .run()
        }
    }

    func revert(on db: any Database) async throws {
        try await db.schema("agencies").deleteField("time_zone").update()
    }
}
