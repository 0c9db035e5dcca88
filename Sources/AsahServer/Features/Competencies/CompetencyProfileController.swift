import AsahCore
import Fluent
import Vapor

/// The employee competency profile page and recording an assessment from it.
struct CompetencyProfileController {
    struct AssessmentForm: Content {
        var competency: String?
        var level: String?
        var source: String?
        var assessed_on: String?
        var note: String?
        var evidence_url: String?
        var bukti: File?

        var input: AssessmentInput {
            AssessmentInput(
                code: competency ?? "", level: level ?? "", source: source ?? "", assessedOn: assessed_on ?? "",
                note: note ?? "", evidenceURL: evidence_url ?? "")
        }
    }

    /// The page's `?tahun=`: this year when absent; a year outside 2000-2100 is refused (400) like
    /// everywhere else, never silently replaced.
    static func year(_ req: Request) throws -> Int {
        guard req.url.query != nil, let raw = req.query[String.self, at: "tahun"], !raw.isEmpty else {
            return req.today.year  // the common case skips query decoding
        }
        guard let year = WorkYear.parse(raw) else { throw Abort(.badRequest, reason: WorkYear.message) }
        return year
    }

    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.read)
        return try await page(req, user: user, employee: e, year: try Self.year(req), errors: [:], status: .ok)
    }

    func assess(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.read)
        let today = try await req.today(for: e.agencyID)
        let year = today.year
        let form = try req.content.decode(AssessmentForm.self)
        let profile = try await ProfileQueries.profile(
            employeeID: e.id, agencyID: e.agencyID, positionID: e.positionID, year: year, on: req.db)
        let known = Set(profile.items.map(\.code))
        var evidence: AssessmentService.Evidence?
        if let file = form.bukti, file.data.readableBytes > 0 {
            switch EvidenceRules.check(filename: file.filename, size: file.data.readableBytes) {
            case .failure(let errors):
                return try await page(
                    req, user: user, employee: e, year: year, errors: errors.messages, status: .unprocessableEntity)
            case .success(let type):
                evidence = .init(filename: file.filename, contentType: type, content: Data(buffer: file.data))
            }
        }
        switch AssessmentRules.validate(form.input, knownCodes: known, today: today) {
        case .failure(let errors):
            return try await page(
                req, user: user, employee: e, year: year, errors: errors.messages, status: .unprocessableEntity)
        case .success(let v):
            try Guard(req, user).allow(.assess(v.source), on: e.facts)
            try await AssessmentService.record(
                .init(
                    agencyID: e.agencyID, employeeID: e.id, code: v.code, level: v.level, source: v.source,
                    assessedOn: v.assessedOn,
                    assessorID: v.source == .supervisor || v.source == .selfAssessment
                        ? user.actor.employeeID : nil,
                    recordedBy: user.userID, note: v.note, evidenceURL: v.evidenceURL, evidence: evidence),
                today: today, on: req.db)
            return req.redirect(to: SiteURL.competencyProfile(e.nip) + "?pesan=" + FlashMessage.saved.rawValue)
        }
    }

    /// An evidence file, for whoever may read the employee.
    func evidence(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.read)
        guard let id = req.parameters.get("file").flatMap(UUID.init(uuidString:)),
            let file = try await ProfileQueries.evidence(id: id, employeeID: e.id, on: req.db)
        else { throw RecordKind.evidence.notFound }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: file.contentType)
        let safeName = file.filename.filter { $0.isLetter || $0.isNumber || "._-".contains($0) }
        headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"\(safeName.isEmpty ? "bukti" : safeName)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(data: file.content))
    }

    private func page(
        _ req: Request, user: SignedInUser, employee e: EmployeeQueries.Detail, year: Int, errors: [String: String],
        status: HTTPResponseStatus
    ) async throws -> Response {
        let profile = try await ProfileQueries.profile(
            employeeID: e.id, agencyID: e.agencyID, positionID: e.positionID, year: year, on: req.db)
        let names = try await CompetencyQueries.names(agencyID: e.agencyID, on: req.db).mapValues(\.name)
        let sources =
            year == req.today.year && profile.hasStandard
            ? AssessmentSource.allCases.filter { AccessPolicy.canAssess(employee: e.facts, source: $0, user.actor) }
            : []
        return CompetencyProfilePage.render(
            .init(
                chrome: req.chrome("Profil kompetensi · " + e.fullName), employee: e, profile: profile,
                history: try await ProfileQueries.history(employeeID: e.id, on: req.db), names: names,
                sources: sources, today: req.today.iso, errors: errors)
        ).response(status: status)
    }
}
