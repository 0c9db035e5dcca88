import AsahCore
import Fluent
import Vapor

/// Pages of learning activities: the list, one activity with the participant's and the runner's
/// actions, the attendance sheet and the certificate. Writes go through the same services as the API.
struct ActivityPageController {
    func list(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.seeActivities)
        let code = agency.code
        let year = try CompetencyProfileController.year(req)
        let rows = try await ActivityQueries.list(agencyID: try agency.requireID(), year: year, on: req.db)
        return ActivityListPage.render(
            .init(
                chrome: req.chrome("Kegiatan pengembangan"), agencyCode: code, agencyName: agency.name, year: year,
                canCreate: AccessPolicy.canManageActivities(agency: try agency.requireID(), user.actor),
                employeeNIP: user.actor.agencyID == agency.id ? user.employeeNIP : nil, rows: rows
            )
        ).response()
    }

    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        return try await page(
            req, user: user, loaded: try await Guard(req, user).activity(.see), error: nil, status: .ok)
    }

    private func page(
        _ req: Request, user: SignedInUser, loaded: LoadedActivity, error: String?, status: HTTPResponseStatus
    ) async throws -> Response {
        let dto = try await ActivityDetail.load(loaded, user: user, on: req.db)
        var mine: ActivityPage.Mine?
        if let me = user.actor.employeeID,
            let e = try await Enrolment.query(on: req.db).filter(\.$activityID == loaded.id).filter(\.$employeeID == me)
                .first(),
            let state = EnrolmentState(rawValue: e.state)
        {
            mine = .init(
                enrolmentID: try e.requireID(), state: state, certificate: e.certificateCode, note: e.outcomeNote)
            switch try await ReactionService.check(loaded, employeeID: me, on: req.db) {
            case .success: mine?.reaction = .may
            case .failure(.already): mine?.reaction = .done
            case .failure: break
            }
        }
        let active = mine.map { $0.state != .cancelled && $0.state != .rejected } ?? false
        let names = try await CompetencyQueries.dictionary(agencyID: loaded.activity.agencyID, on: req.db)
            .reduce(into: [String: String]()) { $0[$1.code] = $1.name }
        let agencyCode = try await Agency.find(loaded.activity.agencyID, on: req.db)?.code
        return ActivityPage.render(
            .init(
                chrome: req.chrome(dto.title), agencyCode: agencyCode, activity: dto,
                provider: try await ActivityQueries.providerDescription(loaded.activity, on: req.db),
                competencyNames: names,
                mine: mine,
                canEnrol: !active && AccessPolicy.canRequestPlace(agency: loaded.activity.agencyID, user.actor)
                    && (ActivityStatus(rawValue: loaded.activity.status)?.acceptsEnrolment ?? false),
                canRun: loaded.canRun(user.actor), canManage: loaded.canManage(user.actor),
                today: req.today.iso,
                tests: try await TestService.kinds(activityID: loaded.id, on: req.db), error: error
            )
        ).response(status: status)
    }

    /// Runs a write; a refusal (full, closed, wrong code) shows on the activity page instead of an error page.
    private func act(
        _ req: Request, _ body: (SignedInUser, LoadedActivity) async throws -> Void
    ) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).activity(.see)
        do {
            try await body(user, loaded)
        } catch let abort as AbortError where abort.status != .notFound {
            let fresh = try await Guard(req, user).activity(.see)
            return try await page(req, user: user, loaded: fresh, error: abort.reason, status: abort.status)
        }
        return req.redirect(to: SiteURL.activity(loaded.id) + "?pesan=" + FlashMessage.saved.rawValue)
    }

    func enrol(req: Request) async throws -> Response {
        try await act(req) { user, loaded in
            let me = try Guard(req, user).participant(in: loaded)
            _ = try await EnrolmentService.enrol(
                loaded.activity, employeeID: me, byUser: user.userID,
                approvalRequired: loaded.activity.requiresApproval, on: req.db)
        }
    }

    func cancel(req: Request) async throws -> Response {
        try await act(req) { user, loaded in
            guard let me = user.actor.employeeID,
                let e = try await Enrolment.query(on: req.db).filter(\.$activityID == loaded.id)
                    .filter(\.$employeeID == me).first()
            else { throw Abort(.conflict, reason: "Anda tidak terdaftar pada kegiatan ini.") }
            _ = try await EnrolmentService.cancel(e, on: req.db)
        }
    }

    struct CodeForm: Content { var kode: String }

    func checkIn(req: Request) async throws -> Response {
        try await act(req) { user, loaded in
            let me = try Guard(req, user).participant(in: loaded)
            _ = try await AttendanceService.checkIn(
                activity: loaded.activity, employeeID: me, code: try req.content.decode(CodeForm.self).kode,
                today: req.today, on: req.db)
        }
    }

    func complete(req: Request) async throws -> Response {
        try await act(req) { user, loaded in
            try Guard(req, user).allow(.manage, on: loaded)
            _ = try await ActivityService.complete(
                loaded.activity, userID: user.userID, today: try await req.today(for: loaded.activity.agencyID),
                on: req.db)
        }
    }

    struct StatusForm: Content { var status: String }

    func setStatus(req: Request) async throws -> Response {
        try await act(req) { user, loaded in
            try Guard(req, user).allow(.manage, on: loaded)
            guard let next = ActivityStatus(rawValue: try req.content.decode(StatusForm.self).status) else {
                throw Abort(.unprocessableEntity, reason: "Status kegiatan tidak dikenal.")
            }
            try await ActivityService.setStatus(loaded.activity, to: next, userID: user.userID, on: req.db)
        }
    }

    /// A participant's reaction (L1) from the form on the activity page; a refusal or a missing score
    /// shows on the page.
    func react(req: Request) async throws -> Response {
        try await act(req) { user, loaded in
            let me = try Guard(req, user).participant(in: loaded)
            let form = try req.content.decode([String: String].self)
            let enrolmentID = try ReactionService.require(
                try await ReactionService.check(loaded, employeeID: me, on: req.db))
            switch ReactionInput.make(form: form, comment: form["comment"]) {
            case .failure(let errors):
                throw Abort(
                    .unprocessableEntity,
                    reason: errors.messages.sorted { $0.key < $1.key }.map(\.value).joined(separator: " "))
            case .success(let input):
                try ReactionService.require(
                    try await ReactionService.record(input, activityID: loaded.id, enrolmentID: enrolmentID, on: req.db)
                )
            }
        }
    }

    struct DecisionForm: Content { var setuju: String }
    struct ScoreForm: Content { var nilai: String }

    func decide(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let (enrolment, loaded, _) = try await Guard(req, user).enrolment(.decide)
        req.parameters.set("id", to: loaded.id.uuidString)
        return try await act(req) { user, _ in
            try await EnrolmentService.decide(
                enrolment, approve: try req.content.decode(DecisionForm.self).setuju == "ya", byUser: user.userID,
                on: req.db)
        }
    }

    func score(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let (enrolment, loaded, _) = try await Guard(req, user).enrolment(.score)
        req.parameters.set("id", to: loaded.id.uuidString)
        return try await act(req) { _, _ in
            _ = try await EnrolmentService.recordScore(
                enrolment, score: try req.content.decode(ScoreForm.self).nilai, on: req.db)
        }
    }
}
