import AsahCore
import Fluent
import Vapor

struct OrganizationAPIController {
    func agencies(req: Request) async throws -> Paged<AgencyDTO> {
        let user = try req.requireAPIUser()
        let rows = try await OrganizationQueries.agencies(on: req.db)
            .filter { AccessPolicy.agency($0.id, may: true, user.actor) != .hidden }
        let items = rows.map {
            AgencyDTO(code: $0.code, name: $0.name, kind: $0.kind, province: $0.province, employees: $0.employees)
        }
        return Paged(items: items, page: 1, per: max(items.count, 1), total: items.count)
    }

    func units(req: Request) async throws -> Paged<UnitDTO> {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.view)
        let rows = try await OrganizationQueries.units(agencyID: try agency.requireID(), on: req.db)
        let items = rows.map {
            UnitDTO(id: $0.id, parentId: $0.parentID, name: $0.name, code: $0.code, employees: $0.employees)
        }
        return Paged(items: items, page: 1, per: max(items.count, 1), total: items.count)
    }

    func employees(req: Request) async throws -> Paged<EmployeeSummaryDTO> {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.listEmployees)
        let id = try agency.requireID()
        guard let scope = AccessPolicy.listScope(agency: id, user.actor) else { throw Abort(.notFound) }
        let paging = Paging(
            page: req.query[Int.self, at: "page"], per: req.query[Int.self, at: "per"], defaultPer: 50, maxPer: 200)
        let (page, per) = (paging.page, paging.per)
        var unitPath: String?
        if let raw = req.query[String.self, at: "unit"] {
            guard let unitID = UUID(uuidString: raw), let unit = try await Unit.find(unitID, on: req.db),
                unit.agencyID == id
            else {
                throw APIError(
                    .badRequest, code: .invalid, message: "Unit kerja tidak dikenal di instansi ini.",
                    details: [.init(field: "unit", message: "Unit kerja tidak dikenal di instansi ini.")])
            }
            unitPath = unit.path
        }
        let result = try await EmployeeQueries.list(
            .init(
                agencyID: id, scope: scope, search: req.query[String.self, at: "q"], unitPath: unitPath, page: page,
                per: per), on: req.db)
        let items = result.rows.map { r in
            EmployeeSummaryDTO(
                nip: r.nip, name: r.name, fullName: r.fullName, status: r.status, golongan: r.golongan,
                unit: r.unitID.map { Ref(id: $0, name: r.unitName ?? "") }, position: r.positionName)
        }
        return Paged(items: items, page: page, per: per, total: result.total)
    }

    func employee(req: Request) async throws -> EmployeeDTO {
        let user = try req.requireAPIUser()
        let e = try await Guard(req, user).employee(.read)
        let contact = AccessPolicy.canSeeContact(of: e.facts, user.actor)
        let supervisorReadable =
            try await e.supervisorID
            .asyncFlatMap { try await EmployeeQueries.facts(id: $0, on: req.db) }
            .map { AccessPolicy.canRead(employee: $0, user.actor) } ?? false
        return EmployeeDTO(
            nip: e.nip, name: e.name, gelarDepan: e.gelarDepan, gelarBelakang: e.gelarBelakang, fullName: e.fullName,
            status: e.status, golongan: e.golongan, gender: e.gender, birthDate: e.birthDate,
            email: contact ? e.email : e.email.map { Masking.email($0) },
            phone: contact ? e.phone : e.phone.map { Masking.phone($0) },
            unit: e.unitID.map { Ref(id: $0, name: e.unitName ?? "") },
            position: e.positionID.map {
                PositionRef(
                    id: $0, name: e.positionName ?? "", kind: e.positionKind ?? "", jenjang: e.positionJenjang)
            },
            supervisorNip: supervisorReadable ? e.supervisorNIP : nil)
    }

    func importEmployees(req: Request) async throws -> Response {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.manage)
        guard let body = req.body.data, body.readableBytes > 0 else {
            throw APIError(
                .badRequest, code: .invalid,
                message: "Kirim berkas unduhan SIASN (CSV atau XLSX) sebagai isi permintaan.")
        }
        let dryRun = try req.dryRunFlag()
        let report = try await EmployeeImporter.run(
            file: Data(buffer: body), agencyID: try agency.requireID(), dryRun: dryRun, userID: user.userID,
            today: try await req.today(for: try agency.requireID()),
            on: req.db)
        let details = report.errors.map { APIError.Detail(row: $0.row, column: $0.column, message: $0.message) }
        guard report.isValid else {
            throw APIError(
                .unprocessableEntity, code: .invalidRows,
                message: "Ada \(details.count) masalah dalam berkas; tidak ada yang disimpan.", details: details)
        }
        let response = Response(status: .ok)
        try response.content.encode(
            ImportResultDTO(
                created: report.created, updated: report.updated, unchanged: report.unchanged,
                unitsCreated: report.unitsCreated, positionsCreated: report.positionsCreated, dryRun: dryRun,
                errors: []))
        return response
    }
}
