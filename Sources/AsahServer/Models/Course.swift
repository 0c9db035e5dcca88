import AsahCore
import Fluent
import Foundation

/// An e-learning course of an agency.
final class Course: Model, @unchecked Sendable {
    static let schema = "courses"

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @Field(key: "published") var published: Bool
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// A module of a course, in `position` order, with its optional quiz.
final class CourseModule: Model, @unchecked Sendable {
    static let schema = "course_modules"

    @ID var id: UUID?
    @Field(key: "course_id") var courseID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    /// `[QuizQuestion]` as JSON; nil when the module has no quiz.
    @OptionalField(key: "quiz_questions") var quizJSON: String?
    @OptionalField(key: "passing_score") var passingScore: Int?
    @OptionalField(key: "max_attempts") var maxAttempts: Int?

    init() {}

    var questions: [QuizQuestion] {
        quizJSON.flatMap { try? JSONDecoder().decode([QuizQuestion].self, from: Data($0.utf8)) } ?? []
    }

    var policy: QuizPolicy? {
        passingScore.map { QuizPolicy(passingScore: $0, maxAttempts: maxAttempts) }
    }

    var hasQuiz: Bool { quizJSON != nil && passingScore != nil }
}

/// A lesson of a module: Markdown text, a video link or a file link.
final class CourseLesson: Model, @unchecked Sendable {
    static let schema = "course_lessons"

    @ID var id: UUID?
    @Field(key: "course_id") var courseID: UUID
    @Field(key: "module_id") var moduleID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    /// `LessonKind`.
    @Field(key: "kind") var kind: String
    /// Markdown (for links and files: an optional introduction).
    @Field(key: "body") var body: String
    @OptionalField(key: "url") var url: String?
    @Field(key: "minutes") var minutes: Int

    init() {}

    var lessonKind: LessonKind { get throws { try LessonKind(stored: kind, column: "kind") } }
}
