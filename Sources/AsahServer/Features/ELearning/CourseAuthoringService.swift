import AsahCore
import Fluent
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
        try await db.transaction { tx in
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
        try await db.transaction { tx in
            try await m.save(on: tx)
            try await AuditEntry(
                agencyID: course.agencyID, userID: userID, action: existing == nil ? "create" : "update",
                entity: "course_module", entityID: m.id!.uuidString, before: before,
                after: "\(v.position). \(v.title); \(v.questions.count) soal"
            ).create(on: tx)
        }
        return m
    }

    static func saveLesson(
        _ v: ValidLesson, lesson existing: CourseLesson?, module: CourseModule, course: Course, userID: UUID?,
        on db: any Database
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
        try await db.transaction { tx in
            try await l.save(on: tx)
            try await AuditEntry(
                agencyID: course.agencyID, userID: userID, action: existing == nil ? "create" : "update",
                entity: "course_lesson", entityID: l.id!.uuidString, before: before,
                after: "\(v.position). \(v.title) (\(v.kind.rawValue), \(v.minutes) menit)"
            ).create(on: tx)
        }
        return l
    }
}
