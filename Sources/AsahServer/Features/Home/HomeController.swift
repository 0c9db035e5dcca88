import AsahCore
import Fluent
import Vapor

struct HomeController {
    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        var model = HomePage.Model(chrome: req.chrome("Beranda"), greetingName: user.displayName)
        let actor = user.actor
        if AccessPolicy.canListAgencies(actor) {
            model.agencies = try await OrganizationQueries.agencies(on: req.db)
            model.listsAgencies = true
        }
        if let agencyID = actor.agencyID, let code = user.agencyCode {
            if AccessPolicy.isManager(of: agencyID, actor), let agency = try await Agency.find(agencyID, on: req.db) {
                model.agency = .init(
                    code: code, name: agency.name,
                    statusCounts: try await Self.counts(agencyID: agencyID, unitPath: nil, on: req.db),
                    units: try await OrganizationQueries.count("units", agencyID: agencyID, on: req.db),
                    positions: try await OrganizationQueries.count("positions", agencyID: agencyID, on: req.db),
                    canManage: AccessPolicy.canManage(agency: agencyID, actor))
            } else if case .unitSubtree(let path)? = AccessPolicy.listScope(agency: agencyID, actor),
                let unitID = UUID(uuidString: path.split(separator: "/").last.map(String.init) ?? ""),
                let unit = try await Unit.find(unitID, on: req.db)
            {
                model.unit = .init(
                    agencyCode: code, unitName: unit.name,
                    statusCounts: try await Self.counts(agencyID: agencyID, unitPath: path, on: req.db))
            }
        }
        var held: (id: UUID, nip: String)?  // the signed-in PNS or CPNS, held to the JP minimum
        if let nip = user.employeeNIP, let me = try await EmployeeQueries.detail(nip: nip, on: req.db) {
            let subordinates = try await Employee.query(on: req.db).filter(\.$supervisorID == me.id).count()
            model.me = .init(
                nip: nip, fullName: me.fullName, positionName: me.positionName, unitName: me.unitName,
                subordinates: subordinates, agencyCode: user.agencyCode)
            if EmployeeStatus(rawValue: me.status)?.isPPPK == false { held = (me.id, nip) }
        }
        model.jp = try await Self.reminders(model, user: user, held: held, today: req.today, on: req.db)
        if let agencyID = actor.agencyID, let scope = AccessPolicy.approvalScope(agency: agencyID, actor) {
            model.pendingApprovals = try await ApprovalQueries.count(
                agencyID: agencyID, scope: scope, excluding: user.actor.employeeID, on: req.db)
        }
        return HomePage.render(model).response()
    }

    /// From the agency's reminder month on: the employee's own shortfall, the unit head's count of PNS
    /// below the minimum, the manager's agency rate.
    static func reminders(
        _ model: HomePage.Model, user: SignedInUser, held: (id: UUID, nip: String)?, today: CivilDate,
        on db: any Database
    ) async throws -> HomePage.JPReminders? {
        guard let agencyID = user.actor.agencyID, let code = user.agencyCode,
            try await AgencySettings.jpReminder(agencyID, on: db).isDue(on: today)
        else { return nil }
        let minimum = try await AgencySettings.jpTargets(agencyID, on: db).pnsMinimum
        var out = HomePage.JPReminders(agencyCode: code, year: today.year, minimum: minimum)
        if let held {
            let total = try await LearningQueries.total(employeeID: held.id, year: today.year, on: db)
            if total < minimum { out.own = (held.nip, total) }
        }
        if model.agency != nil {
            out.agency = try await LearningQueries.complianceTotal(
                agencyID: agencyID, year: today.year, minimum: minimum, unitPath: nil, on: db)
        } else if model.unit != nil, let path = user.actor.unitPath {
            let unit = try await LearningQueries.complianceTotal(
                agencyID: agencyID, year: today.year, minimum: minimum, unitPath: path, on: db)
            out.unitBelow = unit.counted - unit.met
        }
        return out.isEmpty ? nil : out
    }

    static func counts(agencyID: UUID, unitPath: String?, on db: any Database) async throws -> [String: Int] {
        let rows = try await OrganizationQueries.statusCounts(agencyID: agencyID, unitPath: unitPath, on: db)
        return Dictionary(rows.map { ($0.status, $0.n) }, uniquingKeysWith: +)
    }
}
