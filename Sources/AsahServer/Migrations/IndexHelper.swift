import Fluent
import SQLKit

/// Fluent's schema builder has no indexes; these go through SQLKit on both databases.
extension Database {
    func createIndex(_ name: String, on table: String, columns: [String], unique: Bool = false) async throws {
        let sql = self.sql
        let builder = sql.create(index: name).on(table)
        if unique { builder.unique() }
        for column in columns { builder.column(column) }
        try await builder.run()
    }
}
