import AsahCore
import Fluent
import Vapor

/// Agency page, employee list and employee profile.
struct EmployeeController {
    static let perPage = 25

    func agency(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.view)
        let id = try agency.requireID()
        let units = try await OrganizationQueries.units(agencyID: id, on: req.db)
        return AgencyPage.render(
            .init(
                chrome: req.chrome(agency.name), code: agency.code, name: agency.name, kind: agency.kind,
                province: agency.province, timeZone: agency.timeZone, units: units,
                canManage: AccessPolicy.canManage(agency: id, user.actor))
        ).response()
    }

    func list(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.listEmployees)
        let id = try agency.requireID()
        guard let scope = AccessPolicy.listScope(agency: id, user.actor) else { throw Abort(.notFound) }
        let search = req.query[String.self, at: "q"] ?? ""
        let page = Paging(
            page: req.query[Int.self, at: "page"], per: Self.perPage, defaultPer: Self.perPage, maxPer: Self.perPage
        ).page
        var unitFilter: (id: String, name: String)?
        var unitPath: String?
        if let unitID = req.query[String.self, at: "unit"].flatMap(UUID.init(uuidString:)),
            let unit = try await Unit.find(unitID, on: req.db), unit.agencyID == id
        {
            unitFilter = (unitID.uuidString, unit.name)
            unitPath = unit.path
        }
        let result = try await EmployeeQueries.list(
            .init(agencyID: id, scope: scope, search: search, unitPath: unitPath, page: page, per: Self.perPage),
            on: req.db)
        let heading: String
        switch scope {
        case .agency: heading = "Pegawai"
        case .unitSubtree: heading = "Pegawai unit kerja"
        case .subordinates: heading = "Bawahan saya"
        }
        return EmployeeListPage.render(
            .init(
                chrome: req.chrome(heading), agencyCode: agency.code, agencyName: agency.name, heading: heading,
                search: search, unitFilter: unitFilter, rows: result.rows, page: page, per: Self.perPage,
                total: result.total, canManage: AccessPolicy.canManage(agency: id, user.actor))
        ).response()
    }

    func profile(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.read)
        let subordinates = try await EmployeeQueries.subordinates(of: e.id, agencyID: e.agencyID, on: req.db)
            .filter { AccessPolicy.canRead(employee: $0.facts, user.actor) }
        let supervisorVisible =
            try await e.supervisorID
            .asyncFlatMap { try await EmployeeQueries.facts(id: $0, on: req.db) }
            .map { AccessPolicy.canRead(employee: $0, user.actor) } ?? false
        let chain = try await PerformanceQueries.supervisorChain(of: e.id, on: req.db)
        return EmployeeProfilePage.render(
            .init(
                chrome: req.chrome(e.fullName), employee: e, subordinates: subordinates,
                showContact: AccessPolicy.canSeeContact(of: e.facts, user.actor),
                canChange: AccessPolicy.canChange(employee: e.facts, user.actor),
                supervisorVisible: supervisorVisible,
                showPerformance: AccessPolicy.canSeePerformance(of: e.facts, chain: chain, user.actor))
        ).response()
    }
}

extension Optional {
    func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
