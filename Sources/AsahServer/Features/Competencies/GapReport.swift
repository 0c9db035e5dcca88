import AsahCore
import Fluent
import Vapor

/// Everything the gap report shows, for the page, the CSV and the API alike.
struct GapReport: Sendable {
    /// Also the API's shape (keys become snake_case on the wire).
    struct Competency: Content {
        var code: String
        var name: String
        var employees: Int
        var assessed: Int
        var requiredAvg: Double
        var currentAvg: Double?
        var withGap: Int
        var gapSum: Int
        /// Average gap over the assessed employees.
        var averageGap: Double? { assessed > 0 ? Double(gapSum) / Double(assessed) : nil }
    }

    struct UnitLine: Content {
        var id: UUID?
        var name: String
        var employees: Int
        var withAnyGap: Int
    }

    var year: Int
    var employees: Int
    var assessed: Int
    var competencies: [Competency]
    var units: [UnitLine]
    var largest: [GapReportQueries.LargestGap]
    var names: [String: String]

    /// `scopeUnit` is the unit the report is narrowed to (its sub-units become the lines), or nil
    /// for the whole agency (its top-level units become the lines).
    /// `largest: false` skips the ten largest gaps (the API does not return them).
    static func build(
        agencyID: UUID, year: Int, scopeUnit: Unit?, largest withLargest: Bool = true, on db: any Database
    )
        async throws -> GapReport
    {
        let path = scopeUnit?.path
        let names = try await CompetencyQueries.names(agencyID: agencyID, on: db).mapValues(\.name)
        let rows = try await GapReportQueries.competencies(agencyID: agencyID, year: year, unitPath: path, on: db)
        let competencies = rows.map { r in
            Competency(
                code: r.code, name: names[r.code] ?? r.code, employees: r.employees, assessed: r.assessed,
                requiredAvg: r.employees > 0 ? Double(r.requiredSum) / Double(r.employees) : 0,
                currentAvg: r.assessed > 0 ? Double(r.currentSum ?? 0) / Double(r.assessed) : nil,
                withGap: r.withGap, gapSum: r.gapSum)
        }
        let unitRows = try await GapReportQueries.units(agencyID: agencyID, year: year, unitPath: path, on: db)
        let allUnits = try await OrganizationQueries.units(agencyID: agencyID, on: db)
        let lines = rollUp(unitRows, units: allUnits, scope: scopeUnit)
        let largest =
            withLargest
            ? try await GapReportQueries.largestGaps(agencyID: agencyID, year: year, unitPath: path, on: db) : []
        return GapReport(
            year: year, employees: unitRows.reduce(0) { $0 + $1.employees },
            assessed: unitRows.reduce(0) { $0 + $1.assessed }, competencies: competencies,
            units: lines, largest: largest, names: names)
    }

    /// Adds each unit's counts to its ancestor one level below the scope; most gaps first.
    static func rollUp(
        _ rows: [GapReportQueries.UnitRow], units: [OrganizationQueries.UnitRow], scope: Unit?
    ) -> [UnitLine] {
        UnitRollUp.lines(
            rows.map { (unitID: $0.unitID, value: (employees: $0.employees, withAnyGap: $0.withAnyGap)) },
            units: units, scope: scope, add: { ($0.employees + $1.employees, $0.withAnyGap + $1.withAnyGap) }
        )
        .map { UnitLine(id: $0.id, name: $0.name, employees: $0.value.employees, withAnyGap: $0.value.withAnyGap) }
        .sorted { ($0.withAnyGap, $1.name) > ($1.withAnyGap, $0.name) }
    }
}
