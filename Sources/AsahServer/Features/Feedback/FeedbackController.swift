import AsahCore
import Fluent
import Vapor

/// Continuous feedback: `/pegawai/:nip/umpan-balik` (the threads, the form for leaders, replies) and
/// `POST`/`GET /api/v1/employees/{nip}/feedback` with `…/feedback/{id}/replies`.
struct FeedbackController {
    struct Body: Content {
        var kind: String?
        var body: String?
        var competency: String?
        var value: String?
    }

    struct ReplyBody: Content {
        var body: String?
    }

    // MARK: Page

    func show(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let e = try await guarded.feedback(.read)
        // What the page shows as new is what was unread before this opening.
        let response = try await page(req, guarded, e, form: .init(), errors: [:], status: .ok)
        try await FeedbackQueries.markRead(employeeID: e.id, reader: guarded.user, now: WriteTime.now, on: req.db)
        return response
    }

    func write(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let e = try await guarded.feedback(.write)
        let form = try req.content.decode(Body.self)
        let shown = FeedbackPage.Form(
            kind: form.kind ?? "", body: form.body ?? "", competency: form.competency ?? "", value: form.value ?? "")
        switch try await check(form, agencyID: e.agencyID, on: req.db) {
        case .failure(let errors):
            return try await page(req, guarded, e, form: shown, errors: errors.messages, status: .unprocessableEntity)
        case .success(let input):
            _ = try await FeedbackService.write(input, to: e, author: guarded.user.userID, on: req.db)
            return req.redirect(to: SiteURL.feedback(e.nip) + "?pesan=" + FlashMessage.saved.rawValue)
        }
    }

    func reply(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let e = try await guarded.feedback(.reply)
        let thread = try await guarded.feedbackThread(of: e)
        let form = try req.content.decode(ReplyBody.self)
        switch FeedbackText.check(form.body) {
        case .failure(let errors):
            return try await page(
                req, guarded, e, form: .init(), errors: [:], replyError: (thread.id, form.body ?? "", errors["body"]),
                status: .unprocessableEntity)
        case .success(let body):
            _ = try await FeedbackService.reply(body, in: thread, of: e, author: guarded.user, on: req.db)
            return req.redirect(to: SiteURL.feedback(e.nip) + "?pesan=" + FlashMessage.saved.rawValue)
        }
    }

    private func page(
        _ req: Request, _ guarded: Guard, _ e: EmployeeQueries.Detail, form: FeedbackPage.Form,
        errors: [String: String], replyError: (UUID, String, String?)? = nil, status: HTTPStatus
    ) async throws -> Response {
        let chain = try await PerformanceQueries.supervisorChain(of: e.id, on: req.db)
        let actor = guarded.actor
        let canWrite = AccessPolicy.feedback(of: e.facts, chain: chain, .write, actor) == .granted
        return FeedbackPage.render(
            .init(
                chrome: req.chrome("Umpan balik · " + e.fullName), employee: e,
                threads: try await FeedbackQueries.threads(employeeID: e.id, on: req.db),
                reader: guarded.user.userID, readerIsEmployee: actor.employeeID == e.id, canWrite: canWrite,
                canReply: AccessPolicy.feedback(of: e.facts, chain: chain, .reply, actor) == .granted,
                competencies: canWrite
                    ? try await CompetencyQueries.dictionary(agencyID: e.agencyID, on: req.db).map {
                        ($0.code, $0.name)
                    }
                    : [],
                zone: guarded.user.timeZone, form: form, errors: errors,
                replyError: replyError.map { .init(thread: $0.0, body: $0.1, message: $0.2) })
        ).response(status: status)
    }

    // MARK: API

    func post(req: Request) async throws -> Response {
        let guarded = try req.apiGuard()
        let e = try await guarded.feedback(.write)
        switch try await check(try req.decodeBody(Body.self), agencyID: e.agencyID, on: req.db) {
        case .failure(let errors): throw APIError.fields(errors, message: "Umpan balik tidak dapat disimpan.")
        case .success(let input):
            let thread = try await FeedbackService.write(
                input, to: e, author: guarded.user.userID, on: req.db)
            let response = Response(status: .created)
            try response.content.encode(FeedbackDTO(thread))
            return response
        }
    }

    func list(req: Request) async throws -> FeedbackListDTO {
        let e = try await req.apiGuard().feedback(.read)
        return FeedbackListDTO(
            items: try await FeedbackQueries.threads(employeeID: e.id, on: req.db).map(FeedbackDTO.init))
    }

    func postReply(req: Request) async throws -> Response {
        let guarded = try req.apiGuard()
        let e = try await guarded.feedback(.reply)
        let thread = try await guarded.feedbackThread(of: e)
        switch FeedbackText.check(try req.decodeBody(ReplyBody.self).body) {
        case .failure(let errors): throw APIError.fields(errors, message: "Balasan tidak dapat disimpan.")
        case .success(let body):
            let reply = try await FeedbackService.reply(
                body, in: thread, of: e, author: guarded.user, on: req.db)
            let response = Response(status: .created)
            try response.content.encode(FeedbackDTO.ReplyDTO(reply))
            return response
        }
    }

    private func check(_ b: Body, agencyID: UUID, on db: any Database) async throws -> Result<
        FeedbackInput, FieldErrors
    > {
        switch FeedbackInput.make(kind: b.kind, body: b.body, competency: b.competency, value: b.value) {
        case .failure(let errors): return .failure(errors)
        case .success(let input):
            if let errors = try await FeedbackService.checkCompetency(input, agencyID: agencyID, on: db) {
                return .failure(errors)
            }
            return .success(input)
        }
    }
}

struct FeedbackDTO: Content {
    struct ReplyDTO: Content {
        var id: UUID
        var author: String
        var body: String
        var createdAt: Date
        var read: Bool

        init(_ r: FeedbackQueries.Reply) {
            id = r.id
            author = r.authorName
            body = r.body
            createdAt = r.createdAt
            read = r.readAt != nil
        }

        enum CodingKeys: String, CodingKey {
            case id, author, body, read
            case createdAt = "created_at"
        }
    }

    var id: UUID
    var kind: String
    var author: String
    var body: String
    var competency: String?
    var value: String?
    var createdAt: Date
    var read: Bool
    var replies: [ReplyDTO]

    init(_ t: FeedbackQueries.Thread) {
        id = t.id
        kind = t.kind
        author = t.authorName
        body = t.body
        competency = t.competencyCode
        value = t.coreValue
        createdAt = t.createdAt
        read = t.readAt != nil
        replies = t.replies.map(ReplyDTO.init)
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, author, body, competency, value, read, replies
        case createdAt = "created_at"
    }
}

struct FeedbackListDTO: Content {
    var items: [FeedbackDTO]
}
