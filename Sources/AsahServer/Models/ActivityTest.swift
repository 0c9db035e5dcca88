import AsahCore
import Fluent
import Foundation

/// The questions of an activity's pre-test or post-test.
final class ActivityTest: Model, @unchecked Sendable {
    static let schema = "activity_tests"

    enum Kind: String, CaseIterable, Sendable {
        case pre, post
        var label: String { self == .pre ? "Pre-test" : "Post-test" }
    }

    @ID var id: UUID?
    @Field(key: "activity_id") var activityID: UUID
    @Field(key: "kind") var kind: String
    /// `[QuizQuestion]` as JSON.
    @Field(key: "questions") var questionsJSON: String
    @OptionalField(key: "max_attempts") var maxAttempts: Int?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var questions: [QuizQuestion] {
        (try? JSONDecoder().decode([QuizQuestion].self, from: Data(questionsJSON.utf8))) ?? []
    }
}

final class TestAttempt: Model, @unchecked Sendable {
    static let schema = "test_attempts"

    @ID var id: UUID?
    @Field(key: "enrolment_id") var enrolmentID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "score") var score: Int
    @Field(key: "answers") var answers: String
    @Field(key: "taken_at") var takenAt: Date

    init() {}
}
