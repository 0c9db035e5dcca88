import AsahCore
import Fluent
import Vapor

/// The new-activity form (managers): the same rules and service as the API.
struct ActivityFormController {
    func new(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        var input = ActivityInput()
        input.jenisDiklatID = "3"
        return try await page(req, agency: agency, input: input, facilitators: "", errors: [:], status: .ok)
    }

    private func page(
        _ req: Request, agency: Agency, input: ActivityInput, facilitators: String, errors: [String: String],
        status: HTTPResponseStatus
    ) async throws -> Response {
        let competencies = try await CompetencyQueries.dictionary(agencyID: try agency.requireID(), on: req.db)
            .map { (code: $0.code, name: $0.name) }
        return ActivityFormPage.render(
            .init(
                chrome: req.chrome("Kegiatan baru"), agencyCode: agency.code, input: input, facilitators: facilitators,
                competencies: competencies, errors: errors
            )
        ).response(status: status)
    }

    /// The form's fields into the rules' input; empty session and competency rows are skipped.
    static func input(_ f: [String: String]) -> ActivityInput {
        var a = ActivityInput()
        a.title = f["title"] ?? ""
        a.description = f["description"] ?? ""
        a.jenisDiklatID = f["jenis_diklat_id"] ?? ""
        a.providerKind = f["provider_kind"] ?? ProviderKind.internalUnit.rawValue
        a.partnerName = f["partner_name"] ?? ""
        a.partnerKind = f["partner_kind"] ?? a.partnerKind
        a.mode = f["mode"] ?? LearningMode.tatapMuka.rawValue
        a.place = f["place"] ?? ""
        a.capacity = f["capacity"] ?? ""
        a.costPerParticipant = f["cost_per_participant"] ?? "0"
        a.fixedCost = f["fixed_cost"] ?? "0"
        a.requiresApproval = f["requires_approval"] == "ya"
        a.minAttendancePercent = f["min_attendance_percent"] ?? "80"
        a.postTestPassingScore = f["post_test_passing_score"] ?? ""
        a.sessions = (1...ActivityFormPage.sessionRows).compactMap { n in
            let s = SessionInput(
                date: f["sesi_tanggal_\(n)"] ?? "", startsAt: f["sesi_mulai_\(n)"] ?? "",
                endsAt: f["sesi_selesai_\(n)"] ?? "")
            return s.date.isEmpty && s.startsAt.isEmpty && s.endsAt.isEmpty ? nil : s
        }
        a.competencies = (1...ActivityFormPage.competencyRows).compactMap { n in
            let code = f["kompetensi_\(n)"] ?? ""
            return code.isEmpty ? nil : (code: code, level: f["level_\(n)"] ?? "")
        }
        return a
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let form = try req.content.decode([String: String].self)
        let checked = try await Self.check(form, agencyID: try agency.requireID(), on: req.db)
        if let valid = checked.valid {
            let activity = try await ActivityService.create(
                valid, agencyID: try agency.requireID(), userID: user.userID, facilitators: checked.facilitators,
                on: req.db)
            return req.redirect(
                to: SiteURL.activity(try activity.requireID()) + "?pesan=" + FlashMessage.created.rawValue)
        }
        return try await page(
            req, agency: agency, input: checked.input, facilitators: form["facilitators"] ?? "", errors: checked.errors,
            status: .unprocessableEntity)
    }

    /// The form checked like the API body (`ActivityService.check`).
    static func check(_ form: [String: String], agencyID: UUID, on db: any Database) async throws
        -> ActivityService.Checked
    {
        try await ActivityService.check(
            Self.input(form), facilitatorNames: (form["facilitators"] ?? "").split(separator: ",").map(String.init),
            agencyID: agencyID, on: db)
    }

    // MARK: Changing an activity

    func edit(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Self.managed(req, user: user)
        let (input, facilitators) = try await Self.input(of: loaded.activity, on: req.db)
        return try await editPage(req, loaded, input: input, facilitators: facilitators, errors: [:], status: .ok)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Self.managed(req, user: user)
        let form = try req.content.decode([String: String].self)
        let checked = try await Self.check(form, agencyID: loaded.activity.agencyID, on: req.db)
        var errors = checked.errors
        if let valid = checked.valid {
            do {
                let note = try await ActivityService.update(
                    loaded.activity, valid, facilitators: checked.facilitators, userID: user.userID, on: req.db)
                guard let note else {
                    return req.redirect(to: SiteURL.activity(loaded.id) + "?pesan=" + FlashMessage.saved.rawValue)
                }
                let fresh = try await Guard(req, user).activity(.see)
                let (input, facilitators) = try await Self.input(of: fresh.activity, on: req.db)
                return try await editPage(
                    req, fresh, input: input, facilitators: facilitators, errors: ["status": note], status: .ok)
            } catch let refused as ActivityEditRefused {
                errors = refused.errors.messages
            }
        }
        return try await editPage(
            req, loaded, input: checked.input, facilitators: form["facilitators"] ?? "", errors: errors,
            status: .unprocessableEntity)
    }

    static func managed(_ req: Request, user: SignedInUser) async throws -> LoadedActivity {
        let loaded = try await Guard(req, user).activity(.manage)
        return loaded
    }

    private func editPage(
        _ req: Request, _ loaded: LoadedActivity, input: ActivityInput, facilitators: String, errors: [String: String],
        status: HTTPResponseStatus
    ) async throws -> Response {
        guard let agency = try await Agency.find(loaded.activity.agencyID, on: req.db) else { throw Abort(.notFound) }
        let competencies = try await CompetencyQueries.dictionary(agencyID: loaded.activity.agencyID, on: req.db)
            .map { (code: $0.code, name: $0.name) }
        return ActivityFormPage.render(
            .init(
                chrome: req.chrome("Ubah kegiatan"), agencyCode: agency.code, activityID: loaded.id, input: input,
                facilitators: facilitators, competencies: competencies, errors: errors
            )
        ).response(status: status)
    }

    /// A stored activity as the form shows it, with its facilitators' usernames.
    static func input(of a: Activity, on db: any Database) async throws -> (ActivityInput, String) {
        let id = try a.requireID()
        var i = ActivityInput()
        i.title = a.title
        i.description = a.description ?? ""
        i.jenisDiklatID = String(a.jenisDiklatID)
        i.providerKind = a.providerKind
        if let pid = a.partnerID, let p = try await Partner.find(pid, on: db) {
            i.partnerName = p.name
            i.partnerKind = p.kind
        }
        i.mode = a.mode
        i.place = a.place ?? ""
        i.capacity = a.capacity.map(String.init) ?? ""
        i.costPerParticipant = String(a.costPerParticipant)
        i.fixedCost = String(a.fixedCost)
        i.requiresApproval = a.requiresApproval
        i.minAttendancePercent = String(a.minAttendancePercent)
        i.postTestPassingScore = a.postTestPassingScore.map(String.init) ?? ""
        i.sessions = try await ActivitySession.query(on: db).filter(\.$activityID == id).sort(\.$date).sort(\.$startsAt)
            .all()
            .map { SessionInput(date: $0.date, startsAt: $0.startsAt, endsAt: $0.endsAt) }
        i.competencies = try await ActivityCompetency.query(on: db).filter(\.$activityID == id).sort(\.$competencyCode)
            .all()
            .map { (code: $0.competencyCode, level: String($0.level)) }
        let userIDs = try await ActivityFacilitator.query(on: db).filter(\.$activityID == id).all().map(\.userID)
        let names =
            userIDs.isEmpty
            ? []
            : try await User.query(on: db).filter(\.$id ~~ userIDs).sort(\.$username).all()
                .map(\.username)
        return (i, names.joined(separator: ", "))
    }
}
