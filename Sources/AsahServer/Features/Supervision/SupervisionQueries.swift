import AsahCore
import Fluent
import Foundation
import SQLKit

/// What the "Atasan dan kepala unit" page reads: units and their head status, the people without a
/// supervisor and the supervisors a manager chose by hand. Lists stop at `limit`, counts do not.
enum SupervisionQueries {
    struct Person: Decodable, Sendable {
        var id: UUID
        var nip: String
        var name: String
        var unitName: String?
        var positionName: String?
        var supervisorName: String?
    }

    struct UnitRow: Decodable, Sendable {
        var id: UUID
        var name: String
        var path: String
    }

    struct PositionName: Decodable, Sendable {
        var id: UUID
        var name: String
    }

    static func units(agencyID: UUID, on db: any Database) async throws -> [UnitRow] {
        try await db.sql.raw("SELECT id, name, path FROM units WHERE agency_id = \(bind: agencyID) ORDER BY path")
            .rows(UnitRow.self)
    }

    static func positionNames(agencyID: UUID, on db: any Database) async throws -> [UUID: String] {
        let rows = try await db.sql.raw("SELECT id, name FROM positions WHERE agency_id = \(bind: agencyID)")
            .rows(PositionName.self)
        return Dictionary(rows.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    private static let personColumns: SQLQueryString = """
        SELECT e.id, e.nip, e.name, u.name AS unit_name, p.name AS position_name, s.name AS supervisor_name
        FROM employees e
        LEFT JOIN units u ON u.id = e.unit_id
        LEFT JOIN positions p ON p.id = e.position_id
        LEFT JOIN employees s ON s.id = e.supervisor_id
        """

    /// People of the agency with no supervisor at all, by name.
    static func withoutSupervisor(agencyID: UUID, limit: Int, on db: any Database) async throws
        -> (people: [Person], total: Int)
    {
        let gone = EmploymentState.leftValues
        let filter: SQLQueryString =
            " WHERE e.agency_id = \(bind: agencyID) AND e.supervisor_id IS NULL AND e.employment_state NOT IN (\(binds: gone))"
        return try await list(filter, limit: limit, on: db)
    }

    /// People whose supervisor a manager chose, by name.
    static func chosenByHand(agencyID: UUID, limit: Int, on db: any Database) async throws
        -> (people: [Person], total: Int)
    {
        let gone = EmploymentState.leftValues
        let filter: SQLQueryString =
            " WHERE e.agency_id = \(bind: agencyID) AND e.supervisor_override = \(bind: true) AND e.employment_state NOT IN (\(binds: gone))"
        return try await list(filter, limit: limit, on: db)
    }

    private static func list(_ filter: SQLQueryString, limit: Int, on db: any Database) async throws
        -> (people: [Person], total: Int)
    {
        struct Count: Decodable { var n: Int }
        let sql = db.sql
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM employees e" + filter).firstRow(Count.self)?.n ?? 0
        let people = try await sql.raw(
            personColumns + filter + " ORDER BY e.search_name, e.nip LIMIT \(literal: limit)"
        ).rows(Person.self)
        return (people, total)
    }
}
