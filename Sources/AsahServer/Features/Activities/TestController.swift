import AsahCore
import Fluent
import Vapor

/// Pre- and post-test pages and API: participants take them, those who run the activity write them.
struct TestController {
    /// The test a path names (`pre` or `post`).
    static func kind(_ req: Request) throws -> ActivityTest.Kind {
        guard let kind = req.parameters.get("kind").flatMap(ActivityTest.Kind.init(rawValue:)) else {
            throw RecordKind.test.notFound
        }
        return kind
    }

    private func test(_ loaded: LoadedActivity, _ kind: ActivityTest.Kind, on db: any Database) async throws
        -> ActivityTest?
    {
        try await ActivityTest.query(on: db).filter(\.$activityID == loaded.id).filter(\.$kind == kind.rawValue).first()
    }

    // MARK: Pages

    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).activity(.see)
        let kind = try Self.kind(req)
        guard let test = try await test(loaded, kind, on: req.db) else {
            throw Abort(.notFound, reason: "\(kind.label) kegiatan ini belum disusun.")
        }
        return render(req, loaded, kind, test, result: nil, error: nil, status: .ok)
    }

    private func render(
        _ req: Request, _ loaded: LoadedActivity, _ kind: ActivityTest.Kind, _ test: ActivityTest,
        result: TestService.Result?, error: String?, status: HTTPResponseStatus
    ) -> Response {
        // Participants never see which answer is right.
        let questions = test.questions.map { q in QuizQuestion(q.text, options: q.options.map { QuizOption($0.text) }) }
        return TestPage.render(
            .init(
                chrome: req.chrome(kind.label), activityID: loaded.id, title: loaded.activity.title, kind: kind,
                questions: questions, passingScore: loaded.activity.postTestPassingScore, result: result, error: error
            )
        ).response(status: status)
    }

    func submit(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).activity(.see)
        let kind = try Self.kind(req)
        guard let test = try await test(loaded, kind, on: req.db) else { throw Abort(.notFound) }
        let me = try Guard(req, user).participant(in: loaded)
        let form = try req.content.decode([String: String].self)
        let answers = test.questions.indices.map { i in form["j\(i + 1)"].flatMap(Int.init) }
        do {
            let result = try await TestService.take(
                loaded.activity, kind: kind, employeeID: me, answers: answers, today: req.today, on: req.db)
            return render(req, loaded, kind, test, result: result, error: nil, status: .ok)
        } catch let abort as AbortError where abort.status != .notFound {
            return render(req, loaded, kind, test, result: nil, error: abort.reason, status: abort.status)
        }
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).activity(.run)
        let kind = try Self.kind(req)
        let test = try await test(loaded, kind, on: req.db)
        return TestEditPage.render(
            .init(
                chrome: req.chrome("Susun \(kind.label.lowercased())"), activityID: loaded.id,
                title: loaded.activity.title,
                kind: kind, text: test.map { QuizText.format($0.questions) } ?? "",
                maxAttempts: test?.maxAttempts.map(String.init) ?? (kind == .post ? "3" : ""), errors: []
            )
        ).response()
    }

    func save(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).activity(.run)
        let kind = try Self.kind(req)
        let form = try req.content.decode([String: String].self)
        let text = form["soal"] ?? ""
        let attemptsText = (form["kesempatan"] ?? "").trimmingCharacters(in: .whitespaces)
        var errors: [String] = []
        // The attempts limit by the quiz settings rule (a non-number counts as out of range).
        let attempts = attemptsText.isEmpty ? nil : (Int(attemptsText) ?? 0)
        if case .failure(let e) = QuizPolicy.make(
            passingScore: loaded.activity.postTestPassingScore ?? 0, maxAttempts: attempts)
        {
            errors += e.messages.values.sorted()
        }
        switch QuizText.parse(text) {
        case .success(let questions) where errors.isEmpty:
            try await TestService.save(
                activityID: loaded.id, kind: kind, questions: questions, maxAttempts: attempts, on: req.db)
            return req.redirect(to: SiteURL.activity(loaded.id) + "?pesan=" + FlashMessage.saved.rawValue)
        case .success: break
        case .failure(let issues): errors += issues.messages
        }
        return TestEditPage.render(
            .init(
                chrome: req.chrome("Susun \(kind.label.lowercased())"), activityID: loaded.id,
                title: loaded.activity.title,
                kind: kind, text: text, maxAttempts: attemptsText, errors: errors
            )
        ).response(status: .unprocessableEntity)
    }

    // MARK: API

    struct AnswersBody: Content { var answers: [Int?] }
}
