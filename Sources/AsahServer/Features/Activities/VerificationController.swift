import AsahCore
import Plot
import Vapor

struct VerificationController {
    func show(req: Request) async throws -> Response {
        let typed = req.parameters.get("code") ?? req.query[String.self, at: "kode"] ?? ""
        var model = VerificationPage.Model(chrome: req.chrome("Verifikasi sertifikat"), typed: typed)
        if !typed.isEmpty {
            model.certificate = try await IssuedCertificate.find(typed: typed, on: req.db)
            model.notFound = model.certificate == nil
        }
        return VerificationPage.render(model).response(status: model.notFound ? .notFound : .ok)
    }
}
