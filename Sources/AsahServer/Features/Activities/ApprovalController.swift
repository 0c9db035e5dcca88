import AsahCore
import Fluent
import Vapor

/// The unit head's (or manager's) list of requests for a place, and a decision taken from it.
struct ApprovalController {
    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        return try await page(req, user: user, error: nil, status: .ok)
    }

    func decide(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let (enrolment, _, _) = try await Guard(req, user).enrolment(.decide)
        let approve = try req.content.decode(ActivityPageController.DecisionForm.self).setuju == "ya"
        do {
            try await EnrolmentService.decide(enrolment, approve: approve, byUser: user.userID, on: req.db)
        } catch let abort as AbortError where abort.status == .conflict || abort.status == .unprocessableEntity {
            return try await page(req, user: user, error: abort.reason, status: abort.status)
        }
        return req.redirect(to: SiteURL.approvals + "?pesan=" + FlashMessage.saved.rawValue)
    }

    private func page(_ req: Request, user: SignedInUser, error: String?, status: HTTPResponseStatus) async throws
        -> Response
    {
        guard let agencyID = user.actor.agencyID,
            let scope = AccessPolicy.approvalScope(agency: agencyID, user.actor)
        else { throw Abort(.forbidden, reason: "Halaman ini untuk kepala unit kerja dan pengelola kepegawaian.") }
        let scopeName: String
        switch scope {
        case .unitSubtree: scopeName = "unit kerja Anda"
        default: scopeName = "instansi"
        }
        return ApprovalPage.render(
            .init(
                chrome: req.chrome("Persetujuan kegiatan"), scopeName: scopeName,
                rows: try await ApprovalQueries.pending(
                    agencyID: agencyID, scope: scope, excluding: user.actor.employeeID, on: req.db), error: error)
        ).response(status: status)
    }
}
