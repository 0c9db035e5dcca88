import AsahCore
import Fluent
import Foundation
import SQLKit

/// Requests for a place that wait on a decision, in the order they came, for a manager (the agency)
/// or a unit head (their unit and the units below it). Activities already finished or cancelled are
/// left out: closing cancels their waiting requests.
enum ApprovalQueries {
    struct PlaceRequest: Decodable, Sendable {
        var enrolmentID: UUID
        var activityID: UUID
        var title: String
        var jpHundredths: Int
        var firstDay: String?
        var lastDay: String?
        var name: String
        var nip: String
        var unitName: String?
        var requestedAt: Date
    }

    /// `excluding` is the deciding person's own employee record: nobody decides their own request.
    static func pending(agencyID: UUID, scope: EmployeeListScope, excluding me: UUID?, on db: any Database) async throws
        -> [PlaceRequest]
    {
        try await db.sql.raw(
            """
            SELECT en.id AS enrolment_id, a.id AS activity_id, a.title, a.jp_hundredths,
                   (SELECT MIN(s.date) FROM activity_sessions s WHERE s.activity_id = a.id) AS first_day,
                   (SELECT MAX(s.date) FROM activity_sessions s WHERE s.activity_id = a.id) AS last_day,
                   e.name, e.nip, u.name AS unit_name, en.requested_at
            \(filter(agencyID: agencyID, scope: scope, excluding: me))
            ORDER BY en.requested_at, e.nip LIMIT 500
            """
        ).rows(PlaceRequest.self)
    }

    static func count(agencyID: UUID, scope: EmployeeListScope, excluding me: UUID?, on db: any Database) async throws
        -> Int
    {
        return try await db.sql.raw(
            "SELECT COUNT(*) AS n \(filter(agencyID: agencyID, scope: scope, excluding: me))"
        ).firstRow(CountRow.self)?.n ?? 0
    }

    private static func filter(agencyID: UUID, scope: EmployeeListScope, excluding me: UUID?) -> SQLQueryString {
        var q: SQLQueryString = """
            FROM enrolments en
            JOIN activities a ON a.id = en.activity_id
            JOIN employees e ON e.id = en.employee_id
            LEFT JOIN units u ON u.id = e.unit_id
            WHERE en.agency_id = \(bind: agencyID) AND en.state = \(bind: EnrolmentState.requested.rawValue)
              AND a.status NOT IN (\(binds: [ActivityStatus.finished.rawValue, ActivityStatus.cancelled.rawValue]))
            """
        if let me { q += " AND en.employee_id <> \(bind: me)" }
        switch scope {
        case .agency: break
        case .unitSubtree(let path): q += " AND u.path LIKE \(bind: Like.prefix(path)) ESCAPE '!'"
        case .subordinates(let boss): q += " AND e.supervisor_id = \(bind: boss)"
        }
        return q
    }
}
