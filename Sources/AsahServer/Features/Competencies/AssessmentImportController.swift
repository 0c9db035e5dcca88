import AsahCore
import Fluent
import Vapor

struct AssessmentImportController {
    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        return AssessmentImportPage.render(.init(chrome: req.chrome("Impor penilaian"), agencyCode: agency.code))
            .response()
    }

    func check(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let agencyID = try agency.requireID()
        guard let file = (try? req.content.decode(ImportController.UploadForm.self))?.berkas,
            file.data.readableBytes > 0
        else {
            return AssessmentImportPage.render(
                .init(
                    chrome: req.chrome("Impor penilaian"), agencyCode: agency.code,
                    error: "Pilih berkas terlebih dahulu.")
            ).response(status: .badRequest)
        }
        let data = Data(buffer: file.data)
        let report = try await AssessmentImporter.run(
            file: data, agencyID: agencyID, dryRun: true, userID: user.userID,
            today: try await req.today(for: agencyID), on: req.db)
        let uploadID =
            report.isValid
            ? try await ImportUploadService.keep(
                data, filename: file.filename, agencyID: agencyID, userID: user.userID, on: req.db
            ).uuidString : nil
        return AssessmentImportPage.render(
            .init(
                chrome: req.chrome("Hasil pemeriksaan"), agencyCode: agency.code, report: report, uploadID: uploadID,
                filename: file.filename)
        ).response(status: report.isValid ? .ok : .unprocessableEntity)
    }

    func confirm(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let agencyID = try agency.requireID()
        let upload = try await ImportUploadService.find(
            req.parameters.get("upload"), agencyID: agencyID, userID: user.userID, on: req.db)
        let report = try await AssessmentImporter.run(
            file: upload.content, agencyID: agencyID, dryRun: false, userID: user.userID,
            today: try await req.today(for: agencyID), taking: upload.id, on: req.db)
        return AssessmentImportPage.render(
            .init(
                chrome: req.chrome("Impor penilaian"), agencyCode: agency.code, report: report,
                filename: upload.filename,
                done: report.isValid)
        ).response(status: report.isValid ? .ok : .unprocessableEntity)
    }
}
