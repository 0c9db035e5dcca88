import AsahCore
import Fluent
import Vapor

/// The new-activity form (managers): the same rules and service as the API.
struct ActivityFormController {
    func new(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await AgencyAccess.load(req, user: user, need: .manage)
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
        return ActivityFormPage.render(.init(
            chrome: req.chrome("Kegiatan baru"), agencyCode: agency.code, input: input, facilitators: facilitators,
            competencies: competencies, errors: errors
        )).response(status: status)
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
                date: f["sesi_tanggal_\(n)"] ?? "", startsAt: f["sesi_mulai_\(n)"] ?? "", endsAt: f["sesi_selesai_\(n)"] ?? "")
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
        let agency = try await AgencyAccess.load(req, user: user, need: .manage)
        let agencyID = try agency.requireID()
        let form = try req.content.decode([String: String].self)
        let input = Self.input(form)
        let facilitatorText = form["facilitators"] ?? ""
        var errors: [String: String] = [:]
        var facilitators: [UUID] = []
        for name in facilitatorText.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            if let u = try await User.query(on: req.db).filter(\.$username == name).first() {
                facilitators.append(try u.requireID())
            } else {
                errors["facilitators"] = "Tidak ada pengguna bernama \(name)."
            }
        }
        let known = Set(try await CompetencyQueries.dictionary(agencyID: agencyID, on: req.db).map(\.code))
        let table = try await AgencySettings.jpConversion(agencyID, on: req.db)
        switch ActivityRules.validate(input, knownCompetencies: known, table: table) {
        case .failure(let e):
            errors.merge(e.messages) { a, _ in a }
        case .success(let valid) where errors.isEmpty:
            let activity = try await ActivityService.create(
                valid, agencyID: agencyID, userID: user.userID, facilitators: facilitators, on: req.db)
            return req.redirect(to: SiteURL.activity(try activity.requireID()) + "?pesan=" + FlashMessage.created.rawValue)
        case .success:
            break
        }
        return try await page(
            req, agency: agency, input: input, facilitators: facilitatorText, errors: errors, status: .unprocessableEntity)
    }
}
