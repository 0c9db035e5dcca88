import AsahCore
import Fluent
import Vapor

/// Pages of external learning: the employee's records and form, the manager's queue and decisions,
/// and the certificate file for whoever may read the employee.
struct ExternalLearningController {
    struct Form: Content {
        var title: String?
        var jenis_diklat_id: String?
        var provider: String?
        var started_on: String?
        var finished_on: String?
        var jp: String?
        var certificate_no: String?
        var international: String?
        var sertifikat: File?

        var input: ExternalLearningInput {
            var i = ExternalLearningInput()
            i.title = title ?? ""
            i.jenisDiklatID = jenis_diklat_id ?? ""
            i.provider = provider ?? ""
            i.startedOn = started_on ?? ""
            i.finishedOn = finished_on ?? ""
            i.jp = jp ?? ""
            i.certificateNo = certificate_no ?? ""
            i.international = international == "ya"
            return i
        }
    }

    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.read)
        return try await page(req, user: user, e, input: ExternalLearningInput(), errors: [:], status: .ok)
    }

    private func page(
        _ req: Request, user: SignedInUser, _ e: EmployeeQueries.Detail, input: ExternalLearningInput,
        errors: [String: String], status: HTTPResponseStatus
    ) async throws -> Response {
        ExternalLearningPage.render(
            .init(
                chrome: req.chrome("Pelatihan di luar instansi"), nip: e.nip, name: e.fullName,
                canSubmit: AccessPolicy.canRecordExternalLearning(of: e.facts, user.actor),
                rows: try await ExternalLearningQueries.of(employeeID: e.id, on: req.db),
                input: input, errors: errors
            )
        ).response(status: status)
    }

    /// Only the employee records their own learning.
    func submit(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.recordExternalLearning)
        let form = try req.content.decode(Form.self)
        let table = try await AgencySettings.jpConversion(e.agencyID, on: req.db)
        var errors: [String: String] = [:]
        var proof: ExternalLearningService.Proof?
        if let file = form.sertifikat, file.data.readableBytes > 0 {
            switch EvidenceRules.check(filename: file.filename, size: file.data.readableBytes) {
            case .success(let type):
                proof = .init(filename: file.filename, contentType: type, data: Data(buffer: file.data))
            case .failure(let e): errors["sertifikat"] = e.messages.values.first
            }
        } else {
            errors["sertifikat"] = "Lampirkan berkas sertifikat sebagai bukti."
        }
        switch ExternalLearningRules.validate(form.input, today: req.today, table: table) {
        case .success(let v) where errors.isEmpty:
            _ = try await ExternalLearningService.submit(
                v, agencyID: e.agencyID, employeeID: e.id, proof: proof!, on: req.db)
            return req.redirect(to: SiteURL.externalLearning(e.nip) + "?pesan=" + FlashMessage.created.rawValue)
        case .success: break
        case .failure(let e): errors.merge(e.messages) { a, _ in a }
        }
        return try await page(req, user: user, e, input: form.input, errors: errors, status: .unprocessableEntity)
    }

    func queue(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        return ExternalLearningQueuePage.render(
            .init(
                chrome: req.chrome("Pemeriksaan pelatihan luar"), agencyCode: agency.code,
                rows: try await ExternalLearningQueries.queue(agencyID: try agency.requireID(), on: req.db), error: nil
            )
        ).response()
    }

    struct Decision: Content {
        var keputusan: String
        var alasan: String?
    }

    func decide(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let (record, _) = try await Guard(req, user).externalLearning(.decide)
        let id = try record.requireID()
        guard let agency = try await Agency.find(record.agencyID, on: req.db) else { throw RecordKind.agency.notFound }
        let form = try req.content.decode(Decision.self)
        do {
            try await ExternalLearningService.decide(
                id, accept: form.keputusan == "terima", reason: form.alasan, userID: user.userID, on: req.db)
        } catch let abort as AbortError where abort.status == .unprocessableEntity || abort.status == .conflict {
            return ExternalLearningQueuePage.render(
                .init(
                    chrome: req.chrome("Pemeriksaan pelatihan luar"), agencyCode: agency.code,
                    rows: try await ExternalLearningQueries.queue(agencyID: record.agencyID, on: req.db),
                    error: abort.reason
                )
            ).response(status: abort.status)
        }
        return req.redirect(to: SiteURL.externalQueue(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
    }

    /// The certificate file, as an attachment, for whoever may read the employee.
    func proof(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let (record, _) = try await Guard(req, user).externalLearning(.readProof)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: record.proofType)
        let safe = record.proofFilename.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }
        headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"\(safe.isEmpty ? "sertifikat" : safe)\"")
        return Response(status: .ok, headers: headers, body: .init(data: record.proof))
    }
}
