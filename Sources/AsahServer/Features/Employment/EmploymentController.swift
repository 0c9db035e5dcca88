import AsahCore
import Fluent
import Vapor

/// A change of employment state: the managers' form (`/pegawai/:nip/kedudukan`) and
/// `PUT /api/v1/employees/{nip}/employment` with `{"state","since"}`.
struct EmploymentController {
    struct Body: Content {
        var state: String?
        var since: String?
    }

    func form(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.change)
        let today = try await req.today(for: e.agencyID)
        return EmploymentPage.render(
            .init(
                chrome: req.chrome("Status kepegawaian · " + e.fullName), employee: e, state: e.employmentState,
                since: e.employmentSince ?? today.iso)
        ).response()
    }

    func save(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.change)
        let body = try req.content.decode(Body.self)
        switch EmploymentChange.make(
            state: body.state ?? "", since: body.since ?? "", today: try await req.today(for: e.agencyID))
        {
        case .failure(let errors):
            return EmploymentPage.render(
                .init(
                    chrome: req.chrome("Status kepegawaian · " + e.fullName), employee: e, state: body.state ?? "",
                    since: body.since ?? "", errors: errors.messages)
            ).response(status: .unprocessableEntity)
        case .success(let change):
            try await EmploymentService.change(
                e, to: change, userID: user.userID, cache: req.application.sessionCache, on: req.db)
            return req.redirect(to: SiteURL.employee(e.nip) + "?pesan=" + FlashMessage.saved.rawValue)
        }
    }

    /// 200 with the state now held; 422 naming `state` or `since`.
    func put(req: Request) async throws -> EmploymentDTO {
        let user = try req.requireAPIUser()
        let e = try await Guard(req, user).employee(.change)
        let body = try req.decodeBody(Body.self)
        switch EmploymentChange.make(
            state: body.state ?? "", since: body.since ?? "", today: try await req.today(for: e.agencyID))
        {
        case .failure(let errors):
            throw APIError(
                .unprocessableEntity, code: .invalid, message: "Status kepegawaian tidak dapat disimpan.",
                details: errors.messages.sorted { $0.key < $1.key }.map { .init(field: $0.key, message: $0.value) })
        case .success(let change):
            try await EmploymentService.change(
                e, to: change, userID: user.userID, cache: req.application.sessionCache, on: req.db)
            return EmploymentDTO(nip: e.nip, state: change.state.rawValue, since: change.since.iso)
        }
    }
}

extension EmploymentController {
    struct LeaveForm: Content {
        var nip: [String]?
        var state: String?
        var since: String?
    }

    /// `POST /instansi/:code/pegawai/keluar`: the people an import lacked, confirmed as gone.
    func leave(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let agencyID = try agency.requireID()
        let form = try req.content.decode(LeaveForm.self)
        let nips = Array(Set((form.nip ?? []).map(NIP.normalize).filter { !$0.isEmpty })).sorted()
        guard !nips.isEmpty, nips.count <= ImportReport.notInFileShown else {
            throw Abort(.unprocessableEntity, reason: "Pilih pegawai yang sudah keluar (paling banyak 500 sekaligus).")
        }
        let change: EmploymentChange
        switch EmploymentChange.make(
            state: form.state ?? "", since: form.since ?? "", today: try await req.today(for: agencyID))
        {
        case .failure(let errors):
            throw Abort(
                .unprocessableEntity,
                reason: errors.messages.sorted { $0.key < $1.key }.map(\.value).joined(separator: " "))
        case .success(let c): change = c
        }
        guard change.state.hasLeft else {
            throw Abort(
                .unprocessableEntity, reason: "Pilih pensiun, berhenti, meninggal dunia atau pindah ke instansi lain.")
        }
        let changed = try await EmploymentService.leave(
            nips: nips, agencyID: agencyID, change: change, userID: user.userID,
            cache: req.application.sessionCache, on: req.db)
        return req.redirect(to: SiteURL.with(SiteURL.employees(agency.code), ["keluar": String(changed)]))
    }
}

struct EmploymentDTO: Content {
    var nip: String
    var state: String
    var since: String
}
