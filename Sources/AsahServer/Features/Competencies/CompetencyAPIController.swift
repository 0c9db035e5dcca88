import AsahCore
import Fluent
import Vapor

/// JSON API of competencies, standards, assessments, profiles and gaps.
struct CompetencyAPIController {
    func dictionary(req: Request) async throws -> Paged<CompetencyDTO> {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.listEmployees)
        let items = try await CompetencyQueries.dictionary(agencyID: try agency.requireID(), on: req.db).map {
            CompetencyDTO(
                code: $0.code, name: $0.name, group: $0.group.rawValue, definition: $0.definition,
                levels: $0.levels, national: $0.isNational)
        }
        return Paged(items: items, page: 1, per: max(items.count, 1), total: items.count)
    }

    private func position(_ req: Request, agency: Agency) async throws -> Position {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let position = try await Position.find(id, on: req.db), position.agencyID == agency.id
        else { throw APIError(.notFound, code: .notFound, message: "Jabatan tidak ditemukan di instansi ini.") }
        return position
    }

    func standard(req: Request) async throws -> StandardDTO {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.listEmployees)
        let position = try await position(req, agency: agency)
        let year = try req.apiYear()
        let loaded = try await StandardQueries.load(positionID: try position.requireID(), year: year, on: req.db)
        return StandardDTO(
            year: year, status: loaded.standard?.status,
            items: loaded.items.map { .init(competency: $0.code, level: $0.level) })
    }

    func putStandard(req: Request) async throws -> StandardDTO {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.manage)
        let position = try await position(req, agency: agency)
        guard let body = try? req.content.decode(StandardDTO.self) else {
            throw APIError(
                .badRequest, code: .invalid, message: "Kirim {\"year\", \"items\": [{\"competency\", \"level\"}]}.")
        }
        let agencyID = try agency.requireID()
        let items = body.items.map { StandardRules.Item(code: $0.competency.uppercased(), level: $0.level) }
        let known = Set(try await CompetencyQueries.dictionary(agencyID: agencyID, on: req.db).map(\.code))
        let problems = StandardRules.problems(items, knownCodes: known)
        guard problems.isEmpty, WorkYear.range.contains(body.year) else {
            throw APIError(
                .unprocessableEntity, code: .invalid, message: "Standar tidak disimpan.",
                details: problems.map { .init(field: "items", message: $0) }
                    + (WorkYear.range.contains(body.year) ? [] : [.init(field: "year", message: WorkYear.message)]))
        }
        let status = body.status.flatMap(CompetencyStandard.Status.init(rawValue:)) ?? .draft
        try await StandardService.put(
            agencyID: agencyID, positionID: try position.requireID(), year: body.year, items: items, status: status,
            userID: user.userID, on: req.db)
        return StandardDTO(year: body.year, status: status.rawValue, items: body.items)
    }

    func assess(req: Request) async throws -> Response {
        let user = try req.requireAPIUser()
        let e = try await Guard(req, user).employee(.read)
        guard let body = try? req.content.decode(AssessmentRequest.self) else {
            throw APIError(
                .badRequest, code: .invalid,
                message: "Kirim {\"competency\", \"level\", \"source\", \"assessed_on\", \"note\"}.")
        }
        let today = try await req.today(for: e.agencyID)
        let year = today.year
        let profile = try await ProfileQueries.profile(
            employeeID: e.id, agencyID: e.agencyID, positionID: e.positionID, year: year, on: req.db)
        let input = AssessmentInput(
            code: body.competency, level: String(body.level), source: body.source, assessedOn: body.assessedOn,
            note: body.note ?? "", evidenceURL: body.evidenceUrl ?? "")
        switch AssessmentRules.validate(input, knownCodes: Set(profile.items.map(\.code)), today: today) {
        case .failure(let errors):
            throw APIError(
                .unprocessableEntity, code: .invalid, message: "Penilaian tidak disimpan.",
                details: errors.messages.sorted { $0.key < $1.key }.map { .init(field: $0.key, message: $0.value) })
        case .success(let v):
            try Guard(req, user).allow(.assess(v.source), on: e.facts)
            try await AssessmentService.record(
                .init(
                    agencyID: e.agencyID, employeeID: e.id, code: v.code, level: v.level, source: v.source,
                    assessedOn: v.assessedOn,
                    assessorID: v.source == .supervisor || v.source == .selfAssessment ? user.actor.employeeID : nil,
                    recordedBy: user.userID, note: v.note, evidenceURL: v.evidenceURL), today: today, on: req.db)
            let response = Response(status: .created)
            let updated = try await ProfileQueries.profile(
                employeeID: e.id, agencyID: e.agencyID, positionID: e.positionID, year: year, on: req.db)
            try response.content.encode(Self.profileDTO(nip: e.nip, position: e.positionName, profile: updated))
            return response
        }
    }

    /// The hot path: a body cached under the current data version (one single-row read), else the
    /// employee and the profile in one query with the JSON written by hand.
    func profile(req: Request) async throws -> Response {
        let user = try req.requireAPIUser()
        let year = try req.apiYear()
        let nip = NIP.normalize(req.parameters.get("nip") ?? "")
        let cache = req.application.profileCache
        let version = cache.capacity > 0 ? try await ProfileCache.version(on: req.db) : 0
        let entry: ProfileCache.Entry
        if let hit = cache.entry(nip: nip, year: year, version: version) {
            entry = hit
        } else {
            guard let (subject, p) = try await ProfileQueries.profile(nip: nip, year: year, on: req.db) else {
                throw RecordKind.employee.notFound
            }
            entry = .init(
                version: version, subject: subject,
                body: Self.profileDTO(nip: subject.nip, position: subject.positionName, profile: p).json().buffer)
            cache.store(entry, nip: nip, year: year)
        }
        try Guard(req, user).allow(.read, on: entry.subject.facts)
        return JSONWriter.response(entry.body)
    }

    static func profileDTO(nip: String, position: String?, profile p: ProfileQueries.Profile) -> CompetencyProfileDTO {
        CompetencyProfileDTO(
            nip: nip, year: p.year, position: position,
            items: p.items.map {
                .init(
                    code: $0.code, name: $0.name, group: $0.group.rawValue, required: $0.required, current: $0.current,
                    gap: $0.gap, source: $0.current == nil ? nil : ($0.source?.rawValue ?? "weighted"),
                    assessedOn: $0.assessedOn)
            },
            jpm: p.jpm?.percent.value, assessed: p.jpm?.assessed ?? 0, total: p.items.count,
            mappingCategory: p.jpm?.mapping?.rawValue, selectionCategory: p.jpm?.selection?.rawValue,
            jpmFormula: p.jpm?.formula.rawValue)
    }

    func gaps(req: Request) async throws -> CompetencyGapsDTO {
        let user = try req.requireAPIUser()
        let scoped = try await GapReportController.scope(req, user: user)
        let year = try req.apiYear()
        let r = try await GapReport.build(
            agencyID: try scoped.agency.requireID(), year: year, scopeUnit: scoped.unit, largest: false, on: req.db)
        return CompetencyGapsDTO(
            year: year, employees: r.employees, assessed: r.assessed,
            competencies: r.competencies, units: r.units)
    }

    /// `GET /api/v1/agencies/{code}/positions/{id}/candidates`: the agency's employees ranked for a position.
    func candidates(req: Request) async throws -> Paged<CandidateDTO> {
        let user = try req.requireAPIUser()
        let guarded = Guard(req, user)
        let agency = try await guarded.agency(.manage)
        let position = try await guarded.position(of: agency)
        let ranked = try await CandidateQueries.rank(
            agencyID: try agency.requireID(), positionID: try position.requireID(), year: try req.apiYear(),
            on: req.db)
        let items = ranked.map {
            CandidateDTO(
                nip: $0.row.nip, name: $0.fullName, unit: $0.row.unitName, position: $0.row.positionName,
                jpm: $0.percent.value, selectionCategory: $0.selection?.rawValue, assessed: $0.row.assessed,
                total: $0.total)
        }
        return Paged(items: items, page: 1, per: max(items.count, 1), total: items.count)
    }
}
