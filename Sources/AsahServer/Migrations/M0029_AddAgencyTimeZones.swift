import AsahCore
import Fluent
import FluentSQL
import SQLKit

/// Each agency's time zone (WIB, WITA, WIT): its "today" starts at its own midnight. Existing
/// agencies get their province's zone, WIB where the province is not recognised.
struct M0029_AddAgencyTimeZones: AsyncMigration {
    var name: String { "M0029_AddAgencyTimeZones" }

    func prepare(on db: any Database) async throws {
        try await db.schema("agencies")
            .field("time_zone", .string, .required, .sql(.default(SQLLiteral.string("WIB")))).update()
        for zone in [IndonesianTimeZone.wita, .wit] {
            try await db.sql.raw(
                """
                UPDATE agencies SET time_zone = \(bind: zone.rawValue)
                WHERE LOWER(province) IN (\(binds: zone.provinces.sorted()))
                """
            ).run()
        }
    }

    func revert(on db: any Database) async throws {
        try await db.schema("agencies").deleteField("time_zone").update()
    }
}
