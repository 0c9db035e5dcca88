import AsahCore
import Fluent
import Foundation
import SQLKit

/// Reads of feedback threads (`M0042_CreateFeedback`).
enum FeedbackQueries {
    struct Thread: Decodable, Sendable {
        var id: UUID
        var authorID: UUID
        var authorName: String
        var kind: String
        var competencyCode: String?
        var coreValue: String?
        var body: String
        var createdAt: Date
        var readAt: Date?
        var replies: [Reply] = []

        enum CodingKeys: String, CodingKey {
            case id, authorID, authorName, kind, competencyCode, coreValue, body, createdAt, readAt
        }
    }

    struct Reply: Decodable, Sendable {
        var id: UUID
        var feedbackID: UUID
        var authorID: UUID
        var authorName: String
        var forEmployee: Bool
        var body: String
        var createdAt: Date
        var readAt: Date?
    }

    /// The employee's threads, newest first (at most `limit`), each with its replies in order.
    static func threads(employeeID: UUID, limit: Int = 100, on db: any Database) async throws -> [Thread] {
        var threads = try await db.sql.raw(
            """
            SELECT f.id, f.author_id, u.display_name AS author_name, f.kind, f.competency_code, f.core_value,
                   f.body, f.created_at, f.read_at
            FROM feedback f JOIN users u ON u.id = f.author_id
            WHERE f.employee_id = \(bind: employeeID)
            ORDER BY f.created_at DESC, f.id LIMIT \(literal: limit)
            """
        ).rows(Thread.self)
        guard !threads.isEmpty else { return [] }
        let ids = threads.map(\.id)
        let replies = try await db.sql.raw(
            """
            SELECT r.id, r.feedback_id, r.author_id, u.display_name AS author_name, r.for_employee, r.body,
                   r.created_at, r.read_at
            FROM feedback_replies r JOIN users u ON u.id = r.author_id
            WHERE r.feedback_id IN (\(binds: ids))
            ORDER BY r.created_at, r.id
            """
        ).rows(Reply.self)
        let byThread = Dictionary(grouping: replies, by: \.feedbackID)
        for i in threads.indices { threads[i].replies = byThread[threads[i].id] ?? [] }
        return threads
    }

    /// The thread when it is one of the employee's.
    static func thread(_ id: UUID, employeeID: UUID, on db: any Database) async throws -> Thread? {
        try await threads(employeeID: employeeID, limit: 1_000, on: db).first { $0.id == id }
    }

    /// Opening the employee's threads reads what was written to the reader: as the employee, the
    /// feedback and their leaders' replies; as a thread's author, the employee's replies in it.
    static func markRead(employeeID: UUID, reader user: SignedInUser, now: Date, on db: any Database) async throws {
        if user.actor.employeeID == employeeID {
            try await db.sql.raw(
                """
                UPDATE feedback SET read_at = \(bind: now) WHERE employee_id = \(bind: employeeID) AND read_at IS NULL
                """
            ).run()
            try await db.sql.raw(
                """
                UPDATE feedback_replies SET read_at = \(bind: now)
                WHERE read_at IS NULL AND for_employee = \(bind: true)
                  AND feedback_id IN (SELECT id FROM feedback WHERE employee_id = \(bind: employeeID))
                """
            ).run()
        } else {
            try await db.sql.raw(
                """
                UPDATE feedback_replies SET read_at = \(bind: now)
                WHERE read_at IS NULL AND for_employee = \(bind: false)
                  AND feedback_id IN (SELECT id FROM feedback WHERE employee_id = \(bind: employeeID)
                    AND author_id = \(bind: user.userID))
                """
            ).run()
        }
    }

    struct Unread: Decodable, Sendable {
        var nip: String
        var name: String
        var count: Int
    }

    /// The employees whose threads this author has unread replies in, with how many (the inbox).
    static func unreadReplies(author: UUID, limit: Int, on db: any Database) async throws -> [Unread] {
        try await db.sql.raw(
            """
            SELECT e.nip, e.name, COUNT(*) AS count
            FROM feedback f JOIN feedback_replies r ON r.feedback_id = f.id JOIN employees e ON e.id = f.employee_id
            WHERE f.author_id = \(bind: author) AND r.read_at IS NULL AND r.for_employee = \(bind: false)
            GROUP BY e.nip, e.name, e.search_name ORDER BY e.search_name, e.nip LIMIT \(literal: limit)
            """
        ).rows(Unread.self)
    }
}
