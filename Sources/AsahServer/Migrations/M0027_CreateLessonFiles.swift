import Fluent

/// Files uploaded as e-learning lessons to download, kept in the database (like assessment evidence)
/// so every app node serves them; one per lesson.
struct M0027_CreateLessonFiles: AsyncMigration {
    var name: String { "M0027_CreateLessonFiles" }

    func prepare(on db: any Database) async throws {
        try await db.schema("lesson_files")
            .id()
            .field("lesson_id", .uuid, .required, .references("course_lessons", "id"))
            .field("filename", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("content", .data, .required)
            .field("created_at", .datetime)
            .unique(on: "lesson_id")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("lesson_files").delete()
    }
}
