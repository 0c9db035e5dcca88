import AsahCore
import Fluent
import Foundation
import SQLKit

/// What waits for a signed-in person, counted in one statement of small indexed subqueries (plus the
/// approval and komunitas queues, which have their own scoped queries): the badge on every page and
/// the inbox page read the same counts.
enum InboxQueries {
    struct Row: Decodable {
        var mentoring: Int
        var assessments: Int
        var feedback: Int
        var feedbackReplies: Int
        var placements: Int
        var external: Int
        var transfers: Int
        var jp: Int?
        var status: String?
        var employmentState: String?
        /// The agency's day the inbox was last opened.
        var seenOn: String?
    }

    static func counts(_ user: SignedInUser, today: CivilDate, on db: any Database) async throws -> InboxCounts {
        let actor = user.actor
        let me = actor.employeeID
        let manages = actor.agencyID.map { AccessPolicy.isManager(of: $0, actor) } ?? false
        let none = UUID(uuidString: "00000000-0000-0000-0000-000000000000")!
        let e = me ?? none, u = actor.userID, a = actor.agencyID ?? none
        let managerOnly: SQLQueryString = manages ? "" : " AND 1 = 0"
        let row = try await db.sql.raw(
            """
            SELECT
              (SELECT COUNT(*) FROM mentoring_sessions s JOIN mentorships m ON m.id = s.mentorship_id
                WHERE s.confirmed_at IS NULL AND ((m.mentor_id = \(bind: e) AND s.logged_by = 'mentee')
                  OR (m.mentee_id = \(bind: e) AND s.logged_by = 'mentor'))) AS mentoring,
              (SELECT COUNT(*) FROM employees sub
                WHERE sub.supervisor_id = \(bind: e) AND sub.employment_state = 'aktif'
                  AND NOT EXISTS (SELECT 1 FROM assessments x WHERE x.employee_id = sub.id
                    AND x.assessor_id = \(bind: e) AND x.source = 'supervisor'
                    AND x.assessed_on >= \(bind: "\(today.year)-01-01"))) AS assessments,
              ((SELECT COUNT(*) FROM feedback f WHERE f.employee_id = \(bind: e) AND f.read_at IS NULL)
               + (SELECT COUNT(*) FROM feedback f JOIN feedback_replies r ON r.feedback_id = f.id
                WHERE f.employee_id = \(bind: e) AND r.for_employee = \(bind: true) AND r.read_at IS NULL)
              ) AS feedback,
              (SELECT COUNT(*) FROM feedback f JOIN feedback_replies r ON r.feedback_id = f.id
                WHERE f.author_id = \(bind: u) AND r.for_employee = \(bind: false) AND r.read_at IS NULL
              ) AS feedback_replies,
              (SELECT COUNT(*) FROM enrolments en JOIN users me ON me.id = \(bind: u)
                WHERE en.employee_id = \(bind: e)
                  AND ((en.requested_by <> \(bind: u) AND (me.inbox_seen_at IS NULL OR en.requested_at > me.inbox_seen_at))
                    OR (en.decided_by <> \(bind: u) AND (me.inbox_seen_at IS NULL OR en.decided_at > me.inbox_seen_at)))
              ) AS placements,
              (SELECT COUNT(*) FROM external_learning x
                WHERE x.agency_id = \(bind: a) AND x.state = 'submitted'\(managerOnly)) AS external,
              (SELECT COUNT(*) FROM transfers t
                WHERE t.from_agency_id = \(bind: a) AND t.state = 'pending'\(managerOnly)) AS transfers,
              (SELECT CAST(SUM(l.jp_hundredths) AS BIGINT) FROM learning_entries l
                WHERE l.employee_id = \(bind: e) AND l.year = \(bind: today.year)) AS jp,
              (SELECT status FROM employees WHERE id = \(bind: e)) AS status,
              (SELECT employment_state FROM employees WHERE id = \(bind: e)) AS employment_state,
              (SELECT inbox_seen_on FROM users WHERE id = \(bind: u)) AS seen_on
            """
        ).firstRow(Row.self)
        guard let row else { return InboxCounts() }
        var counts: [InboxKind: Int] = [
            .mentoringSessions: row.mentoring, .assessments: row.assessments, .placements: row.placements,
            .feedback: row.feedback, .feedbackReplies: row.feedbackReplies,
            .externalLearning: row.external, .transfers: row.transfers,
        ]
        if let agencyID = actor.agencyID {
            if let scope = AccessPolicy.approvalScope(agency: agencyID, actor) {
                counts[.approvals] = try await ApprovalQueries.count(
                    agencyID: agencyID, scope: scope, excluding: me, on: db)
            }
            if AccessPolicy.knowledgeConfirmationScope(agency: agencyID, actor) != nil {
                counts[.knowledgeSessions] = try await KnowledgeSharingQueries.awaiting(
                    agencyID: agencyID, actor: actor, on: db
                ).count
            }
            if let me {
                let months = try await AgencySettings.behaviourSurveyMonths(agencyID, on: db)
                counts[.behaviourSurveys] = try await BehaviourQueries.due(
                    employeeID: me, window: BehaviourSurvey.dueWindow(today: today, months: months), limit: 100, on: db
                ).count
            }
            // The yearly minimum binds PNS and CPNS in active service (as on the home page).
            if me != nil, let status = row.status, EmployeeStatus(rawValue: status)?.isPPPK == false,
                row.employmentState == EmploymentState.aktif.rawValue
            {
                let minimum = try await AgencySettings.jpTargets(agencyID, on: db).pnsMinimum
                let news = InboxRules.jpReminderIsNew(
                    below: JP(hundredths: row.jp ?? 0) < minimum,
                    reminder: try await AgencySettings.jpReminder(agencyID, on: db), today: today,
                    lastOpened: row.seenOn.flatMap { CivilDate(iso: $0) })
                counts[.jpReminder] = news ? 1 : 0
            }
        }
        return InboxCounts(counts)
    }

    /// The inbox was opened: notices written until `now` are read, and the JP reminder until the month
    /// of `today` (each compared with values of its own clock).
    static func markOpened(userID: UUID, now: Date, today: CivilDate, on db: any Database) async throws {
        try await db.sql.raw(
            "UPDATE users SET inbox_seen_at = \(bind: now), inbox_seen_on = \(bind: today.iso) WHERE id = \(bind: userID)"
        ).run()
    }

    struct Placement: Decodable, Sendable {
        var activityID: UUID
        var title: String
        var state: String
        /// 1 when put forward or decided since the inbox was last opened.
        var isNew: Int
    }

    /// The person's places put forward or decided by someone else, newest first (the notices' detail).
    static func placements(_ user: SignedInUser, limit: Int, on db: any Database) async throws -> [Placement] {
        guard let e = user.actor.employeeID else { return [] }
        let u = user.actor.userID
        return try await db.sql.raw(
            """
            SELECT en.activity_id, a.title, en.state,
                   CASE WHEN (en.requested_by <> \(bind: u) AND (me.inbox_seen_at IS NULL OR en.requested_at > me.inbox_seen_at))
                          OR (en.decided_by <> \(bind: u) AND (me.inbox_seen_at IS NULL OR en.decided_at > me.inbox_seen_at))
                        THEN 1 ELSE 0 END AS is_new
            FROM enrolments en JOIN activities a ON a.id = en.activity_id JOIN users me ON me.id = \(bind: u)
            WHERE en.employee_id = \(bind: e) AND (en.requested_by <> \(bind: u) OR en.decided_by <> \(bind: u))
            ORDER BY COALESCE(en.decided_at, en.requested_at) DESC LIMIT \(literal: limit)
            """
        ).rows(Placement.self)
    }

    struct Subordinate: Decodable, Sendable {
        var nip: String
        var name: String
    }

    /// Direct subordinates in active service not yet given this year's supervisor's assessment.
    static func unassessed(supervisor e: UUID, year: Int, limit: Int, on db: any Database) async throws
        -> [Subordinate]
    {
        try await db.sql.raw(
            """
            SELECT sub.nip, sub.name FROM employees sub
            WHERE sub.supervisor_id = \(bind: e) AND sub.employment_state = 'aktif'
              AND NOT EXISTS (SELECT 1 FROM assessments x WHERE x.employee_id = sub.id AND x.assessor_id = \(bind: e)
                AND x.source = 'supervisor' AND x.assessed_on >= \(bind: "\(year)-01-01"))
            ORDER BY sub.search_name, sub.nip LIMIT \(literal: limit)
            """
        ).rows(Subordinate.self)
    }
}
