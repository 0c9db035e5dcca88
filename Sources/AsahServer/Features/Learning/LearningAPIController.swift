import AsahCore
import Fluent
import Vapor

/// JSON API of the JP ledger: one employee's year, and the agency's compliance with the minimum.
struct LearningAPIController {
    func hours(req: Request) async throws -> LearningHoursDTO {
        let user = try req.requireAPIUser()
        let e = try await Guard(req, user).employee(.read)
        let year = try req.apiYear()
        let targets = try await AgencySettings.jpTargets(e.agencyID, on: req.db).forService(e.service, year: year)
        let entries = try await LearningQueries.entries(employeeID: e.id, year: year, on: req.db)
        let total = entries.map(\.jp).total
        let status = try EmployeeStatus(stored: e.status, column: "status")
        let yearStatus = JPYear.status(status, total: total, targets: targets)
        var missing: JP?
        if case .below(let m) = yearStatus { missing = m }
        return LearningHoursDTO(
            nip: e.nip, year: year, employeeStatus: status.rawValue, totalJp: total,
            targetJp: status.isPPPK ? nil : targets.pnsMinimum, maxJp: status.isPPPK ? targets.pppkMaximum : nil,
            status: yearStatus.code, missingJp: missing,
            entries: entries.map {
                .init(
                    date: $0.learnedOn, title: $0.title, source: $0.source, jenisDiklatId: $0.jenisDiklatID,
                    jenisDiklat: JenisDiklat.name(of: $0.jenisDiklatID), jp: $0.jp, minutes: $0.minutes,
                    provider: $0.provider, certificateNo: $0.certificateNo, earnedAt: $0.earnedAt)
            })
    }

    func compliance(req: Request) async throws -> ComplianceDTO {
        let user = try req.requireAPIUser()
        let scoped = try await GapReportController.scope(
            req, user: user, denied: "Laporan pemenuhan JP tersedia untuk pengelola dan kepala unit kerja.")
        let agencyID = try scoped.agency.requireID()
        let year = try req.apiYear()
        let report = try await ComplianceReport.build(
            agencyID: agencyID, year: year, unitPath: scoped.unit?.path, on: req.db)
        return ComplianceDTO(
            year: year, minimumJp: report.minimum, pns: report.total.counted, met: report.total.met,
            rate: report.total.rate,
            units: report.units.map {
                .init(
                    id: $0.id, name: $0.name, pns: $0.compliance.counted, met: $0.compliance.met,
                    rate: $0.compliance.rate)
            })
    }
}

/// The compliance report for the API and the page: lines per unit, totals as their sums.
struct ComplianceReport: Sendable {
    struct UnitLine: Sendable {
        var id: UUID?
        var name: String
        var compliance: JPCompliance
    }

    var minimum: JP
    var total: JPCompliance
    var units: [UnitLine]

    static func build(agencyID: UUID, year: Int, unitPath: String?, on db: any Database) async throws
        -> ComplianceReport
    {
        let minimum = try await AgencySettings.jpTargets(agencyID, on: db).pnsMinimum
        let lines = try await LearningQueries.compliance(
            agencyID: agencyID, year: year, minimum: minimum, unitPath: unitPath, on: db)
        let names = try await Unit.query(on: db).filter(\.$agencyID == agencyID).all()
            .reduce(into: [UUID: String]()) { $0[$1.id!] = $1.name }
        let units = lines.map {
            UnitLine(
                id: $0.unitID, name: $0.unitID.flatMap { names[$0] } ?? "Tanpa unit kerja",
                compliance: JPCompliance(counted: $0.pns, met: $0.met))
        }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        return ComplianceReport(minimum: minimum, total: lines.total, units: units)
    }
}
