import AsahCore
import Fluent
import Vapor

/// `POST /api/v1/agencies/{code}/imports/assessments`: a CSV of results, checked whole, written only
/// when every row is valid (`?dry_run=true` only checks).
struct AssessmentImportAPIController {
    struct ResultDTO: Content {
        var created: Int
        var employees: Int
        var dryRun: Bool
        var errors: [APIError.Detail]
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.manage)
        guard let body = req.body.data, body.readableBytes > 0 else {
            throw APIError(.badRequest, code: .invalid, message: "Kirim berkas CSV penilaian sebagai isi permintaan.")
        }
        let dryRun = try req.dryRunFlag()
        let report = try await AssessmentImporter.run(
            file: Data(buffer: body), agencyID: try agency.requireID(), dryRun: dryRun, userID: user.userID,
            today: try await req.today(for: agency.requireID()), on: req.db)
        guard report.isValid else {
            throw APIError(
                .unprocessableEntity, code: .invalidRows,
                message: "Ada \(report.errors.count) masalah dalam berkas; tidak ada yang disimpan.",
                details: report.errors.map { .init(row: $0.row, column: $0.column, message: $0.message) })
        }
        let response = Response(status: .ok)
        try response.content.encode(
            ResultDTO(created: report.created, employees: report.employees, dryRun: dryRun, errors: []))
        return response
    }
}
