import AsahCore
import Fluent
import Plot
import SQLKit
import Vapor

extension OrganizationFormController {
    struct UnitForm: Content {
        var name: String?
        var code: String?
        var parent_id: String?
        var head_position_id: String?
    }

    /// The unit's own positions, as head-position options.
    static func positionOptions(of unit: UUID, on db: any Database) async throws -> [(value: String, label: String)] {
        try await Position.query(on: db).filter(\.$unitID == unit).sort(\.$name).all().map {
            ($0.id!.uuidString, "\($0.name) (\(PositionKind(rawValue: $0.kind)?.label ?? $0.kind))")
        }
    }

    func newUnit(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let units = try await OrganizationQueries.units(agencyID: try agency.requireID(), on: req.db)
        return UnitFormPage.render(
            .init(
                chrome: req.chrome("Tambah unit kerja"), agencyCode: agency.code, action: SiteURL.newUnit(agency.code),
                parentID: req.query[String.self, at: "induk"] ?? "", parents: Self.unitOptions(units))
        ).response()
    }

    func createUnit(req: Request) async throws -> Response {
        try await saveUnit(req: req, existingID: nil)
    }

    func editUnit(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let unit = try await Guard(req, user).unit(of: agency)
        let units = try await OrganizationQueries.units(agencyID: try agency.requireID(), on: req.db)
        return UnitFormPage.render(
            .init(
                chrome: req.chrome("Ubah unit kerja"), agencyCode: agency.code,
                action: SiteURL.editUnit(agency.code, try unit.requireID().uuidString), name: unit.name,
                code: unit.code ?? "", parentID: unit.parentID?.uuidString ?? "",
                parents: Self.unitOptions(units, excluding: unit.path),
                positions: try await Self.positionOptions(of: try unit.requireID(), on: req.db),
                headPositionID: unit.headPositionID?.uuidString ?? "")
        ).response()
    }

    func updateUnit(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let unit = try await Guard(req, user).unit(of: agency)
        return try await saveUnit(req: req, existingID: try unit.requireID())
    }

    private func saveUnit(req: Request, existingID: UUID?) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let agencyID = try agency.requireID()
        let form = try req.content.decode(UnitForm.self)
        let name = (form.name ?? "").trimmingCharacters(in: .whitespaces)
        let code = (form.code ?? "").trimmingCharacters(in: .whitespaces)
        let existing = try await existingID.asyncFlatMap { try await Unit.find($0, on: req.db) }
        var parent: Unit?
        var errors: [String: String] = [:]
        if let raw = form.parent_id, !raw.isEmpty {
            parent = try await UUID(uuidString: raw).asyncFlatMap { try await Unit.find($0, on: req.db) }
            if parent == nil || parent?.agencyID != agencyID {
                parent = nil
                errors["parent_id"] = "Induk unit tidak ditemukan."
            }
        }
        let siblings = try await Unit.query(on: req.db).filter(\.$agencyID == agencyID).filter(
            \.$parentID == parent?.id
        ).all()
            .filter { $0.id != existingID }.map(\.name)
        var headPosition: UUID?
        if let raw = form.head_position_id, !raw.isEmpty {
            headPosition = UUID(uuidString: raw)
            let position = try await headPosition.asyncFlatMap { try await Position.find($0, on: req.db) }
            if position == nil || position?.unitID != existingID || existingID == nil {
                headPosition = nil
                errors["head_position_id"] = "Pilih jabatan yang berada di unit ini."
            }
        }
        errors.merge(
            UnitRules.validate(name: name, parentPath: parent?.path, ownPath: existing?.path, siblingNames: siblings)
        ) { a, _ in a }
        guard errors.isEmpty else {
            let units = try await OrganizationQueries.units(agencyID: agencyID, on: req.db)
            return UnitFormPage.render(
                .init(
                    chrome: req.chrome(existing == nil ? "Tambah unit kerja" : "Ubah unit kerja"),
                    agencyCode: agency.code,
                    action: existingID.map { SiteURL.editUnit(agency.code, $0.uuidString) }
                        ?? SiteURL.newUnit(agency.code),
                    name: name, code: code,
                    parentID: form.parent_id ?? "", parents: Self.unitOptions(units, excluding: existing?.path),
                    positions: try await existingID.asyncMap { try await Self.positionOptions(of: $0, on: req.db) }
                        ?? [],
                    headPositionID: form.head_position_id ?? "", errors: errors)
            ).response(status: .unprocessableEntity)
        }
        try await OrganizationService.saveUnit(
            existing, name: name, code: code, parent: parent, headPosition: headPosition, agencyID: agencyID,
            userID: user.userID, on: req.db)
        return req.redirect(to: SiteURL.agency(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
    }
}
