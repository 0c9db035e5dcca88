import AsahCore
import Fluent
import Vapor

/// Learners' pages: the agency's courses, a course outline, a lesson with "Tandai selesai", a module
/// quiz; the offline queue's endpoint; and the learners of a course for managers.
struct CourseLearningController {
    func list(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.listCourses)
        let author = AccessPolicy.canAuthorCourses(agency: agency.id!, user.actor)
        let rows = try await CourseQueries.list(
            agencyID: agency.id!, drafts: author, employeeID: user.actor.employeeID, on: req.db)
        return CourseListPage.render(
            .init(
                chrome: req.chrome("E-learning"), agencyCode: agency.code, agencyName: agency.name, canAuthor: author,
                rows: rows,
                dayCap: CourseRules.dayCap(table: try await AgencySettings.jpConversion(agency.id!, on: req.db))
            )
        ).response()
    }

    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).course(.see)
        let outline = try await CourseQueries.outline(loaded.course, on: req.db)
        let mine =
            try await user.actor.employeeID.asyncMap {
                try await CourseQueries.mine(courseID: loaded.id, employeeID: $0, on: req.db)
            }
            ?? CourseQueries.Mine()
        let agency = try await Agency.find(loaded.course.agencyID, on: req.db)
        return CoursePage.render(
            .init(
                chrome: req.chrome(loaded.course.title), courseID: loaded.id, agencyCode: agency?.code ?? "",
                title: loaded.course.title, summary: loaded.course.summary, published: loaded.course.published,
                modules: try outline.modules.map { m, lessons in
                    .init(
                        id: m.id!, title: m.title,
                        lessons: try lessons.map {
                            .init(
                                id: $0.id!, title: $0.title, kind: try $0.lessonKind, minutes: $0.minutes,
                                doneOn: mine.doneOn[$0.id!])
                        },
                        questions: m.hasQuiz ? m.questions.count : 0, passingScore: m.passingScore,
                        bestScore: mine.bestScore[m.id!],
                        passed: mine.passed.contains(m.id!))
                },
                progress: CourseRules.progress(
                    outline.ruleModules, done: Set(mine.doneOn.keys), passedQuizzes: mine.passed),
                maxJP: CourseRules.maxJP(lessonMinutes: outline.lessons.map(\.minutes)),
                dayCap: CourseRules.dayCap(
                    table: try await AgencySettings.jpConversion(loaded.course.agencyID, on: req.db)),
                completedOn: mine.completedOn,
                credited: mine.creditedHundredths.map(JP.init(hundredths:)), canLearn: loaded.canLearn(user.actor),
                canAuthor: loaded.canAuthor(user.actor)
            )
        ).response()
    }

    func lesson(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).course(.see)
        let lesson = try await Guard(req, user).lesson(of: loaded)
        let outline = try await CourseQueries.outline(loaded.course, on: req.db)
        let all = outline.lessons
        let next = all.firstIndex { $0.id == lesson.id }.flatMap { $0 + 1 < all.count ? all[$0 + 1] : nil }
        let doneOn =
            try await user.actor.employeeID.asyncMap {
                try await CourseQueries.mine(courseID: loaded.id, employeeID: $0, on: req.db).doneOn[lesson.id!]
            } ?? nil
        let module = outline.modules.first { $0.module.id == lesson.moduleID }?.module
        return LessonPage.render(
            .init(
                chrome: req.chrome(lesson.title), courseID: loaded.id, courseTitle: loaded.course.title,
                moduleTitle: module?.title ?? "", lessonID: lesson.id!, title: lesson.title,
                kind: try lesson.lessonKind,
                html: LessonMarkdown.html(lesson.body), url: lesson.url, minutes: lesson.minutes, doneOn: doneOn,
                canLearn: loaded.canLearn(user.actor), canAuthor: loaded.canAuthor(user.actor),
                next: next.map { (SiteURL.lesson(loaded.id, $0.id!), $0.title) }
            )
        ).response()
    }

    /// "Tandai selesai": a plain form POST, back to the lesson.
    func markDone(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).course(.see)
        let me = try Guard(req, user).learner(of: loaded)
        let lesson = try await Guard(req, user).lesson(of: loaded)
        _ = try await CourseProgressService.markDone(
            [.init(lessonID: lesson.id!, on: req.today)], course: loaded.course, employeeID: me, today: req.today,
            on: req.db)
        return req.redirect(to: SiteURL.lesson(loaded.id, lesson.id!) + "?pesan=" + FlashMessage.saved.rawValue)
    }

    /// The offline queue, sent by the page script with the session cookie and the form's CSRF token
    /// (the same body as `POST /api/v1/courses/{id}/progress`).
    func sync(req: Request) async throws -> CourseProgressService.Outcome {
        guard let user = req.signedIn else {
            throw APIError(
                .unauthorized, code: .unauthorized, message: "Masuk kembali untuk mengirim kemajuan belajar.")
        }
        let loaded = try await Guard(req, user).course(.see)
        return try await CourseAPIController.record(req, loaded, user: user)
    }

    // MARK: Quiz

    func quiz(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).course(.see)
        let module = try await Guard(req, user).module(of: loaded)
        return try await quizPage(req, loaded, module, user: user, result: nil, error: nil, status: .ok)
    }

    func submitQuiz(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).course(.see)
        let me = try Guard(req, user).learner(of: loaded)
        let module = try await Guard(req, user).module(of: loaded)
        let form = try req.content.decode([String: String].self)
        let answers = module.questions.indices.map { i in form["j\(i + 1)"].flatMap(Int.init) }
        do {
            let r = try await CourseProgressService.takeQuiz(
                module, course: loaded.course, employeeID: me, answers: answers, today: req.today, on: req.db)
            return try await quizPage(req, loaded, module, user: user, result: r, error: nil, status: .ok)
        } catch let abort as AbortError where abort.status == .conflict {
            return try await quizPage(
                req, loaded, module, user: user, result: nil, error: abort.reason, status: .conflict)
        }
    }

    private func quizPage(
        _ req: Request, _ loaded: LoadedCourse, _ module: CourseModule, user: SignedInUser,
        result: CourseProgressService.QuizResult?, error: String?, status: HTTPResponseStatus
    ) async throws -> Response {
        guard module.hasQuiz, let policy = module.policy else {
            throw RecordKind.quiz.notFound
        }
        let mine =
            try await user.actor.employeeID.asyncMap {
                try await CourseQueries.mine(courseID: loaded.id, employeeID: $0, on: req.db)
            } ?? CourseQueries.Mine()
        let used = mine.attempts[module.id!] ?? 0
        // Learners never see which answer is right.
        let questions = module.questions.map { q in QuizQuestion(q.text, options: q.options.map { QuizOption($0.text) })
        }
        return ModuleQuizPage.render(
            .init(
                chrome: req.chrome("Kuis: \(module.title)"), courseID: loaded.id, moduleID: module.id!,
                moduleTitle: module.title,
                questions: questions, passingScore: policy.passingScore,
                attemptsLeft: policy.maxAttempts.map { max(0, $0 - used) }, bestScore: mine.bestScore[module.id!],
                result: result, error: error
            )
        ).response(status: status)
    }

    // MARK: Managers

    func learners(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).course(.seeLearners)
        let outline = try await CourseQueries.outline(loaded.course, on: req.db)
        return CourseLearnersPage.render(
            .init(
                chrome: req.chrome("Peserta kursus"), courseID: loaded.id, title: loaded.course.title,
                lessons: outline.lessons.count, quizzes: outline.modules.filter { $0.module.hasQuiz }.count,
                learners: try await CourseQueries.learners(courseID: loaded.id, on: req.db)
            )
        ).response()
    }
}

extension Optional {
    func asyncMap<T>(_ f: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await f(value)
    }
}
