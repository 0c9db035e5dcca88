import AsahCore
import Fluent
import Vapor

/// JSON API of e-learning: the agency's courses, one course with modules and lessons, the signed-in
/// learner's progress (read, and lessons done: idempotent, also what the offline queue sends), and a
/// course's learners for managers.
struct CourseAPIController {
    func list(req: Request) async throws -> Paged<CourseSummaryDTO> {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.listCourses)
        let rows = try await CourseQueries.list(
            agencyID: agency.id!, drafts: AccessPolicy.canAuthorCourses(agency: agency.id!, user.actor),
            employeeID: user.actor.employeeID, on: req.db)
        let items = rows.map {
            CourseSummaryDTO(
                id: $0.id, title: $0.title, summary: $0.summary, published: $0.published, modules: $0.modules,
                lessons: $0.lessons, maxJp: JP(minutes: $0.minutes), lessonsDone: $0.done, completedOn: $0.completedOn)
        }
        return Paged(items: items, page: 1, per: max(items.count, 1), total: items.count)
    }

    func show(req: Request) async throws -> CourseDTO {
        let user = try req.requireAPIUser()
        let loaded = try await Guard(req, user).course(.see)
        let outline = try await CourseQueries.outline(loaded.course, on: req.db)
        return CourseDTO(
            id: loaded.id, title: loaded.course.title, summary: loaded.course.summary,
            published: loaded.course.published,
            maxJp: CourseRules.maxJP(lessonMinutes: outline.lessons.map(\.minutes)),
            modules: outline.modules.map { m, lessons in
                .init(
                    id: m.id!, position: m.position, title: m.title, quizQuestions: m.hasQuiz ? m.questions.count : 0,
                    questions: m.hasQuiz
                        ? m.questions.map { .init(text: $0.text, options: $0.options.map(\.text)) } : [],
                    passingScore: m.passingScore, maxAttempts: m.maxAttempts,
                    lessons: lessons.map {
                        .init(
                            id: $0.id!, position: $0.position, title: $0.title, kind: $0.kind, minutes: $0.minutes,
                            body: $0.body, html: LessonMarkdown.html($0.body), url: $0.url,
                            fileUrl: $0.url == SiteURL.lessonFile($0.courseID, $0.id!)
                                ? SiteURL.lessonFileAPI($0.courseID, $0.id!) : nil)
                    })
            })
    }

    func progress(req: Request) async throws -> CourseProgressDTO {
        let user = try req.requireAPIUser()
        let loaded = try await Guard(req, user).course(.see)
        let me = try Guard(req, user).learner(of: loaded)
        return try await Self.progress(loaded, employeeID: me, on: req.db)
    }

    static func progress(_ loaded: LoadedCourse, employeeID: UUID, on db: any Database) async throws
        -> CourseProgressDTO
    {
        let outline = try await CourseQueries.outline(loaded.course, on: db)
        let mine = try await CourseQueries.mine(courseID: loaded.id, employeeID: employeeID, on: db)
        let p = CourseRules.progress(outline.ruleModules, done: Set(mine.doneOn.keys), passedQuizzes: mine.passed)
        return CourseProgressDTO(courseID: loaded.id, progress: p, mine: mine)
    }

    func record(req: Request) async throws -> CourseProgressService.Outcome {
        let user = try req.requireAPIUser()
        return try await Self.record(req, try await Guard(req, user).course(.see), user: user)
    }

    /// Shared by the API and the page script's offline queue.
    static func record(_ req: Request, _ loaded: LoadedCourse, user: SignedInUser) async throws
        -> CourseProgressService.Outcome
    {
        let me = try Guard(req, user).learner(of: loaded)
        guard let body = try? req.content.decode(ProgressBody.self) else {
            throw APIError(
                .badRequest, code: .invalid, message: "Kirim {\"lessons\": [{\"lesson_id\", \"done_on\"}]}.")
        }
        guard body.lessons.count <= 500 else {
            throw APIError(
                .unprocessableEntity, code: .invalid, message: "Paling banyak 500 materi sekali kirim.",
                details: [.init(field: "lessons", message: "Paling banyak 500 materi sekali kirim.")])
        }
        var items: [CourseProgressService.Done] = []
        var details: [APIError.Detail] = []
        for (i, item) in body.lessons.enumerated() {
            guard let raw = item.doneOn else {
                items.append(.init(lessonID: item.lessonId, on: req.today))
                continue
            }
            guard let on = CivilDate(iso: raw) else {
                details.append(
                    .init(row: i + 1, field: "done_on", message: "Tanggal belajar harus berbentuk YYYY-MM-DD."))
                continue
            }
            items.append(.init(lessonID: item.lessonId, on: on))
        }
        guard details.isEmpty else {
            throw APIError(
                .unprocessableEntity, code: .invalid, message: "Kemajuan belajar tidak disimpan.",
                details: details)
        }
        return try await CourseProgressService.markDone(
            items, course: loaded.course, employeeID: me, today: req.today, on: req.db)
    }

    struct AnswersBody: Content { var answers: [Int?] }

    /// A module quiz attempt: the chosen option (0-based) per question, null when left blank.
    func attempt(req: Request) async throws -> CourseProgressService.QuizResult {
        let user = try req.requireAPIUser()
        let loaded = try await Guard(req, user).course(.see)
        let me = try Guard(req, user).learner(of: loaded)
        let module = try await Guard(req, user).module(of: loaded)
        guard let body = try? req.content.decode(AnswersBody.self) else {
            throw APIError(.badRequest, code: .invalid, message: "Kirim {\"answers\": [0, 2, null, …]}.")
        }
        return try await CourseProgressService.takeQuiz(
            module, course: loaded.course, employeeID: me, answers: body.answers, today: req.today, on: req.db)
    }

    func learners(req: Request) async throws -> Paged<CourseQueries.Learner> {
        let user = try req.requireAPIUser()
        let loaded = try await Guard(req, user).course(.seeLearners)
        let rows = try await CourseQueries.learners(courseID: loaded.id, on: req.db)
        return Paged(items: rows, page: 1, per: max(rows.count, 1), total: rows.count)
    }

    /// `GET /api/v1/courses/{id}/lessons/{lesson}/file`: a lesson's file, like the course.
    func lessonFile(req: Request) async throws -> Response {
        try await LessonFileController.send(req, user: try req.requireAPIUser())
    }
}
