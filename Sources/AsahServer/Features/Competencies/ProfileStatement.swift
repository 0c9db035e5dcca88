import Foundation
import PostgresKit
import SQLiteKit

/// The one-query competency profile, run straight on each driver (the API's hottest path).
/// - PostgreSQL: a prepared statement, planned once per connection instead of on every request
///   (planning the six-table join costs about 0.6 ms, running it 0.05 ms). Connections keep the plan,
///   so the name carries a version: bump it whenever the SQL changes.
/// - SQLite: the same SQL through SQLiteNIO, reading cells directly instead of through SQLKit's decoder.
struct ProfileStatement: PostgresPreparedStatement {
    static let name = "asah_competency_profile_v1"
    static let sql = """
        SELECT \(ProfileQueries.subjectColumns), \(ProfileQueries.itemColumns)
        \(ProfileQueries.subjectJoins)
        LEFT JOIN standard_items si ON si.position_id = e.position_id AND si.year = $2
        \(ProfileQueries.itemJoins)
        WHERE e.nip = $1
        """
    /// SQLite numbers its parameters `?1`, `?2` (its `$name` parameters are numbered by first appearance).
    static let sqliteSQL = sql.replacingOccurrences(of: "$", with: "?")

    typealias Row = Line

    struct Line: Sendable {
        var subject: ProfileQueries.Subject
        var item: ProfileQueries.ItemRow
    }

    var nip: String
    var year: Int

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(nip)
        bindings.append(year)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Line {
        let (id, agencyID, nip, supervisorID, unitPath, positionName) =
            try row.decode((UUID, UUID, String, UUID?, String?, String?).self)
        let cells = Array(row).dropFirst(6)
        func text(_ i: Int) throws -> String? { try cells[cells.startIndex + i].decode(String?.self) }
        func int(_ i: Int) throws -> Int? { try cells[cells.startIndex + i].decode(Int?.self) }
        return Line(
            subject: .init(
                id: id, agencyID: agencyID, nip: nip, supervisorID: supervisorID, unitPath: unitPath,
                positionName: positionName),
            item: .init(
                competencyCode: try text(0), required: try int(1), current: try int(2), source: try text(3),
                assessedOn: try text(4), ownName: try text(5), ownGroup: try text(6), thresholds: try text(7)))
    }

    func run(on db: any PostgresDatabase) async throws -> [Line] {
        try await db.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                var lines: [Line] = []
                for try await line in try await connection.execute(self, logger: connection.logger) {
                    lines.append(line)
                }
                return lines
            }
        }.get()
    }

    func run(on db: any SQLiteDatabase) async throws -> [Line] {
        let rows = try await db.query(Self.sqliteSQL, [.text(nip), .integer(year)])
        return try rows.map { row in
            func text(_ column: String) -> String? { row.column(column).flatMap(String.init(sqliteData:)) }
            func int(_ column: String) -> Int? { row.column(column).flatMap(Int.init(sqliteData:)) }
            // SQLiteKit stores UUIDs as their text (as BulkInsert does).
            func uuid(_ column: String) -> UUID? { text(column).flatMap(UUID.init(uuidString:)) }
            guard let id = uuid("id"), let agencyID = uuid("agency_id"), let nip = text("nip") else {
                throw DecodingError.valueNotFound(
                    UUID.self, .init(codingPath: [], debugDescription: "employee columns"))
            }
            return Line(
                subject: .init(
                    id: id, agencyID: agencyID, nip: nip, supervisorID: uuid("supervisor_id"),
                    unitPath: text("unit_path"), positionName: text("position_name")),
                item: .init(
                    competencyCode: text("competency_code"), required: int("required"), current: int("current"),
                    source: text("source"), assessedOn: text("assessed_on"), ownName: text("own_name"),
                    ownGroup: text("own_group"), thresholds: text("thresholds")))
        }
    }
}
