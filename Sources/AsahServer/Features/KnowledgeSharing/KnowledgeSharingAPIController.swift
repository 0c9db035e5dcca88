import AsahCore
import Fluent
import Vapor

/// JSON API of komunitas belajar: the host records a session (it waits); a manager or a unit head of
/// the host's unit confirms it (JP credited then) or rejects it. Same rules as the page.
struct KnowledgeSharingAPIController {
    /// An employee of the agency records a session they hosted: 201 `{"id", "state": "pending"}`.
    func create(req: Request) async throws -> Response {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.recordKnowledgeSession)
        let agencyID = try agency.requireID()
        guard let host = user.actor.employeeID, let hostNIP = user.employeeNIP else {
            throw APIError(.forbidden, message: AgencyNeed.recordKnowledgeSession.refusal)
        }
        guard let body = try? req.content.decode(KnowledgeSessionBody.self) else {
            throw APIError(
                .badRequest, code: .invalid,
                message: #"Kirim JSON {"topic", "held_on", "minutes", "attendees": [NIP, …]} (minutes berupa angka)."#)
        }
        let window = try await KnowledgeSharingService.windowDays(agencyID, on: req.db)
        switch KnowledgeSharingRules.validate(body.input, hostNIP: hostNIP, today: req.today, windowDays: window) {
        case .failure(let e): throw APIError.fields(e, message: "Sesi tidak disimpan.")
        case .success(let v):
            let recorded = try await KnowledgeSharingService.record(
                v, agencyID: agencyID, hostID: host, userID: user.userID, on: req.db)
            let response = Response(status: .created)
            try response.content.encode(recorded)
            return response
        }
    }

    func confirm(req: Request) async throws -> KnowledgeSessionDTO {
        try await decide(req, confirm: true, note: nil)
    }

    func reject(req: Request) async throws -> KnowledgeSessionDTO {
        _ = try req.requireAPIUser()
        let body = req.body.data == nil ? nil : try? req.content.decode(KnowledgeDecisionBody.self)
        let note = try KnowledgeSharingRules.decisionNote(body?.note).mapError {
            APIError.fields($0, message: "Catatan tidak dapat disimpan.")
        }.get()
        return try await decide(req, confirm: false, note: note)
    }

    private func decide(_ req: Request, confirm: Bool, note: String?) async throws -> KnowledgeSessionDTO {
        let user = try req.requireAPIUser()
        let session = try await Guard(req, user).knowledgeSessionToDecide()
        let id = session.id
        _ = try await KnowledgeSharingService.decide(
            id, confirm: confirm, note: note, userID: user.userID, today: try await req.today(for: session.agencyID),
            on: req.db)
        guard let found = try await KnowledgeSharingQueries.detail(id, on: req.db) else {
            throw APIError(.notFound, message: "Sesi komunitas belajar tidak ditemukan.")
        }
        return KnowledgeSessionDTO(found.0, people: found.1)
    }
}
