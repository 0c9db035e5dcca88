import AsahCore
import Fluent
import Foundation
import SQLKit

/// The one SIASN import, used by the page, the API and the CLI. All or nothing: any invalid row
/// means nothing is written, and the report names every bad row, column and reason.
enum EmployeeImporter {
    typealias Progress = @Sendable (String) -> Void

    static func run(
        file: Data, agencyID: UUID, dryRun: Bool, userID: UUID?, on db: any Database, progress: Progress? = nil
    ) async throws -> ImportReport {
        var report = ImportReport(dryRun: dryRun)
        let parsed: SiasnParseResult
        if XLSXReader.isZip(file) {
            do {
                parsed = SiasnImport.parse(table: try XLSXReader.table(from: file))
            } catch let failure as XLSXReader.Failure {
                report.errors = [ImportIssue(row: 1, column: "berkas", message: failure.message)]
                return report
            }
        } else {
            parsed = SiasnImport.parse(csv: file)
        }
        report.rows = parsed.records.count + Set(parsed.issues.map(\.row)).count
        progress?("dibaca: \(parsed.records.count) baris valid, \(parsed.issues.count) masalah")
        report.errors = parsed.issues
        guard parsed.issues.isEmpty else { return report }

        let sql = db as! any SQLDatabase
        let existing = try await ImportQueries.employees(nips: parsed.records.map(\.nip.digits), on: sql)
        var errors: [ImportIssue] = []
        for r in parsed.records {
            if let e = existing[r.nip.digits], e.agencyID != agencyID {
                errors.append(
                    ImportIssue(row: r.row, column: "NIP BARU", message: "NIP sudah terdaftar pada instansi lain."))
            }
        }
        guard errors.isEmpty else {
            report.errors = errors
            return report
        }

        var plan = ImportPlan(
            existingUnits: try await ImportQueries.units(agencyID: agencyID, on: sql),
            existingPositions: try await ImportQueries.positions(agencyID: agencyID, on: sql))
        for r in parsed.records {
            plan.add(r, existing: existing[r.nip.digits].map { ($0.id, $0.values) })
        }
        report.created = plan.inserts.count
        report.updated = plan.updates.count
        report.unchanged = plan.unchanged
        report.unitsCreated = plan.newUnits.count
        report.positionsCreated = plan.newPositions.count
        guard !dryRun, plan.inserts.count + plan.updates.count + plan.newUnits.count > 0 else { return report }

        let (finalPlan, summary) = (plan, report)
        try await db.transaction { tx in
            try await ImportQueries.write(finalPlan, agencyID: agencyID, on: tx as! any SQLDatabase, progress: progress)
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: "import", entity: "employees", entityID: nil, before: nil,
                after: "{\"created\":\(summary.created),\"updated\":\(summary.updated),\"unchanged\":\(summary.unchanged)}"
            ).create(on: tx)
        }
        return report
    }
}
