import AsahCore
import Fluent
import Vapor

/// `/instansi/:code/talenta?tahun=&unit=&kotak=`: the talent 9-box page, one box's people on request,
/// and the form for the agency's potential cut-offs (managers).
struct TalentPageController {
    struct CutoffForm: Content {
        var menengah: String?
        var tinggi: String?
    }

    func show(req: Request) async throws -> Response {
        try await page(req, form: nil, errors: [:], status: .ok)
    }

    func saveCutoffs(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let agency = try await guarded.agency(.manage)
        let form = try req.content.decode(CutoffForm.self)
        switch PotentialCutoffs.make(menengah: form.menengah, tinggi: form.tinggi) {
        case .failure(let errors):
            return try await page(req, form: form, errors: errors.messages, status: .unprocessableEntity)
        case .success(let cutoffs):
            let agencyID = try agency.requireID()
            let before = try await AgencySettings.talentCutoffs(agencyID, on: req.db)
            try await req.db.transaction { tx in
                try await AgencySettings.save(cutoffs, .talentCutoffs, agencyID: agencyID, on: tx)
                try await AuditEntry(
                    agencyID: agencyID, userID: guarded.user.userID, action: "update", entity: "talent_cutoffs",
                    entityID: agency.code, before: "\(before.menengah)/\(before.tinggi)",
                    after: "\(cutoffs.menengah)/\(cutoffs.tinggi)"
                ).create(on: tx)
            }
            return req.redirect(
                to: SitePath.instansiTalenta.link(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
        }
    }

    private func page(_ req: Request, form: CutoffForm?, errors: [String: String], status: HTTPStatus) async throws
        -> Response
    {
        let agency = try await req.pageGuard().agency(.manage)
        let agencyID = try agency.requireID()
        let year = try CompetencyProfileController.year(req)
        let (report, cutoffs) = try await TalentController.load(req, agency, year: year, unitParameter: "unit")
        let box = req.query[Int.self, at: "kotak"].flatMap(TalentGrid.box)
        return TalentPage.render(
            .init(
                chrome: req.chrome("Pemetaan talenta \(year)"), agencyCode: agency.code, year: year,
                thisYear: try await req.today(for: agencyID).year,
                units: try await OrganizationQueries.units(agencyID: agencyID, on: req.db).filter {
                    $0.parentID == nil
                },
                unitID: req.query[String.self, at: "unit"], report: report, cutoffs: cutoffs, selected: box,
                form: form
                    ?? .init(
                        menengah: IndonesianFormat.decimal(Double(cutoffs.menengah) / 10, fractionDigits: 1),
                        tinggi: IndonesianFormat.decimal(Double(cutoffs.tinggi) / 10, fractionDigits: 1)),
                errors: errors)
        ).response(status: status)
    }
}
