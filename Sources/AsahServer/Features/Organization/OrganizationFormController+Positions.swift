import AsahCore
import Fluent
import Plot
import SQLKit
import Vapor

extension OrganizationFormController {
    struct PositionForm: Content {
        var name: String?
        var kind: String?
        var jenjang: String?
        var unit_id: String?
    }

    func positions(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let paging = Paging(
            page: req.query[Int.self, at: "page"], per: nil, defaultPer: PositionListPage.perPage,
            maxPer: PositionListPage.perPage)
        let (page, per) = (paging.page, paging.per)
        let total = try await OrganizationQueries.count("positions", agencyID: try agency.requireID(), on: req.db)
        let rows = try await req.sql.raw(
            """
            SELECT p.id, p.name, p.kind, p.jenjang, u.name AS unit_name, COUNT(e.id) AS employees
            FROM positions p LEFT JOIN units u ON u.id = p.unit_id LEFT JOIN employees e ON e.position_id = p.id
            WHERE p.agency_id = \(bind: try agency.requireID())
            GROUP BY p.id, p.name, p.kind, p.jenjang, u.name ORDER BY (u.name IS NULL), u.name, p.name, p.id
            LIMIT \(literal: per) OFFSET \(literal: paging.offset)
            """
        ).rows(PositionListPage.Row.self)
        return PositionListPage.render(
            .init(
                chrome: req.chrome("Jabatan"), agencyCode: agency.code, rows: rows, page: page,
                pages: max(1, (total + per - 1) / per), total: total)
        )
        .response()
    }

    func newPosition(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let units = try await OrganizationQueries.units(agencyID: try agency.requireID(), on: req.db)
        return PositionFormPage.render(
            .init(
                chrome: req.chrome("Tambah jabatan"), agencyCode: agency.code, action: SiteURL.newPosition(agency.code),
                units: Self.unitOptions(units))
        ).response()
    }

    func createPosition(req: Request) async throws -> Response { try await savePosition(req: req, editing: false) }

    func editPosition(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let position = try await Guard(req, user).position(of: agency)
        let units = try await OrganizationQueries.units(agencyID: try agency.requireID(), on: req.db)
        return PositionFormPage.render(
            .init(
                chrome: req.chrome("Ubah jabatan"), agencyCode: agency.code,
                action: SiteURL.editPosition(agency.code, try position.requireID().uuidString), name: position.name,
                kind: position.kind, jenjang: position.jenjang ?? "", unitID: position.unitID?.uuidString ?? "",
                units: Self.unitOptions(units))
        ).response()
    }

    func updatePosition(req: Request) async throws -> Response { try await savePosition(req: req, editing: true) }

    private func savePosition(req: Request, editing: Bool) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let agencyID = try agency.requireID()
        let existing = editing ? try await Guard(req, user).position(of: agency) : nil
        let form = try req.content.decode(PositionForm.self)
        let name = (form.name ?? "").trimmingCharacters(in: .whitespaces)
        var errors: [String: String] = [:]
        var kind: PositionKind?
        var jenjang: FungsionalJenjang?
        switch PositionRules.validate(name: name, kind: form.kind, jenjang: form.jenjang) {
        case .success(let v): (kind, jenjang) = (v.kind, v.jenjang)
        case .failure(let e): errors = e.messages
        }
        var unitID: UUID?
        if let raw = form.unit_id, !raw.isEmpty {
            let unit = try await UUID(uuidString: raw).asyncFlatMap { try await Unit.find($0, on: req.db) }
            if let unit, unit.agencyID == agencyID {
                unitID = unit.id
            } else {
                errors["unit_id"] = "Unit kerja tidak ditemukan."
            }
        }
        guard errors.isEmpty, let kind else {
            let units = try await OrganizationQueries.units(agencyID: agencyID, on: req.db)
            return PositionFormPage.render(
                .init(
                    chrome: req.chrome(editing ? "Ubah jabatan" : "Tambah jabatan"), agencyCode: agency.code,
                    action: try existing.map { SiteURL.editPosition(agency.code, try $0.requireID().uuidString) }
                        ?? SiteURL.newPosition(agency.code),
                    name: name, kind: form.kind ?? "", jenjang: form.jenjang ?? "",
                    unitID: form.unit_id ?? "", units: Self.unitOptions(units), errors: errors)
            ).response(status: .unprocessableEntity)
        }
        let position =
            existing ?? Position(agencyID: agencyID, unitID: unitID, name: name, kind: kind.rawValue, jenjang: nil)
        position.name = name
        position.kind = kind.rawValue
        position.jenjang = jenjang?.rawValue
        position.unitID = unitID
        try await OrganizationService.save(position, isNew: !editing, userID: user.userID, on: req.db)
        return req.redirect(to: SiteURL.positions(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
    }
}
