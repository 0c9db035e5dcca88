import AsahCore
import Fluent
import Foundation
import SQLKit

/// Writes feedback and replies, each with its audit entry (kind and tie, never the text) in one
/// transaction. A message's time is bookkeeping (`WriteTime`): it orders the thread and no rule reads it.
enum FeedbackService {
    /// The input's competency, when the agency's dictionary has it; else the field's error.
    static func checkCompetency(_ input: FeedbackInput, agencyID: UUID, on db: any Database) async throws
        -> FieldErrors?
    {
        guard let code = input.competencyCode else { return nil }
        if try await CompetencyQueries.names(agencyID: agencyID, on: db)[code] != nil { return nil }
        return FieldErrors(["competency": "Kompetensi \(code) tidak ada dalam kamus kompetensi instansi."])
    }

    static func write(
        _ input: FeedbackInput, to e: EmployeeQueries.Detail, author: UUID,
        on db: any Database
    ) async throws -> FeedbackQueries.Thread {
        let id = UUID()
        let now = WriteTime.now
        return try await WriteTransaction.run(on: db) { tx in
            try await tx.sql.raw(
                """
                INSERT INTO feedback (id, employee_id, author_id, kind, competency_code, core_value, body, created_at)
                VALUES (\(bind: id), \(bind: e.id), \(bind: author), \(bind: input.kind.rawValue), \(bind: input.competencyCode),
                        \(bind: input.value?.rawValue), \(bind: input.body), \(bind: now))
                """
            ).run()
            try await AuditEntry(
                agencyID: e.agencyID, userID: author, action: "create", entity: "feedback", entityID: id.uuidString,
                before: nil,
                after: [input.kind.rawValue, input.competencyCode, input.value?.rawValue].compactMap { $0 }.joined(
                    separator: " ")
            ).create(on: tx)
            guard let thread = try await FeedbackQueries.thread(id, employeeID: e.id, on: tx) else {
                throw FluentError.noResults
            }
            return thread
        }
    }

    /// A reply by the employee goes to the thread's author; any other (a leader's) to the employee.
    static func reply(
        _ body: String, in thread: FeedbackQueries.Thread, of e: EmployeeQueries.Detail, author: SignedInUser,
        on db: any Database
    ) async throws -> FeedbackQueries.Reply {
        let id = UUID()
        let now = WriteTime.now
        let forEmployee = author.actor.employeeID != e.id
        try await WriteTransaction.run(on: db) { tx in
            try await tx.sql.raw(
                """
                INSERT INTO feedback_replies (id, feedback_id, author_id, for_employee, body, created_at)
                VALUES (\(bind: id), \(bind: thread.id), \(bind: author.userID), \(bind: forEmployee), \(bind: body),
                        \(bind: now))
                """
            ).run()
            try await AuditEntry(
                agencyID: e.agencyID, userID: author.userID, action: "create", entity: "feedback_reply",
                entityID: id.uuidString, before: nil, after: "reply to \(thread.id.uuidString)"
            ).create(on: tx)
        }
        return FeedbackQueries.Reply(
            id: id, feedbackID: thread.id, authorID: author.userID, authorName: author.displayName,
            forEmployee: forEmployee, body: body, createdAt: now, readAt: nil)
    }
}
