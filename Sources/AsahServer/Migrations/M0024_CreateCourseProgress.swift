import Fluent

/// Learners' progress in e-learning courses: lessons marked done (once each, with the day of study),
/// module quiz attempts, the finished course (once per learner) and its JP per day of study, each
/// day's row being the ledger line's source id.
struct M0024_CreateCourseProgress: AsyncMigration {
    var name: String { "M0024_CreateCourseProgress" }

    func prepare(on db: any Database) async throws {
        try await db.schema("lesson_completions")
            .id()
            .field("lesson_id", .uuid, .required, .references("course_lessons", "id"))
            .field("course_id", .uuid, .required, .references("courses", "id"))
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("done_on", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "lesson_id", "employee_id")
            .create()
        try await db.createIndex(
            "lesson_completions_learner", on: "lesson_completions", columns: ["employee_id", "course_id"])
        try await db.createIndex("lesson_completions_course", on: "lesson_completions", columns: ["course_id"])
        try await db.schema("course_quiz_attempts")
            .id()
            .field("module_id", .uuid, .required, .references("course_modules", "id"))
            .field("course_id", .uuid, .required, .references("courses", "id"))
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("score", .int, .required)
            .field("passed", .bool, .required)
            .field("answers", .string, .required)
            .field("taken_at", .datetime, .required)
            .create()
        try await db.createIndex(
            "course_quiz_attempts_learner", on: "course_quiz_attempts",
            columns: ["employee_id", "course_id", "module_id"])
        try await db.schema("course_completions")
            .id()
            .field("course_id", .uuid, .required, .references("courses", "id"))
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("completed_on", .string, .required)
            .field("credited_hundredths", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "course_id", "employee_id")
            .create()
        try await db.createIndex("course_completions_learner", on: "course_completions", columns: ["employee_id"])
        try await db.schema("course_credit_days")
            .id()
            .field("completion_id", .uuid, .required, .references("course_completions", "id"))
            .field("learned_on", .string, .required)
            .field("minutes", .int, .required)
            .field("credited_hundredths", .int, .required)
            .field("credit_note", .string)
            .unique(on: "completion_id", "learned_on")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("course_credit_days").delete()
        try await db.schema("course_completions").delete()
        try await db.schema("course_quiz_attempts").delete()
        try await db.schema("lesson_completions").delete()
    }
}
