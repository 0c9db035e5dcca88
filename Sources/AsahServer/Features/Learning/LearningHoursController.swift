import AsahCore
import Fluent
import Vapor

/// An employee's JP page: whoever may read the employee (themself, their supervisor, their unit head,
/// the agency's managers) sees the year's total against the target and its ledger lines.
struct LearningHoursController {
    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.read)
        let year = try CompetencyProfileController.year(req)
        let isSelf = user.actor.employeeID == e.id
        let years = try await LearningQueries.years(employeeID: e.id, on: req.db)
        let targets = try await AgencySettings.jpTargets(e.agencyID, on: req.db)
        let status = try EmployeeStatus(stored: e.status, column: "status")
        let contractYear =
            status.isPPPK
            ? try await PPPKLimitQueries.total(
                employeeID: e.id, contractStart: e.contractStart, today: try await req.today(for: e.agencyID),
                on: req.db) : nil
        return LearningHoursPage.render(
            .init(
                chrome: req.chrome(isSelf ? "JP saya" : "JP · " + e.fullName), employee: e, year: year,
                years: Array(Set(years + [year, req.today.year])).sorted(),
                targets: targets.forService(e.service, year: year), agencyMinimum: targets.pnsMinimum,
                contractYear: contractYear,
                entries: try await LearningQueries.entries(employeeID: e.id, year: year, on: req.db), isSelf: isSelf,
                status: status)
        ).response()
    }
}
