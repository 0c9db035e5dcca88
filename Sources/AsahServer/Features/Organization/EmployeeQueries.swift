import AsahCore
import Fluent
import SQLKit
import Vapor

enum EmployeeQueries {
    struct ListRow: Decodable, Sendable {
        var id: UUID
        var agency_id: UUID
        var supervisor_id: UUID?
        var unit_path: String?
        var nip: String
        var gelar_depan: String?
        var name: String
        var gelar_belakang: String?
        var status: String
        var golongan: String?
        var unit_id: UUID?
        var unit_name: String?
        var position_name: String?
    }

    struct Detail: Decodable, Sendable {
        var id: UUID
        var agency_id: UUID
        var agency_code: String
        var agency_name: String
        var nip: String
        var gelar_depan: String?
        var name: String
        var gelar_belakang: String?
        var status: String
        var golongan: String?
        var gender: String
        var birth_date: String
        var email: String?
        var phone: String?
        var unit_id: UUID?
        var unit_name: String?
        var unit_path: String?
        var position_id: UUID?
        var position_name: String?
        var position_kind: String?
        var position_jenjang: String?
        var supervisor_id: UUID?
        var supervisor_nip: String?
        var supervisor_name: String?

        var facts: EmployeeFacts {
            EmployeeFacts(employeeID: id, agencyID: agency_id, unitPath: unit_path, supervisorID: supervisor_id)
        }
    }

    struct ListQuery: Sendable {
        var agencyID: UUID
        var scope: EmployeeListScope
        var search: String?
        var unitPath: String?
        var page: Int
        var per: Int
    }

    /// One page of an employee list and the total that matches.
    static func list(_ q: ListQuery, on db: any Database) async throws -> (rows: [ListRow], total: Int) {
        var filter: SQLQueryString = "WHERE e.agency_id = \(bind: q.agencyID)"
        switch q.scope {
        case .agency: break
        case .unitSubtree(let path): filter += " AND u.path LIKE \(bind: Like.prefix(path)) ESCAPE '!'"
        case .subordinates(let boss): filter += " AND e.supervisor_id = \(bind: boss)"
        }
        if let unitPath = q.unitPath {
            filter += " AND u.path LIKE \(bind: Like.prefix(unitPath)) ESCAPE '!'"
        }
        if let search = q.search?.trimmingCharacters(in: .whitespaces), !search.isEmpty {
            let digits = NIP.normalize(search)
            if !digits.isEmpty, digits.allSatisfy(\.isNumber) {
                filter += " AND e.nip LIKE \(bind: Like.prefix(digits)) ESCAPE '!'"
            } else {
                filter += " AND e.search_name LIKE \(bind: Like.contains(search.lowercased())) ESCAPE '!'"
            }
        }
        let from: SQLQueryString = "FROM employees e LEFT JOIN units u ON u.id = e.unit_id "
        let sql = db.sql
        struct N: Decodable { var n: Int }
        let total = try await sql.raw("SELECT COUNT(*) AS n " + from + filter).first(decoding: N.self)?.n ?? 0
        let offset = Paging(page: q.page, per: q.per, defaultPer: q.per, maxPer: 200).offset
        let rows = try await sql.raw(
            """
            SELECT e.id, e.agency_id, e.supervisor_id, u.path AS unit_path, e.nip, e.gelar_depan, e.name,
                   e.gelar_belakang, e.status, e.golongan, e.unit_id, u.name AS unit_name, p.name AS position_name
            """ + " " + from + "LEFT JOIN positions p ON p.id = e.position_id " + filter
                + " ORDER BY e.search_name, e.nip LIMIT \(literal: q.per) OFFSET \(literal: offset)"
        ).all(decoding: ListRow.self)
        return (rows, total)
    }

    static func detail(nip: String, on db: any Database) async throws -> Detail? {
        try await db.sql.raw(
            """
            SELECT e.id, e.agency_id, a.code AS agency_code, a.name AS agency_name, e.nip, e.gelar_depan, e.name,
                   e.gelar_belakang, e.status, e.golongan, e.gender, e.birth_date, e.email, e.phone,
                   e.unit_id, u.name AS unit_name, u.path AS unit_path,
                   e.position_id, p.name AS position_name, p.kind AS position_kind, p.jenjang AS position_jenjang,
                   e.supervisor_id, s.nip AS supervisor_nip, s.name AS supervisor_name
            FROM employees e
            JOIN agencies a ON a.id = e.agency_id
            LEFT JOIN units u ON u.id = e.unit_id
            LEFT JOIN positions p ON p.id = e.position_id
            LEFT JOIN employees s ON s.id = e.supervisor_id
            WHERE e.nip = \(bind: nip)
            """
        ).first(decoding: Detail.self)
    }

    /// Direct subordinates of one employee (same agency), for the profile page; callers filter
    /// them through the policy with `facts`.
    static func subordinates(of id: UUID, agencyID: UUID, on db: any Database) async throws -> [ListRow] {
        try await db.sql.raw(
            """
            SELECT e.id, e.agency_id, e.supervisor_id, u.path AS unit_path, e.nip, e.gelar_depan, e.name,
                   e.gelar_belakang, e.status, e.golongan, e.unit_id, u.name AS unit_name, p.name AS position_name
            FROM employees e LEFT JOIN units u ON u.id = e.unit_id LEFT JOIN positions p ON p.id = e.position_id
            WHERE e.supervisor_id = \(bind: id) AND e.agency_id = \(bind: agencyID)
            ORDER BY e.search_name, e.nip LIMIT 200
            """
        ).all(decoding: ListRow.self)
    }

    /// The policy facts of the employee with this id, if any.
    static func facts(id: UUID, on db: any Database) async throws -> EmployeeFacts? {
        struct Row: Decodable { var agency_id: UUID; var unit_path: String?; var supervisor_id: UUID? }
        let row = try await db.sql.raw(
            """
            SELECT e.agency_id, u.path AS unit_path, e.supervisor_id FROM employees e
            LEFT JOIN units u ON u.id = e.unit_id WHERE e.id = \(bind: id)
            """
        ).first(decoding: Row.self)
        return row.map {
            EmployeeFacts(
                employeeID: id, agencyID: $0.agency_id, unitPath: $0.unit_path, supervisorID: $0.supervisor_id)
        }
    }
}

extension EmployeeQueries.ListRow {
    var facts: EmployeeFacts {
        EmployeeFacts(employeeID: id, agencyID: agency_id, unitPath: unit_path, supervisorID: supervisor_id)
    }

    var fullName: String { PersonName.full(gelarDepan: gelar_depan, name: name, gelarBelakang: gelar_belakang) }
}

extension EmployeeQueries.Detail {
    var fullName: String { PersonName.full(gelarDepan: gelar_depan, name: name, gelarBelakang: gelar_belakang) }
}
