import AsahCore
import Fluent
import Vapor

/// What a route asks of a course. A course is seen by its agency's managers (drafts too) and, once
/// published, by everyone of the agency; to anyone else it does not exist.
enum CourseNeed {
    case see
    /// Writing it, its modules, lessons and quizzes: the agency's managers.
    case author
    /// Learning it (one's own progress): an employee of the agency, once published.
    case learn
    /// Who learns it and how far they are: the agency's managers.
    case seeLearners

    func allows(_ c: Course, _ actor: Actor) -> Bool {
        switch self {
        case .see: return true
        case .author: return AccessPolicy.canAuthorCourses(agency: c.agencyID, actor)
        case .learn: return AccessPolicy.canLearnCourse(agency: c.agencyID, published: c.published, actor)
        case .seeLearners: return AccessPolicy.canSeeCourseLearners(agency: c.agencyID, actor)
        }
    }

    var refusal: String {
        switch self {
        case .see: return ""
        case .author: return "Kursus disusun oleh pengelola instansi."
        case .learn: return "Kursus ini dipelajari oleh pegawai instansi setelah diterbitkan."
        case .seeLearners: return "Kemajuan peserta dilihat oleh pengelola instansi."
        }
    }
}

/// What a route asks of a record of learning taken elsewhere.
enum ExternalLearningNeed {
    /// Its certificate file: whoever may read the employee.
    case readProof
    /// Accept or reject it: a manager of the agency who is not the employee.
    case decide
}

extension Guard {
    /// The course named by `:id` in the path.
    func course(_ need: CourseNeed) async throws -> LoadedCourse {
        let id = try id("id", .course)
        guard let course = try await Course.find(id, on: db) else { throw RecordKind.course.notFound }
        let sees = AccessPolicy.canSeeCourse(agency: course.agencyID, published: course.published, actor)
        try require(Access(sees: sees, may: need.allows(course, actor)), .course, refusal: need.refusal)
        return LoadedCourse(course: course)
    }

    /// The actor as a learner of the course: their employee id, or 403 (`CourseNeed.learn`).
    func learner(of loaded: LoadedCourse) throws -> UUID {
        let may = CourseNeed.learn.allows(loaded.course, actor)
        try require(Access(sees: true, may: may), .course, refusal: CourseNeed.learn.refusal)
        guard let me = actor.employeeID else { throw Abort(.forbidden, reason: CourseNeed.learn.refusal) }
        return me
    }

    /// A module of the course, by `:module`.
    func module(of loaded: LoadedCourse) async throws -> CourseModule {
        try await child(CourseModule.self, "module", .module) { $0.courseID == loaded.id }
    }

    /// A lesson of the course, by `:lesson`.
    func lesson(of loaded: LoadedCourse) async throws -> CourseLesson {
        try await child(CourseLesson.self, "lesson", .lesson) { $0.courseID == loaded.id }
    }

    /// The record of learning taken elsewhere named by `:id`, with its employee's facts.
    func externalLearning(_ need: ExternalLearningNeed) async throws -> (ExternalLearning, EmployeeFacts) {
        let kind: RecordKind = need == .readProof ? .externalProof : .externalLearning
        let id = try id("id", kind)
        guard let record = try await ExternalLearning.find(id, on: db),
            let facts = try await EmployeeQueries.facts(id: record.employeeID, on: db)
        else { throw kind.notFound }
        switch need {
        case .readProof:
            try require(AccessPolicy.employee(facts, may: true, actor), kind, refusal: "")
        case .decide:
            // The queue is the managers': to anyone else of the agency the record does not exist.
            let sees = AccessPolicy.canManage(agency: record.agencyID, actor)
            let may = AccessPolicy.canDecideExternalLearning(of: facts, actor)
            try require(
                Access(sees: sees, may: may), kind, refusal: "Catatan Anda sendiri diperiksa oleh pengelola lain.")
        }
        return (record, facts)
    }
}
