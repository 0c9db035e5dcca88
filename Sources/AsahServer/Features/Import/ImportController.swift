import AsahCore
import Fluent
import Vapor

struct ImportController {
    struct UploadForm: Content {
        var berkas: File?
    }

    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        return ImportPage.render(
            .init(chrome: req.chrome("Impor SIASN"), agencyCode: agency.code, agencyName: agency.name)
        ).response()
    }

    /// Stores the upload and shows the dry-run report.
    func check(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let agencyID = try agency.requireID()
        let form = try? req.content.decode(UploadForm.self)
        guard let file = form?.berkas, file.data.readableBytes > 0 else {
            return ImportPage.render(
                .init(
                    chrome: req.chrome("Impor SIASN"), agencyCode: agency.code, agencyName: agency.name,
                    error: "Pilih berkas ekspor SIASN terlebih dahulu.")
            ).response(status: .badRequest)
        }
        let data = Data(buffer: file.data)
        let report = try await EmployeeImporter.run(
            file: data, agencyID: agencyID, dryRun: true, userID: user.userID,
            today: try await req.today(for: agencyID), on: req.db)
        let uploadID =
            report.isValid
            ? try await ImportUploadService.keep(
                data, filename: file.filename, agencyID: agencyID, userID: user.userID, on: req.db
            ).uuidString : nil
        return ImportReportPage.render(
            .init(
                chrome: req.chrome("Hasil pemeriksaan"), agencyCode: agency.code, filename: file.filename,
                report: report, uploadID: uploadID, done: false)
        ).response(status: report.isValid ? .ok : .unprocessableEntity)
    }

    /// Imports a checked upload for real.
    func confirm(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let agencyID = try agency.requireID()
        let upload = try await ImportUploadService.find(
            req.parameters.get("upload"), agencyID: agencyID, userID: user.userID, on: req.db)
        let report = try await EmployeeImporter.run(
            file: upload.content, agencyID: agencyID, dryRun: false, userID: user.userID,
            today: try await req.today(for: agencyID), taking: upload.id,
            on: req.db)
        return ImportReportPage.render(
            .init(
                chrome: req.chrome(report.isValid ? "Impor selesai" : "Hasil pemeriksaan"), agencyCode: agency.code,
                filename: upload.filename, report: report, uploadID: nil, done: report.isValid)
        ).response(status: report.isValid ? .ok : .unprocessableEntity)
    }
}
