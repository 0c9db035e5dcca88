import AsahCore
import Fluent
import Vapor

/// Standard pages: view (anyone who may list the agency), edit and copy (managers).
struct StandardController {
    private func load(_ req: Request, need: AgencyNeed) async throws -> (SignedInUser, Agency, Position) {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(need)
        let position = try await Guard(req, user).position(of: agency)
        return (user, agency, position)
    }

    func show(req: Request) async throws -> Response {
        let (user, agency, position) = try await load(req, need: .listEmployees)
        return try await page(
            req, user: user, agency: agency, position: position, year: try CompetencyProfileController.year(req))
    }

    func save(req: Request) async throws -> Response {
        let (user, agency, position) = try await load(req, need: .manage)
        let agencyID = try agency.requireID()
        let year = try req.formYear()
        let dictionary = try await CompetencyQueries.dictionary(agencyID: agencyID, on: req.db)
        let items = dictionary.compactMap { entry -> StandardRules.Item? in
            guard let raw = try? req.content.get(String.self, at: "level_" + entry.code), let level = Int(raw) else {
                return nil
            }
            return StandardRules.Item(code: entry.code, level: level)
        }
        let status =
            (try? req.content.get(String.self, at: "status")).flatMap(CompetencyStandard.Status.init(rawValue:))
            ?? .draft
        let problems = StandardRules.problems(items, knownCodes: Set(dictionary.map(\.code)))
        guard problems.isEmpty else {
            return try await page(
                req, user: user, agency: agency, position: position, year: year, problems: problems,
                levels: Dictionary(items.map { ($0.code, $0.level) }, uniquingKeysWith: { a, _ in a }))
        }
        try await StandardService.put(
            agencyID: agencyID, positionID: try position.requireID(), year: year, items: items, status: status,
            userID: user.userID, on: req.db)
        return req.redirect(
            to: SiteURL.positionStandard(agency.code, try position.requireID().uuidString, year: year) + "&pesan="
                + FlashMessage.saved.rawValue)
    }

    func copy(req: Request) async throws -> Response {
        let (user, agency, position) = try await load(req, need: .manage)
        let agencyID = try agency.requireID()
        let year = try req.formYear()
        let source = try await StandardQueries.load(positionID: try position.requireID(), year: year, on: req.db)
        guard source.standard != nil else {
            throw Abort(.badRequest, reason: "Simpan standar jabatan ini terlebih dahulu.")
        }
        let targets = try await Self.copyTargets(
            position, byKind: (try? req.content.get(String.self, at: "target")) == "kind", on: req.db)
        try await StandardService.copy(
            source.items, to: try targets.map { try $0.requireID() }, agencyID: agencyID, year: year,
            userID: user.userID, on: req.db)
        return req.redirect(
            to: SiteURL.positionStandard(agency.code, try position.requireID().uuidString, year: year) + "&pesan="
                + FlashMessage.saved.rawValue)
    }

    static func copyTargets(_ position: Position, byKind: Bool, on db: any Database) async throws -> [Position] {
        var query = Position.query(on: db).filter(\.$agencyID == position.agencyID).filter(\.$id != position.id!)
        query = byKind ? query.filter(\.$kind == position.kind) : query.filter(\.$unitID == position.unitID)
        return try await query.all()
    }

    private func page(
        _ req: Request, user: SignedInUser, agency: Agency, position: Position, year: Int, problems: [String] = [],
        levels: [String: Int]? = nil
    ) async throws -> Response {
        let agencyID = try agency.requireID()
        let loaded = try await StandardQueries.load(positionID: try position.requireID(), year: year, on: req.db)
        let defaults = try await AgencySettings.standardDefaults(agencyID, on: req.db)
        let shown =
            try levels
            ?? Dictionary(
                uniqueKeysWithValues: (loaded.standard == nil
                    ? StandardRules.defaults(
                        kind: try PositionKind(stored: position.kind, column: "kind"),
                        jenjang: position.jenjang.flatMap(FungsionalJenjang.init(rawValue:)), defaults)
                    : loaded.items).map { ($0.code, $0.level) })
        let canManage = AccessPolicy.canManage(agency: agencyID, user.actor)
        return StandardPage.render(
            .init(
                chrome: req.chrome("Standar kompetensi · " + position.name), agencyCode: agency.code,
                positionID: try position.requireID().uuidString, positionName: position.name,
                positionKind: position.kind,
                year: year, status: loaded.standard?.status, levels: shown,
                dictionary: try await CompetencyQueries.dictionary(agencyID: agencyID, on: req.db),
                canManage: canManage,
                sameUnitCount: canManage ? try await Self.copyTargets(position, byKind: false, on: req.db).count : 0,
                sameKindCount: canManage ? try await Self.copyTargets(position, byKind: true, on: req.db).count : 0,
                problems: problems)
        ).response(status: problems.isEmpty ? .ok : .unprocessableEntity)
    }
}
