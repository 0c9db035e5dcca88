import SQLKit

/// Multi-row INSERTs through SQLKit: imports and generators write hundreds of rows per statement.
enum BulkInsert {
    static func run(
        _ table: String, columns: [String], rows: [[any Encodable & Sendable]], batchSize: Int = 400,
        on sql: any SQLDatabase
    ) async throws {
        var start = 0
        while start < rows.count {
            let end = min(start + batchSize, rows.count)
            let builder = sql.insert(into: table).columns(columns)
            for row in rows[start..<end] { builder.values(row) }
            try await builder.run()
            start = end
        }
    }
}
