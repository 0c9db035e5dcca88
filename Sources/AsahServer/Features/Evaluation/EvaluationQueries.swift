import AsahCore
import Fluent
import Foundation
import SQLKit

/// Reads for one activity's evaluation: each level's raw facts in a few small queries over the
/// activity's own participants (the rules that combine them are AsahCore's).
enum EvaluationQueries {
    struct Reactions: Decodable, Sendable {
        var respondents: Int
        var material: Double?
        var method: Double?
        var facilitator: Double?
        var facilities: Double?
        var organisation: Double?
    }

    /// L1: how many answered and each aspect's mean.
    static func reactions(activityID: UUID, on db: any Database) async throws -> Reactions {
        try await db.sql.raw(
            """
            SELECT COUNT(*) AS respondents, AVG(CAST(material AS DOUBLE PRECISION)) AS material,
                   AVG(CAST(method AS DOUBLE PRECISION)) AS method,
                   AVG(CAST(facilitator AS DOUBLE PRECISION)) AS facilitator,
                   AVG(CAST(facilities AS DOUBLE PRECISION)) AS facilities,
                   AVG(CAST(organisation AS DOUBLE PRECISION)) AS organisation
            FROM activity_reactions WHERE activity_id = \(bind: activityID)
            """
        ).firstRow(Reactions.self)!
    }

    /// The comments, newest first, without names.
    static func comments(activityID: UUID, limit: Int, on db: any Database) async throws -> [String] {
        struct Row: Decodable { var comment: String }
        return try await db.sql.raw(
            """
            SELECT comment FROM activity_reactions WHERE activity_id = \(bind: activityID) AND comment IS NOT NULL
            ORDER BY created_at DESC, id LIMIT \(literal: limit)
            """
        ).rows(Row.self).map(\.comment)
    }

    struct Counts: Decodable, Sendable {
        /// Holding a seat: enrolled, completed or not completed.
        var participants: Int
        /// Attended at least one session (who may give their reaction).
        var attendees: Int
        var completed: Int
        var firstDay: String?
        var lastDay: String?
    }

    static func counts(activityID: UUID, on db: any Database) async throws -> Counts {
        try await db.sql.raw(
            """
            SELECT
              (SELECT COUNT(*) FROM enrolments n WHERE n.activity_id = \(bind: activityID)
                 AND n.state IN ('enrolled', 'completed', 'not_completed')) AS participants,
              (SELECT COUNT(*) FROM enrolments n WHERE n.activity_id = \(bind: activityID)
                 AND n.state IN ('enrolled', 'completed', 'not_completed')
                 AND EXISTS (SELECT 1 FROM attendance a WHERE a.enrolment_id = n.id)) AS attendees,
              (SELECT COUNT(*) FROM enrolments n WHERE n.activity_id = \(bind: activityID)
                 AND n.state = 'completed') AS completed,
              (SELECT MIN(date) FROM activity_sessions WHERE activity_id = \(bind: activityID)) AS first_day,
              (SELECT MAX(date) FROM activity_sessions WHERE activity_id = \(bind: activityID)) AS last_day
            """
        ).firstRow(Counts.self)!
    }

    struct TestPair: Decodable, Sendable {
        var pre: Int
        var post: Int
    }

    /// L2: each participant's pre-test (their one attempt) and best post-test, when they have both.
    static func testPairs(activityID: UUID, on db: any Database) async throws -> [TestPair] {
        try await db.sql.raw(
            """
            SELECT MIN(t.score) AS pre, n.post_test_score AS post
            FROM enrolments n JOIN test_attempts t ON t.enrolment_id = n.id AND t.kind = 'pre'
            WHERE n.activity_id = \(bind: activityID) AND n.post_test_score IS NOT NULL
            GROUP BY n.id, n.post_test_score
            """
        ).rows(TestPair.self)
    }

    struct Fact: Decodable, Sendable {
        var employeeID: UUID
        var competencyCode: String
        var level: Int
        var source: String
        var assessedOn: String
    }

    /// L4: every assessment of the completed participants in the competencies the activity targets.
    static func facts(activityID: UUID, on db: any Database) async throws -> (pairs: [(UUID, String)], facts: [Fact]) {
        struct Pair: Decodable { var employeeID: UUID; var competencyCode: String }
        let pairs = try await db.sql.raw(
            """
            SELECT n.employee_id, c.competency_code FROM enrolments n
            JOIN activity_competencies c ON c.activity_id = n.activity_id
            WHERE n.activity_id = \(bind: activityID) AND n.state = 'completed'
            """
        ).rows(Pair.self)
        let facts = try await db.sql.raw(
            """
            SELECT x.employee_id, x.competency_code, x.level, x.source, x.assessed_on FROM assessments x
            JOIN enrolments n ON n.employee_id = x.employee_id AND n.activity_id = \(bind: activityID)
              AND n.state = 'completed'
            JOIN activity_competencies c ON c.activity_id = n.activity_id AND c.competency_code = x.competency_code
            """
        ).rows(Fact.self)
        return (pairs.map { ($0.employeeID, $0.competencyCode) }, facts)
    }

    struct Rating: Decodable, Sendable {
        var employeeID: UUID
        var year: Int
        var period: String
        var predikat: String
    }

    /// L4: every rating from the year before the activity's on of those who completed it, and who they are.
    static func ratings(activityID: UUID, year: Int, on db: any Database) async throws
        -> (people: [UUID], ratings: [Rating])
    {
        struct Person: Decodable { var employeeID: UUID }
        let people = try await db.sql.raw(
            "SELECT employee_id FROM enrolments WHERE activity_id = \(bind: activityID) AND state = 'completed'"
        ).rows(Person.self).map(\.employeeID)
        let ratings = try await db.sql.raw(
            """
            SELECT p.employee_id, p.year, p.period, p.predikat FROM performance_ratings p
            JOIN enrolments n ON n.employee_id = p.employee_id AND n.activity_id = \(bind: activityID)
              AND n.state = 'completed'
            WHERE p.year >= \(bind: year - 1)
            """
        ).rows(Rating.self)
        return (people, ratings)
    }
}
