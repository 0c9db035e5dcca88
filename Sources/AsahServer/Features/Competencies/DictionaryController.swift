import AsahCore
import AsahFormats
import Fluent
import Vapor

struct DictionaryController {
    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.listEmployees)
        return try await page(req, user: user, agency: agency, input: nil, errors: [:])
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
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
            try await DictionaryService.create(v, agencyID: agencyID, userID: user.userID, on: req.db)
            return req.redirect(to: SiteURL.competencies(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
        }
    }

    /// The agency's teknis competencies as an Excel-friendly CSV (the same shape the import reads).
    func export(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.listEmployees)
        let own = try await TechnicalCompetency.query(on: req.db).filter(\.$agencyID == (try agency.requireID())).sort(
            \.$code
        ).all()
        let lines =
            [TechnicalCompetencyCSV.header.joined(separator: ";")]
            + own.map {
                ([$0.code, $0.name, $0.group, $0.definition] + $0.levels).map(CSVText.field).joined(separator: ";")
            }
        return CSVText.response(lines, filename: "kompetensi-teknis-\(agency.code).csv")
    }

    /// Creates or updates teknis competencies from CSV: all rows valid, or nothing is written.
    func importCSV(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let agencyID = try agency.requireID()
        guard let file = (try? req.content.decode(ImportController.UploadForm.self))?.berkas,
            file.data.readableBytes > 0
        else {
            return try await page(
                req, user: user, agency: agency, input: nil, errors: [:],
                importIssues: [
                    ImportIssue(row: 1, column: "berkas", message: "Pilih berkas CSV terlebih dahulu.")
                ])
        }
        let parsed = TechnicalCompetencyCSV.parse(Data(buffer: file.data))
        guard parsed.issues.isEmpty else {
            return try await page(req, user: user, agency: agency, input: nil, errors: [:], importIssues: parsed.issues)
        }
        try await DictionaryService.importRows(
            parsed.rows, filename: file.filename, agencyID: agencyID, userID: user.userID, on: req.db)
        return req.redirect(to: SiteURL.competencies(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
    }

    private func page(
        _ req: Request, user: SignedInUser, agency: Agency, input: TechnicalCompetencyInput?, errors: [String: String],
        importIssues: [ImportIssue] = []
    ) async throws -> Response {
        let agencyID = try agency.requireID()
        return DictionaryPage.render(
            .init(
                chrome: req.chrome("Kamus kompetensi"), agencyCode: agency.code,
                entries: try await CompetencyQueries.dictionary(agencyID: agencyID, on: req.db),
                canManage: AccessPolicy.canManage(agency: agencyID, user.actor), input: input, errors: errors,
                importIssues: importIssues)
        ).response(status: errors.isEmpty && importIssues.isEmpty ? .ok : .unprocessableEntity)
    }
}
