import AsahCore
import Fluent
import Vapor

struct DictionaryController {
    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await AgencyAccess.load(req, user: user, need: .list)
        return try await page(req, user: user, agency: agency, input: nil, errors: [:])
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await AgencyAccess.load(req, user: user, need: .manage)
        let agencyID = try agency.requireID()
        func field(_ name: String) -> String { (try? req.content.get(String.self, at: name)) ?? "" }
        let input = TechnicalCompetencyInput(
            code: field("code"), name: field("name"), group: field("group"), definition: field("definition"),
            levels: (1...5).map { field("level_\($0)") })
        switch TechnicalCompetencyRules.validate(input) {
        case .failure(let errors):
            return try await page(req, user: user, agency: agency, input: input, errors: errors.messages)
        case .success(let v):
            if try await TechnicalCompetency.query(on: req.db).filter(\.$agencyID == agencyID).filter(\.$code == v.code)
                .count() > 0
            {
                return try await page(
                    req, user: user, agency: agency, input: input, errors: ["code": "Kode \(v.code) sudah dipakai."])
            }
            let competency = TechnicalCompetency()
            competency.agencyID = agencyID
            competency.code = v.code
            competency.name = v.name
            competency.group = v.group.rawValue
            competency.definition = v.definition
            competency.levels = v.levels
            try await req.db.transaction { tx in
                try await competency.create(on: tx)
                try await AuditEntry(
                    agencyID: agencyID, userID: user.userID, action: "create", entity: "competency", entityID: v.code,
                    before: nil, after: v.name
                ).create(on: tx)
            }
            return req.redirect(to: SiteURL.competencies(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
        }
    }

    private func page(
        _ req: Request, user: SignedInUser, agency: Agency, input: TechnicalCompetencyInput?, errors: [String: String]
    ) async throws -> Response {
        let agencyID = try agency.requireID()
        return DictionaryPage.render(
            .init(
                chrome: req.chrome("Kamus kompetensi"), agencyCode: agency.code,
                entries: try await CompetencyQueries.dictionary(agencyID: agencyID, on: req.db),
                canManage: AccessPolicy.canManage(agency: agencyID, user.actor), input: input, errors: errors)
        ).response(status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
