import Fluent
import SQLKit

/// Yearly totals per employee (compliance per unit, the PNS below the minimum, the home-page
/// reminders) sum `jp_hundredths` over (employee, year). With the amount in the index SQLite answers
/// from the index alone: 0.56 s → 0.21 s for an agency of 50,000 employees and 500,000 lines. It
/// replaces `learning_entries_employee (employee_id, year)`, whose every use it also serves.
struct M0022_IndexLedgerTotals: AsyncMigration {
    var name: String { "M0022_IndexLedgerTotals" }

    func prepare(on db: any Database) async throws {
        try await db.createIndex(
            "learning_entries_totals", on: "learning_entries", columns: ["employee_id", "year", "jp_hundredths"])
        try await db.sql.drop(index: "learning_entries_employee").run()
    }

    func revert(on db: any Database) async throws {
        try await db.createIndex("learning_entries_employee", on: "learning_entries", columns: ["employee_id", "year"])
        try await db.sql.drop(index: "learning_entries_totals").run()
    }
}
