import AsahCore
import Fluent
import Vapor

/// The agency's (or a unit's) compliance with the yearly JP minimum, its two CSVs, and the training
/// history export in SIASN's shape.
struct ComplianceController {
    static let perPage = 25
    static let denied = "Laporan pemenuhan JP tersedia untuk pengelola dan kepala unit kerja."

    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let scoped = try await GapReportController.scope(req, user: user, denied: Self.denied)
        let agencyID = try scoped.agency.requireID()
        let year = try CompetencyProfileController.year(req)
        let path = scoped.unit?.path
        let report = try await ComplianceReport.build(agencyID: agencyID, year: year, unitPath: path, on: req.db)
        let lines = Self.rollUp(
            report, units: try await OrganizationQueries.units(agencyID: agencyID, on: req.db),
            scope: scoped.unit)
        if req.query[String.self, at: "format"] == "csv" {
            if req.query[String.self, at: "daftar"] == "pppk" {
                let today = try await req.today(for: agencyID)
                let maximum = try await AgencySettings.jpTargets(agencyID, on: req.db).pppkMaximum
                let over = try await PPPKLimitQueries.over(
                    agencyID: agencyID, unitPath: path, maximum: maximum, today: today, on: req.db)
                return ComplianceCSV.pppkOver(over.rows, agency: scoped.agency.code)
            }
            if req.query[String.self, at: "daftar"] == "kurang" {
                let below = try await ComplianceQueries.below(
                    agencyID: agencyID, year: year, minimum: report.minimum, unitPath: path, limit: nil, on: req.db)
                return ComplianceCSV.below(below, minimum: report.minimum, agency: scoped.agency.code, year: year)
            }
            return ComplianceCSV.units(lines, agency: scoped.agency.code, year: year)
        }
        let paging = Paging(
            page: req.query[Int.self, at: "page"], per: nil, defaultPer: Self.perPage, maxPer: Self.perPage)
        let monthly = try await ComplianceQueries.monthly(
            agencyID: agencyID, year: year, minimum: report.minimum, unitPath: path, on: req.db)
        let today = try await req.today(for: agencyID)
        let thisYear = today.year
        let maximum = try await AgencySettings.jpTargets(agencyID, on: req.db).pppkMaximum
        var model = CompliancePage.Model(
            chrome: req.chrome("Pemenuhan JP"), agencyCode: scoped.agency.code, agencyName: scoped.agency.name,
            scopeName: scoped.unit?.name, unitID: scoped.unit?.id?.uuidString, year: year,
            years: Array(max(2000, thisYear - 3)...thisYear), report: report, lines: lines,
            reachedByMonth: Array(monthly.prefix(JPMonthly.months(of: year, today: today))),
            below: try await ComplianceQueries.below(
                agencyID: agencyID, year: year, minimum: report.minimum, unitPath: path, limit: paging.per,
                offset: paging.offset, on: req.db),
            page: paging.page, perPage: paging.per, canManage: scoped.canManage)
        model.pppkMaximum = maximum
        (model.pppkOver, model.pppkOverCount) = try await PPPKLimitQueries.over(
            agencyID: agencyID, unitPath: path, maximum: maximum, today: today, limit: CompliancePage.pppkShown,
            on: req.db)
        return CompliancePage.render(model).response()
    }

    /// The report's units added up one level below the scope, lowest share first.
    static func rollUp(_ report: ComplianceReport, units: [OrganizationQueries.UnitRow], scope: Unit?)
        -> [UnitRollUp.Line<JPCompliance>]
    {
        UnitRollUp.lines(
            report.units.map { (unitID: $0.id, value: $0.compliance) }, units: units, scope: scope,
            add: { JPCompliance(counted: $0.counted + $1.counted, met: $0.met + $1.met) }
        ).sorted { ($0.value.percentTenths ?? 0, $0.name) < ($1.value.percentTenths ?? 0, $1.name) }
    }

    /// Every ledger line of the year in SIASN's training-history shape (managers only), streamed
    /// chunk by chunk (`ComplianceQueries.eachHistoryChunk`).
    func history(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let agencyID = try agency.requireID()
        let year = try CompetencyProfileController.year(req)
        let db = req.db
        return CSVText.stream(
            header: ComplianceCSV.historyHeader, filename: "riwayat-diklat-\(agency.code)-\(year).csv"
        ) { write in
            try await ComplianceQueries.eachHistoryChunk(agencyID: agencyID, year: year, on: db) { chunk in
                try await write(chunk.map(ComplianceCSV.historyLine))
            }
        }
    }
}
