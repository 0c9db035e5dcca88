import Fluent
import SQLKit

/// Continuous feedback (umpan balik berkelanjutan): a leader's message to an employee, optionally tied
/// to a competency (its code in the agency's dictionary, national or the agency's own) or a BerAKHLAK value, and the replies in its thread. `read_at` on feedback is when
/// the employee first opened it; on a reply, when the other side did (`for_employee`: written to the
/// employee by a leader, else written by the employee to the thread's author).
struct M0042_CreateFeedback: AsyncMigration {
    var name: String { "M0042_CreateFeedback" }

    func prepare(on db: any Database) async throws {
        try await db.schema("feedback")
            .id()
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("kind", .string, .required)
            .field("competency_code", .string)
            .field("core_value", .string)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .create()
        try await db.schema("feedback_replies")
            .id()
            .field("feedback_id", .uuid, .required, .references("feedback", "id"))
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("for_employee", .bool, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .create()
        // A thread list per employee, newest first; the inbox's unread counts per employee and author.
        try await db.createIndex("feedback_employee", on: "feedback", columns: ["employee_id", "created_at"])
        try await db.createIndex("feedback_author", on: "feedback", columns: ["author_id"])
        try await db.createIndex(
            "feedback_replies_thread", on: "feedback_replies", columns: ["feedback_id", "created_at"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("feedback_replies").delete()
        try await db.schema("feedback").delete()
    }
}
