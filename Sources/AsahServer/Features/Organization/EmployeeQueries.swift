import AsahCore
import Fluent
import SQLKit
import Vapor

enum EmployeeQueries {
    struct ListRow: Decodable, Sendable {
        var id: UUID
        var agencyID: UUID
        var supervisorID: UUID?
        var unitPath: String?
        var nip: String
        var gelarDepan: String?
        var name: String
        var gelarBelakang: String?
        var status: String
        var golongan: String?
        var unitID: UUID?
        var unitName: String?
        var positionName: String?
    }

    struct Detail: Decodable, Sendable {
        var id: UUID
        var agencyID: UUID
        var agencyCode: String
        var agencyName: String
        var nip: String
        var gelarDepan: String?
        var name: String
        var gelarBelakang: String?
        var status: String
        var golongan: String?
        var gender: String
        var birthDate: String
        var email: String?
        var phone: String?
        var unitID: UUID?
        var unitName: String?
        var unitPath: String?
        var positionID: UUID?
        var positionName: String?
        var positionKind: String?
        var positionJenjang: String?
        var supervisorID: UUID?
        var supervisorNIP: String?
        var supervisorName: String?
        /// The supervisor was chosen by a manager rather than derived from the structure.
        var supervisorOverride: Bool
        var employmentState: String
        var employmentSince: String?
        var contractStart: String?

        /// The person's service as the yearly JP minimum reads it (`ServiceYear`).
        var service: ServiceFacts {
            let status = EmployeeStatus(rawValue: self.status)
            return ServiceFacts(
                state: EmploymentState(rawValue: employmentState) ?? .aktif,
                since: employmentSince.flatMap(CivilDate.init(iso:)),
                serviceStart: status?.isPPPK == false ? ServiceFacts.serviceStart(nip: nip) : nil)
        }

        var facts: EmployeeFacts {
            EmployeeFacts(employeeID: id, agencyID: agencyID, unitPath: unitPath, supervisorID: supervisorID)
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

    /// One page of an employee list and the total that matches. People who have left (pensiun, berhenti,
    /// meninggal, pindah) are not listed; their own pages stay.
    static func list(_ q: ListQuery, on db: any Database) async throws -> (rows: [ListRow], total: Int) {
        let gone = EmploymentState.leftValues
        var filter: SQLQueryString =
            "WHERE e.agency_id = \(bind: q.agencyID) AND e.employment_state NOT IN (\(binds: gone))"
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
        let total = try await sql.raw("SELECT COUNT(*) AS n " + from + filter).firstRow(CountRow.self)?.n ?? 0
        let offset = Paging(page: q.page, per: q.per, defaultPer: q.per, maxPer: 200).offset
        let rows = try await sql.raw(
            """
            SELECT e.id, e.agency_id, e.supervisor_id, u.path AS unit_path, e.nip, e.gelar_depan, e.name,
                   e.gelar_belakang, e.status, e.golongan, e.unit_id, u.name AS unit_name, p.name AS position_name
            """ + " " + from + "LEFT JOIN positions p ON p.id = e.position_id " + filter
                + " ORDER BY e.search_name, e.nip LIMIT \(literal: q.per) OFFSET \(literal: offset)"
        ).rows(ListRow.self)
        return (rows, total)
    }

    static func detail(nip: String, on db: any Database) async throws -> Detail? {
        try await db.sql.raw(
            """
            SELECT e.id, e.agency_id, a.code AS agency_code, a.name AS agency_name, e.nip, e.gelar_depan, e.name,
                   e.gelar_belakang, e.status, e.golongan, e.gender, e.birth_date, e.email, e.phone,
                   e.unit_id, u.name AS unit_name, u.path AS unit_path,
                   e.position_id, p.name AS position_name, p.kind AS position_kind, p.jenjang AS position_jenjang,
                   e.supervisor_id, s.nip AS supervisor_nip, s.name AS supervisor_name, e.supervisor_override,
                   e.employment_state, e.employment_since, e.contract_start
            FROM employees e
            JOIN agencies a ON a.id = e.agency_id
            LEFT JOIN units u ON u.id = e.unit_id
            LEFT JOIN positions p ON p.id = e.position_id
            LEFT JOIN employees s ON s.id = e.supervisor_id
            WHERE e.nip = \(bind: nip)
            """
        ).firstRow(Detail.self)
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
        ).rows(ListRow.self)
    }

    /// The ids of the agency's employees with these NIPs, by NIP; a NIP of nobody there is absent.
    static func ids(nips: [String], agencyID: UUID, on db: any Database) async throws -> [String: UUID] {
        struct Row: Decodable { var id: UUID; var nip: String }
        var ids: [String: UUID] = [:]
        for start in stride(from: 0, to: nips.count, by: 900) {
            let chunk = Array(nips[start..<min(start + 900, nips.count)])
            for r in try await db.sql.raw(
                "SELECT id, nip FROM employees WHERE agency_id = \(bind: agencyID) AND nip IN (\(binds: chunk))"
            ).rows(Row.self) { ids[r.nip] = r.id }
        }
        return ids
    }

    /// The agency's employees the rows of a file name, and an issue for each row whose NIP is not one of
    /// them (an unknown NIP, or another agency's: the same words, so a file learns nothing of others).
    static func ids(named rows: [(row: Int, nip: String)], agencyID: UUID, on db: any Database) async throws
        -> (ids: [String: UUID], issues: [ImportIssue])
    {
        let ids = try await self.ids(nips: Array(Set(rows.map(\.nip))), agencyID: agencyID, on: db)
        let issues = rows.filter { ids[$0.nip] == nil }.map {
            ImportIssue(row: $0.row, column: "NIP", message: "Tidak ada pegawai dengan NIP ini di instansi.")
        }
        return (ids, issues)
    }

    /// The policy facts of the employee with this id, if any.
    static func facts(id: UUID, on db: any Database) async throws -> EmployeeFacts? {
        struct Row: Decodable { var agencyID: UUID; var unitPath: String?; var supervisorID: UUID? }
        let row = try await db.sql.raw(
            """
            SELECT e.agency_id, u.path AS unit_path, e.supervisor_id FROM employees e
            LEFT JOIN units u ON u.id = e.unit_id WHERE e.id = \(bind: id)
            """
        ).firstRow(Row.self)
        return row.map {
            EmployeeFacts(
                employeeID: id, agencyID: $0.agencyID, unitPath: $0.unitPath, supervisorID: $0.supervisorID)
        }
    }
}

extension EmployeeQueries.ListRow {
    var facts: EmployeeFacts {
        EmployeeFacts(employeeID: id, agencyID: agencyID, unitPath: unitPath, supervisorID: supervisorID)
    }

    var fullName: String { PersonName.full(gelarDepan: gelarDepan, name: name, gelarBelakang: gelarBelakang) }
}

extension EmployeeQueries.Detail {
    var fullName: String { PersonName.full(gelarDepan: gelarDepan, name: name, gelarBelakang: gelarBelakang) }
}
