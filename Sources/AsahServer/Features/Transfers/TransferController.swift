import AsahCore
import Fluent
import Vapor

/// Mutasi between agencies: the managers' page (`/instansi/:code/mutasi`) and the API
/// (`POST /api/v1/agencies/{code}/transfers` with `{"nip"}`, `POST /api/v1/transfers/{id}/decision`
/// with `{"approve","reason"}`).
struct TransferController {
    static let listLimit = 200

    struct RequestBody: Content {
        var nip: String?
    }

    struct DecisionBody: Content {
        var approve: Bool?
        var reason: String?
    }

    // MARK: Pages

    func show(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let agency = try await guarded.agency(.manage)
        return try await page(req, guarded, agency, nip: "", error: nil, status: .ok)
    }

    func request(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let agency = try await guarded.agency(.manage)
        let nip = try req.content.decode(RequestBody.self).nip ?? ""
        do {
            _ = try await TransferService.request(
                nip: nip, into: try agency.requireID(), userID: guarded.user.userID, now: req.now, on: req.db)
        } catch let abort as Abort where abort.status == .unprocessableEntity || abort.status == .conflict {
            return try await page(req, guarded, agency, nip: nip, error: abort.reason, status: abort.status)
        }
        return req.redirect(to: SiteURL.transfers(agency.code) + "?pesan=" + FlashMessage.created.rawValue)
    }

    func decide(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let t = try await guarded.transfer(decide: true)
        let form = try req.content.decode(DecisionForm.self)
        guard let choice = form.approve, choice == "1" || choice == "0" else {
            throw Abort(.unprocessableEntity, reason: "Pilih setujui atau tolak.")
        }
        let reason = try TransferRules.reason(form.reason).mapError(TransferService.refusal).get()
        try await TransferService.decide(
            t.id, approve: choice == "1", reason: reason, userID: guarded.user.userID, now: req.now,
            today: try await req.today(for: t.fromAgencyID), cache: req.application.sessionCache, on: req.db)
        return req.redirect(to: SiteURL.transfers(t.fromCode) + "?pesan=" + FlashMessage.saved.rawValue)
    }

    struct DecisionForm: Content {
        var approve: String?
        var reason: String?
    }

    private func page(
        _ req: Request, _ guarded: Guard, _ agency: Agency, nip: String, error: String?, status: HTTPStatus
    ) async throws -> Response {
        let agencyID = try agency.requireID()
        let rows = try await TransferQueries.list(agencyID: agencyID, limit: Self.listLimit, on: req.db)
        return TransferPage.render(
            .init(
                chrome: req.chrome("Mutasi pegawai"), agencyID: agencyID, agencyCode: agency.code,
                agencyName: agency.name, zone: agency.timeZone, rows: rows, actor: guarded.actor, nip: nip,
                error: error)
        ).response(status: status)
    }

    // MARK: API

    /// 201 with the request; 422 naming `nip`; 409 when the person is already here or asked for.
    func create(req: Request) async throws -> Response {
        let guarded = try req.apiGuard()
        let agency = try await guarded.agency(.manage)
        let body = try req.decodeBody(RequestBody.self)
        let id: UUID
        do {
            id = try await TransferService.request(
                nip: body.nip ?? "", into: try agency.requireID(), userID: guarded.user.userID, now: req.now,
                on: req.db)
        } catch let abort as Abort where abort.status == .unprocessableEntity {
            throw APIError.field("nip", abort.reason)
        }
        guard let row = try await TransferQueries.find(id, on: req.db) else { throw RecordKind.transfer.notFound }
        let response = Response(status: .created)
        try response.content.encode(TransferDTO(row, actor: guarded.actor))
        return response
    }

    /// The agency's requests, asked by it or of it.
    func list(req: Request) async throws -> TransferListDTO {
        let guarded = try req.apiGuard()
        let agency = try await guarded.agency(.manage)
        let rows = try await TransferQueries.list(
            agencyID: try agency.requireID(), limit: Self.listLimit, on: req.db)
        return TransferListDTO(items: rows.map { TransferDTO($0, actor: guarded.actor) })
    }

    func get(req: Request) async throws -> TransferDTO {
        let guarded = try req.apiGuard()
        return TransferDTO(try await guarded.transfer(decide: false), actor: guarded.actor)
    }

    /// 200 with the request as decided; 409 when decided already or the person is no longer the sender's.
    func decision(req: Request) async throws -> TransferDTO {
        let guarded = try req.apiGuard()
        let t = try await guarded.transfer(decide: true)
        let body = try req.decodeBody(DecisionBody.self)
        guard let approve = body.approve else { throw APIError.field("approve", "Isi approve dengan true atau false.") }
        let reason = try TransferRules.reason(body.reason).mapError { APIError.field("reason", $0.message) }.get()
        try await TransferService.decide(
            t.id, approve: approve, reason: reason, userID: guarded.user.userID, now: req.now,
            today: try await req.today(for: t.fromAgencyID), cache: req.application.sessionCache, on: req.db)
        guard let row = try await TransferQueries.find(t.id, on: req.db) else { throw RecordKind.transfer.notFound }
        return TransferDTO(row, actor: guarded.actor)
    }
}
