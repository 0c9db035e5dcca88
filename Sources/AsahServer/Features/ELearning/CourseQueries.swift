import AsahCore
import Fluent
import SQLKit
import Vapor

/// Reads of e-learning: a course's outline, a learner's progress, the agency's course list and a
/// course's learners (the last two as SQL aggregations).
enum CourseQueries {
    struct Outline {
        var course: Course
        var modules: [(module: CourseModule, lessons: [CourseLesson])]

        var lessons: [CourseLesson] { modules.flatMap(\.lessons) }
        var ruleModules: [CourseRules.Module] {
            modules.map { .init(id: $0.module.id!, lessonIDs: $0.lessons.map { $0.id! }, hasQuiz: $0.module.hasQuiz) }
        }
        var totalMinutes: Int { lessons.reduce(0) { $0 + $1.minutes } }
    }

    static func outline(_ course: Course, on db: any Database) async throws -> Outline {
        let id = try course.requireID()
        let modules = try await CourseModule.query(on: db).filter(\.$courseID == id).sort(\.$position).sort(\.$title)
            .all()
        let lessons = try await CourseLesson.query(on: db).filter(\.$courseID == id).sort(\.$position).sort(\.$title)
            .all()
        let byModule = Dictionary(grouping: lessons, by: \.moduleID)
        return Outline(course: course, modules: modules.map { ($0, byModule[$0.id!] ?? []) })
    }

    /// One learner's progress in one course.
    struct Mine {
        var doneOn: [UUID: String] = [:]
        var bestScore: [UUID: Int] = [:]
        var attempts: [UUID: Int] = [:]
        var passed: Set<UUID> = []
        var completedOn: String?
        var creditedHundredths: Int?
    }

    static func mine(courseID: UUID, employeeID: UUID, on db: any Database) async throws -> Mine {
        let sql = db.sql
        var m = Mine()
        struct Done: Decodable { var lessonID: UUID; var doneOn: String }
        for r in try await sql.raw(
            "SELECT lesson_id, done_on FROM lesson_completions WHERE employee_id = \(bind: employeeID) AND course_id = \(bind: courseID)"
        ).rows(Done.self) { m.doneOn[r.lessonID] = r.doneOn }
        struct Quiz: Decodable { var moduleID: UUID; var best: Int; var n: Int; var passes: Int }
        for r in try await sql.raw(
            """
            SELECT module_id, MAX(score) AS best, COUNT(*) AS n, SUM(CASE WHEN passed THEN 1 ELSE 0 END) AS passes
            FROM course_quiz_attempts WHERE employee_id = \(bind: employeeID) AND course_id = \(bind: courseID)
            GROUP BY module_id
            """
        ).rows(Quiz.self) {
            m.bestScore[r.moduleID] = r.best
            m.attempts[r.moduleID] = r.n
            if r.passes > 0 { m.passed.insert(r.moduleID) }
        }
        struct Done2: Decodable { var completedOn: String; var creditedHundredths: Int }
        if let c = try await sql.raw(
            "SELECT completed_on, credited_hundredths FROM course_completions WHERE employee_id = \(bind: employeeID) AND course_id = \(bind: courseID)"
        ).firstRow(Done2.self) {
            m.completedOn = c.completedOn
            m.creditedHundredths = c.creditedHundredths
        }
        return m
    }

    struct ListRow: Decodable, Sendable {
        var id: UUID
        var title: String
        var summary: String
        var published: Bool
        var modules: Int
        var lessons: Int
        var minutes: Int
        var done: Int
        var completedOn: String?
    }

    /// The agency's courses with their size and, for a learner, how many lessons they have done.
    static func list(agencyID: UUID, drafts: Bool, employeeID: UUID?, on db: any Database) async throws -> [ListRow] {
        let me = employeeID ?? UUID()
        let published: SQLQueryString = drafts ? "" : "AND c.published = \(bind: true)"
        return try await db.sql.raw(
            """
            SELECT c.id, c.title, c.summary, c.published,
              (SELECT COUNT(*) FROM course_modules m WHERE m.course_id = c.id) AS modules,
              (SELECT COUNT(*) FROM course_lessons l WHERE l.course_id = c.id) AS lessons,
              (SELECT CAST(COALESCE(SUM(l.minutes), 0) AS BIGINT) FROM course_lessons l WHERE l.course_id = c.id) AS minutes,
              (SELECT COUNT(*) FROM lesson_completions d WHERE d.course_id = c.id AND d.employee_id = \(bind: me)) AS done,
              (SELECT k.completed_on FROM course_completions k WHERE k.course_id = c.id AND k.employee_id = \(bind: me)) AS completed_on
            FROM courses c
            WHERE c.agency_id = \(bind: agencyID) \(published)
            ORDER BY c.title
            """
        ).rows(ListRow.self)
    }

    struct Learner: Decodable, Sendable, Content {
        var nip: String
        var name: String
        var lessonsDone: Int
        var quizzesPassed: Int
        var lastActivity: String?
        var completedOn: String?
        var creditedHundredths: Int?
    }

    /// Everyone who has started the course, furthest first.
    static func learners(courseID: UUID, on db: any Database) async throws -> [Learner] {
        try await db.sql.raw(
            """
            SELECT e.nip, e.name, COUNT(d.id) AS lessons_done,
              (SELECT COUNT(DISTINCT a.module_id) FROM course_quiz_attempts a
                 WHERE a.course_id = \(bind: courseID) AND a.employee_id = e.id AND a.passed = \(bind: true)) AS quizzes_passed,
              MAX(d.done_on) AS last_activity, k.completed_on, k.credited_hundredths
            FROM employees e
            JOIN lesson_completions d ON d.employee_id = e.id AND d.course_id = \(bind: courseID)
            LEFT JOIN course_completions k ON k.employee_id = e.id AND k.course_id = \(bind: courseID)
            GROUP BY e.id, e.nip, e.name, k.completed_on, k.credited_hundredths
            ORDER BY COUNT(d.id) DESC, e.name
            LIMIT 500
            """
        ).rows(Learner.self)
    }
}
