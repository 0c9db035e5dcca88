import AsahCore
import Foundation
import Vapor

/// API shapes of e-learning (keys become snake_case on the wire).
struct CourseSummaryDTO: Content {
    var id: UUID
    var title: String
    var summary: String
    var published: Bool
    var modules: Int
    var lessons: Int
    var maxJp: JP
    var lessonsDone: Int
    var completedOn: String?
}

struct CourseDTO: Content {
    struct Lesson: Content {
        var id: UUID
        var position: Int
        var title: String
        var kind: String
        var minutes: Int
        /// Markdown as written; `html` is the same rendered safely.
        var body: String
        var html: String
        var url: String?
        /// For an uploaded file: where API clients download it (with their bearer token).
        var fileUrl: String?
    }

    /// A quiz question as learners see it: never which option is right.
    struct Question: Content {
        var text: String
        var options: [String]
    }

    struct Module: Content {
        var id: UUID
        var position: Int
        var title: String
        var quizQuestions: Int
        var questions: [Question]
        var passingScore: Int?
        var maxAttempts: Int?
        var lessons: [Lesson]
    }

    var id: UUID
    var title: String
    var summary: String
    var published: Bool
    var maxJp: JP
    var modules: [Module]
}

/// A learner's progress in a course: what `GET …/progress` answers (with the lessons and quizzes) and
/// what recording answers (with `recorded` and `finished_now`).
struct CourseProgressDTO: Content {
    struct Lesson: Content {
        var lessonId: UUID
        var doneOn: String
    }

    struct Quiz: Content {
        var moduleId: UUID
        var bestScore: Int
        var attempts: Int
        var passed: Bool
    }

    var courseId: UUID
    var lessonsDone: Int
    var lessonsTotal: Int
    var quizzesPassed: Int
    var quizzesTotal: Int
    var percent: Int
    var complete: Bool
    var completedOn: String?
    /// All JP the finished course credited (after the day caps).
    var creditedJp: JP?
    var lessons: [Lesson]?
    var quizzes: [Quiz]?
    /// Lessons newly recorded by this request (0 when everything was already known).
    var recorded: Int?
    /// Whether this request finished the course (and posted its JP).
    var finishedNow: Bool?

    init(courseID: UUID, progress p: CourseRules.Progress, mine: CourseQueries.Mine) {
        courseId = courseID
        lessonsDone = p.lessonsDone
        lessonsTotal = p.lessonsTotal
        quizzesPassed = p.quizzesPassed
        quizzesTotal = p.quizzesTotal
        percent = p.percent
        complete = p.isComplete
        completedOn = mine.completedOn
        creditedJp = mine.creditedHundredths.map(JP.init(hundredths:))
        lessons = mine.doneOn.sorted { ($0.value, $0.key.uuidString) < ($1.value, $1.key.uuidString) }
            .map { .init(lessonId: $0.key, doneOn: $0.value) }
        quizzes = mine.attempts.keys.sorted().map {
            .init(
                moduleId: $0, bestScore: mine.bestScore[$0] ?? 0, attempts: mine.attempts[$0] ?? 0,
                passed: mine.passed.contains($0))
        }
    }
}

/// `POST …/progress`: lessons done, each with the day it was studied (today when left out).
struct ProgressBody: Content {
    struct Item: Content {
        var lessonId: UUID
        var doneOn: String?
    }

    var lessons: [Item]
}
