import AsahCore
import AsahFormats
import Fluent
import Foundation
import SQLKit

/// Imports performance ratings exported from e-Kinerja (`PerformanceCSV`): all or nothing, with a
/// dry run; every NIP must be an employee of the agency. Ratings already there for a period are
/// replaced by the file's.
enum PerformanceImporter {
    struct Report: Sendable {
        var ratings = 0
        var employees = 0
        var errors: [ImportIssue] = []
        var isValid: Bool { errors.isEmpty }
    }

    static func run(
        file: Data, agencyID: UUID, dryRun: Bool, userID: UUID?, thisYear: Int, now: Date, on db: any Database
    ) async throws -> Report {
        var report = Report()
        let parsed = PerformanceCSV.parse(file, thisYear: thisYear)
        let (ids, unknown) = try await EmployeeQueries.ids(
            named: parsed.rows.map { ($0.row, $0.nip) }, agencyID: agencyID, on: db)
        report.errors = (parsed.issues + unknown).sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        report.ratings = parsed.rows.count
        report.employees = Set(parsed.rows.map(\.nip)).count
        guard report.isValid, !dryRun, !parsed.rows.isEmpty else { return report }
        let ratings = parsed.rows.map { (employeeID: ids[$0.nip]!, input: $0.rating) }
        let summary = "\(report.ratings) penilaian kinerja untuk \(report.employees) pegawai"
        try await WriteTransaction.run(on: db) { tx in
            try await PerformanceService.upsert(ratings, source: .import_, userID: userID, now: now, on: tx.sql)
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: "import", entity: "performance_rating", entityID: nil,
                before: nil, after: summary
            ).create(on: tx)
        }
        return report
    }
}
