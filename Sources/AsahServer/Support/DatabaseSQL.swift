import Fluent
import SQLKit

extension Database {
    /// The SQL view of a Fluent database, for queries written in SQL. Both drivers Asah runs on (SQLite,
    /// PostgreSQL) are SQL databases; anything else is a configuration error, stopped here by name
    /// instead of by a force cast at each of a hundred call sites.
    var sql: any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            preconditionFailure("\(type(of: self)) is not an SQL database")
        }
        return sql
    }
}

extension SQLRowDecoder {
    /// How every SQL row becomes a Swift value: columns are snake_case, properties camelCase with
    /// acronyms in capitals (`agency_id` → `agencyID`, `jp_hundredths` → `jpHundredths`,
    /// `evidence_url` → `evidenceURL`). Column aliases in SQL are snake_case too (PostgreSQL lower-cases
    /// unquoted aliases anyway).
    ///
    /// A custom strategy rather than SQLKit's `.convertFromSnakeCase`: that one lower-cases only the first
    /// letter of each word, so it looks for `agency_iD` when a row has `agency_id`.
    static let rows = SQLRowDecoder(
        keyDecodingStrategy: .custom { path in SomeCodingKey(stringValue: columnName(path.last!.stringValue)) })

    /// The column a property reads: a word starts at a capital after a small letter or digit, or at the
    /// last capital of a run followed by a small letter (`URLValue` → `url_value`); words are joined by `_`
    /// and lower-cased.
    static func columnName(_ property: String) -> String {
        let chars = Array(property.utf8)
        guard chars.contains(where: isUpper) else { return property }
        var out: [UInt8] = []
        out.reserveCapacity(chars.count + 4)
        for (i, c) in chars.enumerated() {
            guard isUpper(c) else {
                out.append(c)
                continue
            }
            if i > 0 {
                let afterSmall = !isUpper(chars[i - 1]) && chars[i - 1] != UInt8(ascii: "_")
                let endsAcronym = isUpper(chars[i - 1]) && i + 1 < chars.count && isLower(chars[i + 1])
                if afterSmall || endsAcronym { out.append(UInt8(ascii: "_")) }
            }
            out.append(c + 32)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isUpper(_ c: UInt8) -> Bool { c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") }
    private static func isLower(_ c: UInt8) -> Bool { c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") }
}

extension SQLQueryFetcher {
    /// Every row of the query, each decoded by `SQLRowDecoder.rows` (snake_case columns, camelCase properties).
    func rows<Row: Decodable>(_ type: Row.Type) async throws -> [Row] {
        try await self.all(decoding: type, with: .rows)
    }

    /// The first row of the query (a select is limited to one), decoded by `SQLRowDecoder.rows`.
    func firstRow<Row: Decodable>(_ type: Row.Type) async throws -> Row? {
        try await self.first(decoding: type, with: .rows)
    }
}

/// The one row of a count: `SELECT COUNT(*) AS n …`.
struct CountRow: Decodable, Sendable {
    var n: Int
}
