import AsahCore
import Fluent
import Vapor

/// Managers write courses on pages: the course, its modules (with the quiz as text) and lessons.
struct CourseAuthoringController {
    struct CourseForm: Content {
        var title: String?
        var summary: String?
        var published: String?
    }

    func newCourse(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        return CourseFormPages.course(
            .init(
                chrome: req.chrome("Kursus baru"), action: SiteURL.newCourse(agency.code),
                back: SiteURL.courses(agency.code),
                input: CourseInput(), errors: [:]
            )
        ).response()
    }

    func createCourse(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let input = try courseInput(req)
        switch CourseInputRules.validate(input) {
        case .success(let v):
            let c = try await CourseAuthoringService.saveCourse(
                v, course: nil, agencyID: try agency.requireID(), userID: user.userID, on: req.db)
            return req.redirect(to: SiteURL.course(c.id!) + "?pesan=" + FlashMessage.created.rawValue)
        case .failure(let e):
            return CourseFormPages.course(
                .init(
                    chrome: req.chrome("Kursus baru"), action: SiteURL.newCourse(agency.code),
                    back: SiteURL.courses(agency.code),
                    input: input, errors: e.messages
                )
            ).response(status: .unprocessableEntity)
        }
    }

    func editCourse(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).course(.author)
        var input = CourseInput()
        input.title = loaded.course.title
        input.summary = loaded.course.summary
        input.published = loaded.course.published
        return CourseFormPages.course(
            .init(
                chrome: req.chrome("Ubah kursus"), action: SiteURL.editCourse(loaded.id),
                back: SiteURL.course(loaded.id),
                input: input, errors: [:]
            )
        ).response()
    }

    func updateCourse(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).course(.author)
        let input = try courseInput(req)
        switch CourseInputRules.validate(input) {
        case .success(let v):
            _ = try await CourseAuthoringService.saveCourse(
                v, course: loaded.course, agencyID: loaded.course.agencyID, userID: user.userID, on: req.db)
            return req.redirect(to: SiteURL.course(loaded.id) + "?pesan=" + FlashMessage.saved.rawValue)
        case .failure(let e):
            return CourseFormPages.course(
                .init(
                    chrome: req.chrome("Ubah kursus"), action: SiteURL.editCourse(loaded.id),
                    back: SiteURL.course(loaded.id),
                    input: input, errors: e.messages
                )
            ).response(status: .unprocessableEntity)
        }
    }

    private func courseInput(_ req: Request) throws -> CourseInput {
        let f = try req.content.decode(CourseForm.self)
        var i = CourseInput()
        i.title = f.title ?? ""
        i.summary = f.summary ?? ""
        i.published = f.published == "1"
        return i
    }

    // MARK: Modules

    struct ModuleForm: Content {
        var title: String?
        var position: String?
        var quiz: String?
        var passing_score: String?
        var max_attempts: String?
    }

    func module(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).course(.author)
        var input = ModuleInput()
        var action = SiteURL.newModule(loaded.id)
        var title = "Modul baru"
        var deleteAction: String?
        if req.parameters.get("module") != nil {
            let m = try await Guard(req, user).module(of: loaded)
            input.title = m.title
            input.position = String(m.position)
            input.quizText = QuizText.format(m.questions)
            input.passingScore = m.passingScore.map(String.init) ?? ""
            input.maxAttempts = m.maxAttempts.map(String.init) ?? ""
            action = SiteURL.editModule(loaded.id, m.id!)
            deleteAction = SiteURL.deleteModule(loaded.id, m.id!)
            title = "Ubah modul"
        } else {
            input.passingScore = "70"
            input.maxAttempts = "3"
        }
        return CourseFormPages.module(
            .init(
                chrome: req.chrome(title), action: action, courseID: loaded.id, input: input, errors: [:],
                deleteAction: deleteAction)
        ).response()
    }

    func saveModule(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).course(.author)
        let existing = req.parameters.get("module") != nil ? try await Guard(req, user).module(of: loaded) : nil
        let f = try req.content.decode(ModuleForm.self)
        var input = ModuleInput()
        input.title = f.title ?? ""
        input.position = f.position ?? ""
        input.quizText = f.quiz ?? ""
        input.passingScore = f.passing_score ?? ""
        input.maxAttempts = f.max_attempts ?? ""
        let count = try await CourseModule.query(on: req.db).filter(\.$courseID == loaded.id).count()
        switch CourseInputRules.validate(input, defaultPosition: existing?.position ?? count + 1) {
        case .success(let v):
            _ = try await CourseAuthoringService.saveModule(
                v, module: existing, course: loaded.course, userID: user.userID, on: req.db)
            return req.redirect(to: SiteURL.course(loaded.id) + "?pesan=" + FlashMessage.saved.rawValue)
        case .failure(let e):
            let action = existing.map { SiteURL.editModule(loaded.id, $0.id!) } ?? SiteURL.newModule(loaded.id)
            return CourseFormPages.module(
                .init(
                    chrome: req.chrome(existing == nil ? "Modul baru" : "Ubah modul"), action: action,
                    courseID: loaded.id,
                    input: input, errors: e.messages
                )
            ).response(status: .unprocessableEntity)
        }
    }

    // MARK: Lessons

    struct LessonForm: Content {
        var title: String?
        var kind: String?
        var body: String?
        var url: String?
        var minutes: String?
        var position: String?
        var berkas: File?
    }

    /// The module a lesson form belongs to: from the path for a new lesson, from the lesson otherwise.
    func target(_ req: Request, _ user: SignedInUser, _ loaded: LoadedCourse) async throws -> (
        CourseModule, CourseLesson?
    ) {
        if req.parameters.get("lesson") != nil {
            let l = try await Guard(req, user).lesson(of: loaded)
            guard let m = try await CourseModule.find(l.moduleID, on: req.db) else { throw Abort(.notFound) }
            return (m, l)
        }
        return (try await Guard(req, user).module(of: loaded), nil)
    }
}

extension CourseAuthoringController {
    func deleteLesson(req: Request) async throws -> Response {
        try await removal(req) { loaded, user in
            let lesson = try await Guard(req, user).lesson(of: loaded)
            try await CourseAuthoringService.deleteLesson(
                lesson, course: loaded.course, userID: user.userID, on: req.db)
        }
    }

    func deleteModule(req: Request) async throws -> Response {
        try await removal(req) { loaded, user in
            let module = try await Guard(req, user).module(of: loaded)
            try await CourseAuthoringService.deleteModule(
                module, course: loaded.course, userID: user.userID, on: req.db)
        }
    }

    /// A manager's removal inside the course, then back to its outline.
    private func removal(
        _ req: Request, _ remove: (LoadedCourse, SignedInUser) async throws -> Void
    ) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).course(.author)
        try await remove(loaded, user)
        return req.redirect(to: SiteURL.course(loaded.id) + "?pesan=" + FlashMessage.saved.rawValue)
    }
}
