import AsahCore
import Fluent
import Foundation
import SQLKit

/// The behaviour surveys (L3) waiting for someone: their own completed places whose activity ended
/// within the agency's due window, and their direct subordinates', each not yet answered by them.
enum BehaviourQueries {
    struct Due: Decodable, Sendable {
        var enrolmentID: UUID
        var activityID: UUID
        var title: String
        var nip: String
        var name: String
        var respondent: String
        var lastDay: String
        /// For the supervisor: the participant's report, when given.
        var report: String?
        var evidenceUrl: String?
    }

    /// Both sides in one statement: as participant (`n.employee_id = me`) and as supervisor
    /// (`e.supervisor_id = me`); a place counts while its activity's last day lies in the window.
    static func due(
        employeeID me: UUID, window: ClosedRange<CivilDate>, limit: Int? = nil, on db: any Database
    ) async throws -> [Due] {
        let lo = window.lowerBound.iso, hi = window.upperBound.iso
        var query: SQLQueryString = """
            SELECT * FROM (
              SELECT n.id AS enrolment_id, a.id AS activity_id, a.title, e.nip, e.name, 'participant' AS respondent,
                     (SELECT MAX(s.date) FROM activity_sessions s WHERE s.activity_id = n.activity_id) AS last_day,
                     NULL AS report, NULL AS evidence_url
              FROM enrolments n JOIN activities a ON a.id = n.activity_id JOIN employees e ON e.id = n.employee_id
              WHERE n.employee_id = \(bind: me) AND n.state = 'completed'
                AND NOT EXISTS (SELECT 1 FROM behaviour_responses r WHERE r.enrolment_id = n.id
                  AND r.respondent = 'participant')
              UNION ALL
              SELECT n.id, a.id, a.title, e.nip, e.name, 'supervisor',
                     (SELECT MAX(s.date) FROM activity_sessions s WHERE s.activity_id = n.activity_id),
                     p.report, p.evidence_url
              FROM employees e JOIN enrolments n ON n.employee_id = e.id JOIN activities a ON a.id = n.activity_id
              LEFT JOIN behaviour_responses p ON p.enrolment_id = n.id AND p.respondent = 'participant'
              WHERE e.supervisor_id = \(bind: me) AND n.state = 'completed'
                AND NOT EXISTS (SELECT 1 FROM behaviour_responses r WHERE r.enrolment_id = n.id
                  AND r.respondent = 'supervisor')
            ) due WHERE last_day >= \(bind: lo) AND last_day <= \(bind: hi)
            ORDER BY last_day, title, nip, respondent
            """
        if let limit { query += " LIMIT \(literal: limit)" }
        return try await db.sql.raw(query).rows(Due.self)
    }

    struct Summary: Decodable, Sendable {
        var respondent: String
        var answers: Int
        var applied: Double?
        var change: Double?
    }

    /// L3 of one activity: per side, how many answered and the means.
    static func summary(activityID: UUID, on db: any Database) async throws -> [Summary] {
        try await db.sql.raw(
            """
            SELECT respondent, COUNT(*) AS answers, AVG(CAST(applied AS DOUBLE PRECISION)) AS applied,
                   AVG(CAST(change AS DOUBLE PRECISION)) AS change
            FROM behaviour_responses WHERE activity_id = \(bind: activityID) GROUP BY respondent
            """
        ).rows(Summary.self)
    }
}
