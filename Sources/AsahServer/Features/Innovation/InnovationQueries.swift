import AsahCore
import Fluent
import SQLKit
import Vapor

/// Reads of innovation projects, shared by the pages and the API.
enum InnovationQueries {
    /// One line of a list: the project, its ketua and how far its milestones are.
    struct ListRow: Decodable, Sendable {
        var id: UUID
        var title: String
        var status: String
        var startsOn: String
        var endsOn: String
        var completedOn: String?
        var ketuaNIP: String?
        var ketuaName: String?
        var members: Int
        var milestones: Int
        var milestonesDone: Int
        /// The viewer's (or the listed employee's) role, when listing one employee's projects.
        var role: String?
    }

    static func list(agencyID: UUID, on db: any Database) async throws -> [ListRow] {
        try await rows(where: "p.agency_id = \(bind: agencyID)", roleOf: nil, on: db)
    }

    /// The projects an employee is in, with their role.
    static func forEmployee(_ employeeID: UUID, on db: any Database) async throws -> [ListRow] {
        try await rows(
            where: "p.id IN (SELECT project_id FROM innovation_members WHERE employee_id = \(bind: employeeID))",
            roleOf: employeeID, on: db)
    }

    private static func rows(where filter: SQLQueryString, roleOf employeeID: UUID?, on db: any Database) async throws
        -> [ListRow]
    {
        let role: SQLQueryString =
            employeeID.map {
                "(SELECT r.role FROM innovation_members r WHERE r.project_id = p.id AND r.employee_id = \(bind: $0))"
            }
            ?? "NULL"
        return try await db.sql.raw(
            """
            SELECT p.id, p.title, p.status, p.starts_on, p.ends_on, p.completed_on, e.nip AS ketua_nip, e.name AS ketua_name,
              (SELECT COUNT(*) FROM innovation_members c WHERE c.project_id = p.id AND c.role IN ('ketua', 'anggota')) AS members,
              (SELECT COUNT(*) FROM innovation_milestones m WHERE m.project_id = p.id) AS milestones,
              (SELECT COUNT(*) FROM innovation_milestones m WHERE m.project_id = p.id AND m.done_on IS NOT NULL) AS milestones_done,
              \(role) AS role
            FROM innovation_projects p
            LEFT JOIN innovation_members k ON k.project_id = p.id AND k.role = 'ketua'
            LEFT JOIN employees e ON e.id = k.employee_id
            WHERE \(filter)
            ORDER BY p.starts_on DESC, p.title
            """
        ).rows(ListRow.self)
    }

    /// The team as the rules see it.
    static func team(projectID: UUID, on db: any Database) async throws -> [TeamMember] {
        try await InnovationMember.query(on: db).filter(\.$projectID == projectID).all().compactMap { m in
            InnovationRole(rawValue: m.role).map { TeamMember(employeeID: m.employeeID, role: $0) }
        }
    }

    struct MemberRow: Decodable, Sendable {
        var employeeID: UUID
        var nip: String
        var name: String
        var unitName: String?
        var role: String
    }

    /// The team with names, in role order (ketua, anggota, mentor, coach), then by name.
    static func members(projectID: UUID, on db: any Database) async throws -> [MemberRow] {
        let rows = try await db.sql.raw(
            """
            SELECT m.employee_id, e.nip, e.name, u.name AS unit_name, m.role
            FROM innovation_members m JOIN innovation_projects p ON p.id = m.project_id
            JOIN employees e ON e.id = m.employee_id LEFT JOIN units u ON u.id = e.unit_id AND u.agency_id = p.agency_id
            WHERE m.project_id = \(bind: projectID)
            """
        ).rows(MemberRow.self)
        let order = Dictionary(uniqueKeysWithValues: InnovationRole.allCases.enumerated().map { ($1.rawValue, $0) })
        return rows.sorted { (order[$0.role] ?? 9, $0.name) < (order[$1.role] ?? 9, $1.name) }
    }

    static func milestones(projectID: UUID, on db: any Database) async throws -> [InnovationMilestone] {
        try await InnovationMilestone.query(on: db).filter(\.$projectID == projectID).sort(\.$dueOn).sort(\.$title)
            .all()
    }

    /// The agency's rule for crediting completed projects.
    static func jpRule(agencyID: UUID, on db: any Database) async throws -> InnovationJPRule {
        try await AgencySettings.load(
            InnovationJPRule.self, .innovationJP, agencyID: agencyID, default: .standard, on: db)
    }
}
