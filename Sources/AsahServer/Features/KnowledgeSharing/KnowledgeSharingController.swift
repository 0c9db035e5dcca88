import AsahCore
import Fluent
import Vapor

/// The komunitas belajar page: recording a session (its host), confirming or rejecting one (a manager,
/// or a unit head of the host's unit; never the host) and the agency's window (managers).
struct KnowledgeSharingController {
    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.seeKnowledgeSessions)
        var input = KnowledgeSessionInput()
        input.heldOn = req.today.iso
        input.minutes = "60"
        return try await page(req, user, agency, input: input, errors: [:], status: .ok)
    }

    private func page(
        _ req: Request, _ user: SignedInUser, _ agency: Agency, input: KnowledgeSessionInput, errors: [String: String],
        error: String? = nil, setting: (value: String, error: String?)? = nil, status: HTTPResponseStatus
    ) async throws -> Response {
        let id = try agency.requireID()
        let window = try await KnowledgeSharingService.windowDays(id, on: req.db)
        let form: (value: String, error: String?)? =
            AccessPolicy.canManage(agency: id, user.actor) ? (setting ?? (value: String(window), error: nil)) : nil
        return KnowledgeSharingPage.render(
            .init(
                chrome: req.chrome("Komunitas belajar"), agencyCode: agency.code,
                lines: try await KnowledgeSharingQueries.recent(
                    agencyID: id, viewer: user.actor.employeeID, on: req.db),
                awaiting: try await KnowledgeSharingQueries.awaiting(agencyID: id, actor: user.actor, on: req.db),
                viewer: user.actor.employeeID,
                canRecord: AccessPolicy.canRecordKnowledgeSession(agency: id, user.actor),
                input: input, errors: errors, error: error, windowDays: window,
                setting: form
            )
        ).response(status: status)
    }

    struct Form: Content {
        var topic: String?
        var held_on: String?
        var minutes: String?
        var summary: String?
        var attendees: String?
    }

    /// An employee of the agency records a session they hosted; it waits for confirmation.
    func record(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.recordKnowledgeSession)
        let agencyID = try agency.requireID()
        guard let host = user.actor.employeeID, let hostNIP = user.employeeNIP else {
            throw Abort(.forbidden, reason: AgencyNeed.recordKnowledgeSession.refusal)
        }
        let f = try req.content.decode(Form.self)
        var input = KnowledgeSessionInput()
        input.topic = f.topic ?? ""
        input.heldOn = f.held_on ?? ""
        input.minutes = f.minutes ?? ""
        input.summary = f.summary ?? ""
        input.attendees = f.attendees ?? ""
        let window = try await KnowledgeSharingService.windowDays(agencyID, on: req.db)
        switch KnowledgeSharingRules.validate(input, hostNIP: hostNIP, today: req.today, windowDays: window) {
        case .failure(let e):
            return try await page(req, user, agency, input: input, errors: e.messages, status: .unprocessableEntity)
        case .success(let v):
            do {
                _ = try await KnowledgeSharingService.record(
                    v, agencyID: agencyID, hostID: host, userID: user.userID, on: req.db)
            } catch let e as APIError where e.status == .unprocessableEntity {
                return try await page(
                    req, user, agency, input: input, errors: e.fieldMessages, error: e.message, status: e.status)
            }
            return req.redirect(to: SiteURL.knowledgeSharing(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
        }
    }

    func confirm(req: Request) async throws -> Response {
        try await decide(req, confirm: true)
    }

    /// Rejects with an optional reason (`catatan`), which the host sees beside the session.
    func reject(req: Request) async throws -> Response {
        try await decide(req, confirm: false)
    }

    private func decide(_ req: Request, confirm: Bool) async throws -> Response {
        let user = try req.requirePageUser()
        let session = try await Guard(req, user).knowledgeSessionToDecide()
        let id = session.id
        let note = try KnowledgeSharingRules.decisionNote(
            confirm ? nil : try? req.content.get(String.self, at: "catatan")
        )
        .mapError { Abort(.unprocessableEntity, reason: $0.messages.values.first ?? "") }.get()
        let code = try await KnowledgeSharingService.decide(
            id, confirm: confirm, note: note, userID: user.userID, today: try await req.today(for: session.agencyID),
            on: req.db)
        return req.redirect(to: SiteURL.knowledgeSharing(code) + "?pesan=" + FlashMessage.saved.rawValue)
    }

    /// Managers set how many days after a session it may still be recorded.
    func saveSetting(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let id = try agency.requireID()
        let text = (try? req.content.get(String.self, at: "window_days")) ?? ""
        switch KnowledgeSharingRules.windowDays(text) {
        case .failure(let e):
            var input = KnowledgeSessionInput()
            input.heldOn = req.today.iso
            input.minutes = "60"
            return try await page(
                req, user, agency, input: input, errors: [:], setting: (text, e["window_days"]),
                status: .unprocessableEntity)
        case .success(let days):
            try await KnowledgeSharingService.saveWindowDays(days, agencyID: id, userID: user.userID, on: req.db)
            return req.redirect(to: SiteURL.knowledgeSharing(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
        }
    }
}
