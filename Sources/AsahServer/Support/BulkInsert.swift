import FluentSQLiteDriver  // re-exports SQLiteKit and SQLiteNIO
import Foundation
import SQLKit

/// Multi-row INSERTs: imports and generators write hundreds of rows per statement.
/// On SQLite the values go straight to SQLiteNIO (SQLKit's generic encoding was a fifth of a
/// 50,000-row import), encoded exactly as SQLiteKit would (UUID as its text, Date as seconds).
/// PostgreSQL goes through SQLKit. Each test lane covers its own branch.
enum BulkInsert {
    /// One column value of a bulk row: the few types Asah writes in bulk.
    enum Cell: Encodable, Sendable {
        case text(String?)
        case id(UUID?)
        case time(Date)
        case int(Int?)
        case bytes(Data)
        case bool(Bool)

        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .text(let v): if let v { try c.encode(v) } else { try c.encodeNil() }
            case .id(let v): if let v { try c.encode(v) } else { try c.encodeNil() }
            case .time(let v): try c.encode(v)
            case .int(let v): if let v { try c.encode(v) } else { try c.encodeNil() }
            case .bytes(let v): try c.encode(v)
            case .bool(let v): try c.encode(v)
            }
        }

        /// Exactly what SQLiteKit's encoder produces for the same value.
        var sqlite: SQLiteData {
            switch self {
            case .text(let v): return v.map { .text($0) } ?? .null
            case .id(let v): return v.map { .text($0.uuidString) } ?? .null
            case .time(let v): return .float(v.timeIntervalSince1970)
            case .int(let v): return v.map { .integer($0) } ?? .null
            case .bytes(let v): return .blob(ByteBuffer(data: v))
            case .bool(let v): return .integer(v ? 1 : 0)
            }
        }
    }

    static func run(
        _ table: String, columns: [String], rows: [[Cell]], batchSize: Int = 400, on sql: any SQLDatabase
    ) async throws {
        if let lite = sql as? any SQLiteDatabase {
            try await sqlite(table, columns: columns, rows: rows, batchSize: batchSize, on: lite, logger: sql.logger)
            return
        }
        var start = 0
        while start < rows.count {
            let end = min(start + batchSize, rows.count)
            let builder = sql.insert(into: table).columns(columns)
            for row in rows[start..<end] { builder.values(row) }
            try await builder.run()
            start = end
        }
    }

    private static func sqlite(
        _ table: String, columns: [String], rows: [[Cell]], batchSize: Int, on db: any SQLiteDatabase,
        logger: Logger
    ) async throws {
        let head = "INSERT INTO \"\(table)\" (" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES "
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        var start = 0
        while start < rows.count {
            let end = min(start + batchSize, rows.count)
            var binds: [SQLiteData] = []
            binds.reserveCapacity((end - start) * columns.count)
            for row in rows[start..<end] {
                for value in row { binds.append(value.sqlite) }
            }
            let query = head + Array(repeating: tuple, count: end - start).joined(separator: ", ")
            try await db.query(query, binds, logger: logger) { _ in }.get()
            start = end
        }
    }
}
