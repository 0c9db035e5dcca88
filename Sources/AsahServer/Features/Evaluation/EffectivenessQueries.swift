import AsahCore
import Fluent
import Foundation
import SQLKit

/// Reads for the effectiveness report of an agency's year: each one grouped by activity over the
/// year's finished activities (`scope`), so the report is a handful of aggregations, not a pass per
/// activity.
enum EffectivenessQueries {
    static func scope(agencyID: UUID, year: Int) -> SQLQueryString {
        "a.agency_id = \(bind: agencyID) AND a.year = \(bind: year) AND a.status = 'finished'"
    }

    struct Activity: Decodable, Sendable {
        var id: UUID
        /// The id as `CAST(… AS TEXT)` spells it, to match `Pair.activityID`.
        var idText: String
        var title: String
        var jenisDiklatId: Int
        var providerKind: String
        var partnerName: String?
        var costPerParticipant: Int
        var fixedCost: Int
        var jpHundredths: Int
        var firstDay: String?
        var lastDay: String?
        var participants: Int
        var completed: Int
    }

    static func activities(agencyID: UUID, year: Int, on db: any Database) async throws -> [Activity] {
        try await db.sql.raw(
            """
            SELECT a.id, CAST(a.id AS TEXT) AS id_text, a.title, a.jenis_diklat_id, a.provider_kind, p.name AS partner_name, a.cost_per_participant,
                   a.fixed_cost, a.jp_hundredths,
                   (SELECT MIN(s.date) FROM activity_sessions s WHERE s.activity_id = a.id) AS first_day,
                   (SELECT MAX(s.date) FROM activity_sessions s WHERE s.activity_id = a.id) AS last_day,
                   (SELECT COUNT(*) FROM enrolments n WHERE n.activity_id = a.id
                      AND n.state IN ('enrolled', 'completed', 'not_completed')) AS participants,
                   (SELECT COUNT(*) FROM enrolments n WHERE n.activity_id = a.id AND n.state = 'completed') AS completed
            FROM activities a LEFT JOIN partners p ON p.id = a.partner_id
            WHERE \(scope(agencyID: agencyID, year: year))
            ORDER BY a.title, a.id
            """
        ).rows(Activity.self)
    }

    struct Facilitator: Decodable, Sendable {
        var activityID: UUID
        var userID: UUID
        var name: String
    }

    static func facilitators(agencyID: UUID, year: Int, on db: any Database) async throws -> [Facilitator] {
        try await db.sql.raw(
            """
            SELECT f.activity_id, f.user_id, u.display_name AS name
            FROM activity_facilitators f JOIN activities a ON a.id = f.activity_id JOIN users u ON u.id = f.user_id
            WHERE \(scope(agencyID: agencyID, year: year))
            """
        ).rows(Facilitator.self)
    }

    struct Reaction: Decodable, Sendable {
        var activityID: UUID
        var respondents: Int
        var scoreSum: Int
    }

    static func reactions(agencyID: UUID, year: Int, on db: any Database) async throws -> [Reaction] {
        try await db.sql.raw(
            """
            SELECT r.activity_id, COUNT(*) AS respondents,
                   CAST(SUM(r.material + r.method + r.facilitator + r.facilities + r.organisation) AS BIGINT) AS score_sum
            FROM activity_reactions r JOIN activities a ON a.id = r.activity_id
            WHERE \(scope(agencyID: agencyID, year: year)) GROUP BY r.activity_id
            """
        ).rows(Reaction.self)
    }

    struct TestPair: Decodable, Sendable {
        var activityID: UUID
        var pre: Int
        var post: Int
    }

    static func testPairs(agencyID: UUID, year: Int, on db: any Database) async throws -> [TestPair] {
        try await db.sql.raw(
            """
            SELECT n.activity_id, MIN(t.score) AS pre, n.post_test_score AS post
            FROM enrolments n JOIN activities a ON a.id = n.activity_id
            JOIN test_attempts t ON t.enrolment_id = n.id AND t.kind = 'pre'
            WHERE \(scope(agencyID: agencyID, year: year)) AND n.post_test_score IS NOT NULL
            GROUP BY n.id, n.activity_id, n.post_test_score
            """
        ).rows(TestPair.self)
    }

    struct Behaviour: Decodable, Sendable {
        var activityID: UUID
        var respondent: String
        var answers: Int
        var appliedSum: Int
    }

    static func behaviour(agencyID: UUID, year: Int, on db: any Database) async throws -> [Behaviour] {
        try await db.sql.raw(
            """
            SELECT r.activity_id, r.respondent, COUNT(*) AS answers, CAST(SUM(r.applied) AS BIGINT) AS applied_sum
            FROM behaviour_responses r JOIN activities a ON a.id = r.activity_id
            WHERE \(scope(agencyID: agencyID, year: year)) GROUP BY r.activity_id, r.respondent
            """
        ).rows(Behaviour.self)
    }

    /// Ids as text (`CAST … AS TEXT`, the same spelling in both queries): thousands of rows are
    /// matched by these keys, and parsing each into a UUID was most of the report's time.
    struct Pair: Decodable, Sendable {
        var activityID: String
        var employeeID: String
        var competencyCode: String
    }

    struct Fact: Decodable, Sendable {
        var employeeID: String
        var competencyCode: String
        var level: Int
        var source: String
        var assessedOn: String
    }

    /// L4: each completed (participant, targeted competency) pair of the year's activities, and every
    /// assessment of those participants in those competencies.
    static func levelFacts(agencyID: UUID, year: Int, on db: any Database) async throws -> ([Pair], [Fact]) {
        let pairs = try await db.sql.raw(
            """
            SELECT CAST(n.activity_id AS TEXT) AS activity_id, CAST(n.employee_id AS TEXT) AS employee_id,
                   c.competency_code
            FROM enrolments n JOIN activities a ON a.id = n.activity_id
            JOIN activity_competencies c ON c.activity_id = n.activity_id
            WHERE \(scope(agencyID: agencyID, year: year)) AND n.state = 'completed'
            """
        ).rows(Pair.self)
        // Driven by the pairs (a few thousand), each an index lookup into the assessments.
        let facts = try await db.sql.raw(
            """
            SELECT CAST(x.employee_id AS TEXT) AS employee_id, x.competency_code, x.level, x.source, x.assessed_on
            FROM (SELECT DISTINCT n.employee_id, c.competency_code
                  FROM enrolments n JOIN activities a ON a.id = n.activity_id
                  JOIN activity_competencies c ON c.activity_id = n.activity_id
                  WHERE \(scope(agencyID: agencyID, year: year)) AND n.state = 'completed') p
            JOIN assessments x ON x.employee_id = p.employee_id AND x.competency_code = p.competency_code
            """
        ).rows(Fact.self)
        return (pairs, facts)
    }
}
