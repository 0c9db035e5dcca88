import Fluent
import SQLKit

/// Reports join employees to their position's standard items; without an index that starts with
/// `position_id` SQLite scanned every item for every employee (8 s for 5,000 employees, `make bench`).
struct M0015_IndexStandardItemsByPosition: AsyncMigration {
    var name: String { "M0015_IndexStandardItemsByPosition" }

    func prepare(on db: any Database) async throws {
        try await db.createIndex(
            "standard_items_position", on: "standard_items",
            columns: ["position_id", "year", "competency_code", "level"])
    }

    func revert(on db: any Database) async throws {
        try await db.sql.drop(index: "standard_items_position").run()
    }
}
