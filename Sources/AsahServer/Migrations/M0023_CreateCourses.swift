import Fluent

/// E-learning courses of an agency: ordered modules (each with an optional multiple-choice quiz) and
/// their ordered lessons (Markdown text, a video link or a file link).
struct M0023_CreateCourses: AsyncMigration {
    var name: String { "M0023_CreateCourses" }

    func prepare(on db: any Database) async throws {
        try await db.schema("courses")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("published", .bool, .required)
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await db.createIndex("courses_agency", on: "courses", columns: ["agency_id", "title"])
        try await db.schema("course_modules")
            .id()
            .field("course_id", .uuid, .required, .references("courses", "id"))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("quiz_questions", .string)
            .field("passing_score", .int)
            .field("max_attempts", .int)
            .create()
        try await db.createIndex("course_modules_course", on: "course_modules", columns: ["course_id", "position"])
        try await db.schema("course_lessons")
            .id()
            .field("course_id", .uuid, .required, .references("courses", "id"))
            .field("module_id", .uuid, .required, .references("course_modules", "id"))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("kind", .string, .required)
            .field("body", .string, .required)
            .field("url", .string)
            .field("minutes", .int, .required)
            .create()
        try await db.createIndex("course_lessons_module", on: "course_lessons", columns: ["module_id", "position"])
        try await db.createIndex("course_lessons_course", on: "course_lessons", columns: ["course_id"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("course_lessons").delete()
        try await db.schema("course_modules").delete()
        try await db.schema("courses").delete()
    }
}
