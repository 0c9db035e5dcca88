import AsahCore
import Fluent
import Vapor

/// The course named in the path, with the policy applied: a course the user may not see answers 404
/// like a missing one. Modules and lessons are looked up inside it only.
struct LoadedCourse {
    var course: Course
    var id: UUID { course.id! }

    func canAuthor(_ actor: AsahCore.Actor) -> Bool { AccessPolicy.canAuthorCourses(agency: course.agencyID, actor) }
    func canLearn(_ actor: AsahCore.Actor) -> Bool {
        AccessPolicy.canLearnCourse(agency: course.agencyID, published: course.published, actor)
    }

    static func load(_ req: Request, user: SignedInUser) async throws -> LoadedCourse {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let course = try await Course.find(id, on: req.db),
            AccessPolicy.canSeeCourse(agency: course.agencyID, published: course.published, user.actor)
        else { throw Abort(.notFound, reason: "Kursus tidak ditemukan.") }
        return LoadedCourse(course: course)
    }

    func requireAuthor(_ user: SignedInUser) throws {
        guard canAuthor(user.actor) else { throw Abort(.forbidden, reason: "Kursus disusun oleh pengelola instansi.") }
    }

    func learner(_ user: SignedInUser) throws -> UUID {
        guard canLearn(user.actor), let me = user.actor.employeeID else {
            throw Abort(.forbidden, reason: "Kursus ini dipelajari oleh pegawai instansi setelah diterbitkan.")
        }
        return me
    }

    func module(_ req: Request) async throws -> CourseModule {
        guard let mid = req.parameters.get("module").flatMap(UUID.init(uuidString:)),
            let m = try await CourseModule.find(mid, on: req.db), m.courseID == id
        else { throw Abort(.notFound, reason: "Modul tidak ditemukan.") }
        return m
    }

    func lesson(_ req: Request) async throws -> CourseLesson {
        guard let lid = req.parameters.get("lesson").flatMap(UUID.init(uuidString:)),
            let l = try await CourseLesson.find(lid, on: req.db), l.courseID == id
        else { throw Abort(.notFound, reason: "Materi tidak ditemukan.") }
        return l
    }
}
