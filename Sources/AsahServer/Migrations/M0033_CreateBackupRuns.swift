import Fluent
import Foundation

/// Each backup `asah backup` took: when, where to, how large, of which database (the admin status
/// page shows the last one).
struct M0033_CreateBackupRuns: AsyncMigration {
    var name: String { "M0033_CreateBackupRuns" }

    func prepare(on db: any Database) async throws {
        try await db.schema("backup_runs")
            .id()
            .field("taken_at", .datetime, .required)
            .field("file", .string, .required)
            .field("bytes", .int64, .required)
            .field("database", .string, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("backup_runs").delete()
    }
}
