import AsahCore
import Fluent
import SQLKit
import Vapor

/// Writes of course authoring by managers: a course, a module with its quiz, a lesson; each in one
/// transaction with its audit entry.
enum CourseAuthoringService {
    static func saveCourse(
        _ v: CourseInput, course existing: Course?, agencyID: UUID, userID: UUID?, on db: any Database
    ) async throws -> Course {
        let c = existing ?? Course()
        let before = existing.map { "\($0.title) (\($0.published ? "terbit" : "draf"))" }
        if c.id == nil {
            c.id = IDs.make()
            c.agencyID = agencyID
            c.createdBy = userID
        }
        c.title = v.title
        c.summary = v.summary
        c.published = v.published
        try await WriteTransaction.run(on: db) { tx in
            try await c.save(on: tx)
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: existing == nil ? "create" : "update", entity: "course",
                entityID: c.id!.uuidString, before: before, after: "\(v.title) (\(v.published ? "terbit" : "draf"))"
            ).create(on: tx)
        }
        return c
    }

    static func saveModule(
        _ v: ValidModule, module existing: CourseModule?, course: Course, userID: UUID?, on db: any Database
    ) async throws -> CourseModule {
        let m = existing ?? CourseModule()
        let before = existing.map { "\($0.position). \($0.title); \($0.questions.count) soal" }
        if m.id == nil {
            m.id = IDs.make()
            m.courseID = try course.requireID()
        }
        m.title = v.title
        m.position = v.position
        m.quizJSON = v.questions.isEmpty ? nil : String(decoding: try JSONEncoder().encode(v.questions), as: UTF8.self)
        m.passingScore = v.questions.isEmpty ? nil : v.policy?.passingScore
        m.maxAttempts = v.questions.isEmpty ? nil : v.policy?.maxAttempts
        try await WriteTransaction.run(on: db) { tx in
            try await m.save(on: tx)
            try await AuditEntry(
                agencyID: course.agencyID, userID: userID, action: existing == nil ? "create" : "update",
                entity: "course_module", entityID: m.id!.uuidString, before: before,
                after: "\(v.position). \(v.title); \(v.questions.count) soal"
            ).create(on: tx)
        }
        return m
    }

    /// An uploaded lesson file, checked by `LessonFileRules`.
    struct LessonFileUpload {
        var filename: String
        var contentType: String
        var content: Data
    }

    /// Saves a lesson. A file lesson with an upload keeps the file (replacing an earlier one) and links
    /// to it; a lesson that no longer links to its stored file loses it. One transaction.
    static func saveLesson(
        _ v: ValidLesson, lesson existing: CourseLesson?, module: CourseModule, course: Course, userID: UUID?,
        file: LessonFileUpload? = nil, on db: any Database
    ) async throws -> CourseLesson {
        let l = existing ?? CourseLesson()
        let before = existing.map { "\($0.position). \($0.title) (\($0.kind), \($0.minutes) menit)" }
        if l.id == nil {
            l.id = IDs.make()
            l.courseID = try course.requireID()
            l.moduleID = try module.requireID()
        }
        l.title = v.title
        l.kind = v.kind.rawValue
        l.body = v.body
        l.url = v.url
        l.minutes = v.minutes
        l.position = v.position
        let stored = SiteURL.lessonFile(try course.requireID(), l.id!)
        if file != nil && v.kind == .file { l.url = stored }
        try await WriteTransaction.run(on: db) { tx in
            try await l.save(on: tx)
            let sql = tx.sql
            if let file, v.kind == .file {
                try await sql.raw("DELETE FROM lesson_files WHERE lesson_id = \(bind: l.id!)").run()
                try await sql.raw(
                    """
                    INSERT INTO lesson_files (id, lesson_id, filename, content_type, size, content, created_at)
                    VALUES (\(bind: IDs.make()), \(bind: l.id!), \(bind: file.filename), \(bind: file.contentType),
                            \(bind: file.content.count), \(bind: file.content), \(bind: WriteTime.now))
                    """
                ).run()
            } else if l.url != stored {
                try await sql.raw("DELETE FROM lesson_files WHERE lesson_id = \(bind: l.id!)").run()
            }
            try await AuditEntry(
                agencyID: course.agencyID, userID: userID, action: existing == nil ? "create" : "update",
                entity: "course_lesson", entityID: l.id!.uuidString, before: before,
                after: "\(v.position). \(v.title) (\(v.kind.rawValue), \(v.minutes) menit"
                    + (file.map { ", berkas \($0.filename)" } ?? "") + ")"
            ).create(on: tx)
        }
        return l
    }
}

extension CourseAuthoringService {
    /// A lesson nobody has marked done yet may be removed (a done lesson is part of someone's record).
    static func deleteLesson(_ l: CourseLesson, course: Course, userID: UUID?, on db: any Database) async throws {
        try await WriteTransaction.run(on: db) { tx in
            let done =
                try await tx.sql.raw(
                    "SELECT COUNT(*) AS n FROM lesson_completions WHERE lesson_id = \(bind: l.id!)"
                ).firstRow(CountRow.self)?.n ?? 0
            guard done == 0 else {
                throw Abort(
                    .conflict, reason: "Materi ini sudah ditandai selesai oleh \(done) pegawai dan tidak dapat dihapus."
                )
            }
            try await tx.sql.raw("DELETE FROM lesson_files WHERE lesson_id = \(bind: l.id!)").run()
            try await l.delete(on: tx)
            try await AuditEntry(
                agencyID: course.agencyID, userID: userID, action: "delete", entity: "course_lesson",
                entityID: l.id!.uuidString, before: "\(l.position). \(l.title)", after: nil
            ).create(on: tx)
        }
    }

    /// A module may be removed once it has no lessons and nobody has taken its quiz.
    static func deleteModule(_ m: CourseModule, course: Course, userID: UUID?, on db: any Database) async throws {
        try await WriteTransaction.run(on: db) { tx in
            struct Uses: Decodable { var lessons: Int; var attempts: Int }
            let n = try await tx.sql.raw(
                """
                SELECT (SELECT COUNT(*) FROM course_lessons WHERE module_id = \(bind: m.id!)) AS lessons,
                       (SELECT COUNT(*) FROM course_quiz_attempts WHERE module_id = \(bind: m.id!)) AS attempts
                """
            ).firstRow(Uses.self)
            guard n?.lessons == 0 else { throw Abort(.conflict, reason: "Hapus dulu materi modul ini.") }
            guard n?.attempts == 0 else {
                throw Abort(.conflict, reason: "Kuis modul ini sudah dikerjakan pegawai; modul tidak dapat dihapus.")
            }
            try await m.delete(on: tx)
            try await AuditEntry(
                agencyID: course.agencyID, userID: userID, action: "delete", entity: "course_module",
                entityID: m.id!.uuidString, before: "\(m.position). \(m.title)", after: nil
            ).create(on: tx)
        }
    }
}
