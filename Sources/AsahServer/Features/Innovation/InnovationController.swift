import AsahCore
import Fluent
import Vapor

/// Pages of innovation projects: the agency's list, one employee's projects, proposing and editing,
/// and the agency's JP rule.
struct InnovationController {
    func list(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        return try await listPage(
            req, user: user, agency: try await Guard(req, user).agency(.listInnovations), setting: nil, status: .ok)
    }

    private func listPage(
        _ req: Request, user: SignedInUser, agency: Agency, setting: InnovationListPage.Setting?,
        status: HTTPResponseStatus
    ) async throws -> Response {
        let id = try agency.requireID()
        let rows = try await InnovationQueries.list(agencyID: id, on: req.db)
        let manager = AccessPolicy.isManager(of: id, user.actor)
        let rule = try await InnovationQueries.jpRule(agencyID: id, on: req.db)
        return InnovationListPage.render(
            .init(
                chrome: req.chrome("Proyek inovasi"), heading: "Proyek inovasi",
                back: (SiteURL.activities(agency.code), "Kegiatan pengembangan"),
                rows: rows, visible: try await Self.visible(rows, user: user, manager: manager, on: req.db),
                newURL: AccessPolicy.canProposeInnovation(agency: id, user.actor)
                    ? SiteURL.newInnovation(agency.code) : nil,
                setting: manager ? setting ?? .init(agencyCode: agency.code, value: rule.perMember.number) : nil,
                showRole: false
            )
        ).response(status: status)
    }

    /// The projects an employee is in (read like the employee's profile).
    func employee(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.read)
        let rows = try await InnovationQueries.forEmployee(e.id, on: req.db)
        let manager = AccessPolicy.isManager(of: e.agencyID, user.actor)
        return InnovationListPage.render(
            .init(
                chrome: req.chrome("Proyek inovasi"), heading: "Proyek inovasi · \(e.fullName)",
                back: (SiteURL.employee(e.nip), e.fullName),
                rows: rows, visible: try await Self.visible(rows, user: user, manager: manager, on: req.db),
                newURL: user.actor.employeeID == e.id ? SiteURL.newInnovation(e.agencyCode) : nil, setting: nil,
                showRole: true
            )
        ).response()
    }

    /// Managers open every project; others the ones they are in.
    static func visible(_ rows: [InnovationQueries.ListRow], user: SignedInUser, manager: Bool, on db: any Database)
        async throws -> Set<UUID>
    {
        if manager { return Set(rows.map(\.id)) }
        guard let me = user.actor.employeeID else { return [] }
        return Set(try await InnovationQueries.forEmployee(me, on: db).map(\.id))
    }

    func new(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.proposeInnovation)
        let input = InnovationInput(startsOn: req.today.iso, endsOn: req.today.addingDays(120).iso)
        return try form(req, user: user, agency: agency, input: input, ketua: "", errors: [:], status: .ok)
    }

    private func form(
        _ req: Request, user: SignedInUser, agency: Agency, input: InnovationInput, ketua: String,
        errors: [String: String],
        status: HTTPResponseStatus
    ) throws -> Response {
        let id = try agency.requireID()
        let manager = AccessPolicy.isManager(of: id, user.actor)
        return InnovationFormPage.render(
            .init(
                chrome: req.chrome("Usulkan proyek inovasi"), heading: "Usulkan proyek inovasi",
                action: SiteURL.newInnovation(agency.code),
                back: (SiteURL.innovations(agency.code), "Proyek inovasi"), input: input, ketuaNIP: ketua,
                askKetua: manager,
                competencyHint: Self.competencyHint, errors: errors
            )
        ).response(status: status)
    }

    static let competencyHint =
        "Kode kompetensi dipisah koma, misalnya M.02, M.04 atau kode kompetensi teknis instansi."

    struct ProjectForm: Content {
        var title: String?
        var problem: String?
        var competencies: String?
        var starts_on: String?
        var ends_on: String?
        var ketua_nip: String?

        var input: InnovationInput {
            InnovationInput(
                title: title, problem: problem, competencies: competencies, startsOn: starts_on, endsOn: ends_on)
        }
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.proposeInnovation)
        let f = try req.content.decode(ProjectForm.self)
        let outcome = try await InnovationService.create(
            f.input, ketuaNIP: f.ketua_nip, agency: agency, user: user, on: req.db)
        switch outcome {
        case .success(let p):
            return req.redirect(to: SiteURL.innovation(try p.requireID()) + "?pesan=" + FlashMessage.created.rawValue)
        case .failure(let e):
            return try form(
                req, user: user, agency: agency, input: f.input, ketua: f.ketua_nip ?? "", errors: e.messages,
                status: .unprocessableEntity)
        }
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let (p, facts) = try await Guard(req, user).project(.manage)
        let input = InnovationInput(
            title: p.title, problem: p.problem, competencies: p.competencies.joined(separator: ", "),
            startsOn: p.startsOn,
            endsOn: p.endsOn)
        return try editForm(req, user: user, p, facts, input: input, errors: [:], status: .ok)
    }

    private func editForm(
        _ req: Request, user: SignedInUser, _ p: InnovationProject, _ facts: InnovationFacts, input: InnovationInput,
        errors: [String: String], status: HTTPResponseStatus
    ) throws -> Response {
        InnovationFormPage.render(
            .init(
                chrome: req.chrome("Ubah proyek inovasi"), heading: "Ubah proyek inovasi",
                action: SiteURL.editInnovation(p.id!),
                back: (SiteURL.innovation(p.id!), p.title), input: input, ketuaNIP: nil, askKetua: false,
                competencyHint: Self.competencyHint, errors: errors
            )
        ).response(status: status)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let (p, facts) = try await Guard(req, user).project(.manage)
        let f = try req.content.decode(ProjectForm.self)
        let known = Set(try await CompetencyQueries.dictionary(agencyID: p.agencyID, on: req.db).map(\.code))
        switch InnovationRules.validate(f.input, knownCompetencies: known) {
        case .success(let v):
            try await InnovationService.update(p, v, userID: user.userID, on: req.db)
            return req.redirect(to: SiteURL.innovation(p.id!) + "?pesan=" + FlashMessage.saved.rawValue)
        case .failure(let e):
            return try editForm(
                req, user: user, p, facts, input: f.input, errors: e.messages, status: .unprocessableEntity)
        }
    }

    /// Managers set the JP a completed project credits each member.
    func saveSetting(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let id = try agency.requireID()
        let text = (try? req.content.get(String.self, at: "innovation_jp")) ?? ""
        switch InnovationJPRule.make(perMember: text) {
        case .failure(let e):
            return try await listPage(
                req, user: user, agency: agency,
                setting: .init(agencyCode: agency.code, value: text, error: e["innovation_jp"]),
                status: .unprocessableEntity)
        case .success(let rule):
            try await InnovationService.setJPRule(rule, agencyID: id, userID: user.userID, on: req.db)
            return req.redirect(to: SiteURL.innovations(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
        }
    }
}
