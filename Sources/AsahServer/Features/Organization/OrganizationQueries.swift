import AsahCore
import Fluent
import SQLKit
import Vapor

/// Reads of agencies and units: SQL aggregations decoded into plain rows.
enum OrganizationQueries {
    struct AgencyRow: Decodable, Sendable {
        var id: UUID
        var code: String
        var name: String
        var kind: String
        var province: String
        var employees: Int
    }

    struct UnitRow: Decodable, Sendable {
        var id: UUID
        var parentID: UUID?
        var name: String
        var code: String?
        var path: String
        var employees: Int
        /// The unit's head as the structure gives it (`Supervision`).
        var headName: String?
    }

    struct StatusCount: Decodable, Sendable {
        var status: String
        var n: Int
    }

    static func agencies(on db: any Database) async throws -> [AgencyRow] {
        try await db.sql.raw(
            """
            SELECT a.id, a.code, a.name, a.kind, a.province,
                   (SELECT COUNT(*) FROM employees e WHERE e.agency_id = a.id) AS employees
            FROM agencies a ORDER BY a.name
            """
        ).rows(AgencyRow.self)
    }

    static func agency(code: String, on db: any Database) async throws -> Agency? {
        try await Agency.query(on: db).filter(\.$code == code).first()
    }

    /// Every unit of an agency with its own employee count, ordered by path (parents first).
    static func units(agencyID: UUID, on db: any Database) async throws -> [UnitRow] {
        try await db.sql.raw(
            """
            SELECT u.id, u.parent_id, u.name, u.code, u.path, h.name AS head_name,
                   (SELECT COUNT(*) FROM employees e WHERE e.unit_id = u.id) AS employees
            FROM units u LEFT JOIN employees h ON h.id = u.head_employee_id
            WHERE u.agency_id = \(bind: agencyID)
            ORDER BY u.name
            """
        ).rows(UnitRow.self)
    }

    static func statusCounts(agencyID: UUID, unitPath: String? = nil, on db: any Database) async throws
        -> [StatusCount]
    {
        var query: SQLQueryString = "SELECT e.status, COUNT(*) AS n FROM employees e "
        if let unitPath {
            query += "JOIN units u ON u.id = e.unit_id WHERE e.agency_id = \(bind: agencyID) "
            query += "AND u.path LIKE \(bind: Like.prefix(unitPath)) ESCAPE '!' "
        } else {
            query += "WHERE e.agency_id = \(bind: agencyID) "
        }
        query += "GROUP BY e.status"
        return try await db.sql.raw(query).rows(StatusCount.self)
    }

    static func count(_ table: String, agencyID: UUID, on db: any Database) async throws -> Int {
        let row = try await db.sql.raw(
            "SELECT COUNT(*) AS n FROM \(ident: table) WHERE agency_id = \(bind: agencyID)"
        ).firstRow(CountRow.self)
        return row?.n ?? 0
    }
}

/// LIKE patterns with the user's text escaped (escape character `!`).
enum Like {
    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "!", with: "!!")
            .replacingOccurrences(of: "%", with: "!%")
            .replacingOccurrences(of: "_", with: "!_")
    }

    static func prefix(_ value: String) -> String { escape(value) + "%" }
    static func contains(_ value: String) -> String { "%" + escape(value) + "%" }
}
