import AsahCore
import AsahFormats
import Fluent
import Foundation
import SQLKit

/// The one SIASN import, used by the page, the API and the CLI. All or nothing: any invalid row
/// means nothing is written, and the report names every bad row, column and reason.
enum EmployeeImporter {
    typealias Progress = @Sendable (String) -> Void

    static func run(
        file: Data, agencyID: UUID, dryRun: Bool, userID: UUID?, today: CivilDate, taking upload: UUID? = nil,
        on db: any Database,
        progress: Progress? = nil
    ) async throws -> ImportReport {
        var report = ImportReport(dryRun: dryRun)
        let parsed: SiasnParseResult
        if XLSXReader.isZip(file) {
            do {
                parsed = SiasnImport.parse(sheet: try XLSXReader.sheet(from: file))
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

        let absent = try await notInFile(Set(parsed.records.map(\.nip.digits)), agencyID: agencyID, on: db)
        report.notInFileTotal = absent.count
        report.notInFile = Array(absent.prefix(ImportReport.notInFileShown))
        if dryRun {
            switch try await prepare(parsed, agencyID: agencyID, today: today, on: db) {
            case .failure(let issues): report.errors = issues.list
            case .success(let plan): report.count(plan)
            }
            return report
        }
        let checked = report
        do {
            return try await WriteTransaction.run(on: db) { tx -> ImportReport in
                // Taking the agency row first serialises imports of one agency on both databases.
                try await tx.sql.raw(
                    "UPDATE agencies SET updated_at = \(bind: WriteTime.now) WHERE id = \(bind: agencyID)"
                ).run()
                if let upload { try await ImportUploadService.take(upload, on: tx) }
                let plan = try await prepare(parsed, agencyID: agencyID, today: today, on: tx).get()
                var summary = checked
                summary.count(plan)
                guard plan.inserts.count + plan.updates.count + plan.newUnits.count > 0 else { return summary }
                try await ImportQueries.write(plan, agencyID: agencyID, on: tx.sql, progress: progress)
                for leaver in plan.leavers { try await EmploymentService.closeAccounts(of: leaver, on: tx) }
                try await EmploymentService.releaseChosenSupervisor(plan.leavers, on: tx)
                // New heads and moves take effect with the import; supervisors chosen by hand stay.
                try await Supervision.refresh(agencyID: agencyID, on: tx)
                try await AuditEntry(
                    agencyID: agencyID, userID: userID, action: "import", entity: "employees", entityID: nil,
                    before: nil,
                    after:
                        "{\"created\":\(summary.created),\"updated\":\(summary.updated),\"unchanged\":\(summary.unchanged)}"
                ).create(on: tx)
                return summary
            }
        } catch let issues as Issues {
            report.errors = issues.list
            return report
        }
    }

    struct Issues: Error { let list: [ImportIssue] }

    /// The agency's people not already gone whose NIP is not among `nips`, by name.
    static func notInFile(_ nips: Set<String>, agencyID: UUID, on db: any Database) async throws
        -> [ImportReport.Absent]
    {
        let gone = EmploymentState.leftValues
        return try await db.sql.raw(
            """
            SELECT e.nip, e.name, u.name AS unit_name FROM employees e LEFT JOIN units u ON u.id = e.unit_id
            WHERE e.agency_id = \(bind: agencyID) AND e.employment_state NOT IN (\(binds: gone))
            ORDER BY e.search_name, e.nip
            """
        ).rows(ImportReport.Absent.self).filter { !nips.contains($0.nip) }
    }

    /// Compares the file with what the agency has: refused rows, or the plan of writes.
    static func prepare(_ parsed: SiasnParseResult, agencyID: UUID, today: CivilDate, on db: any Database)
        async throws
        -> Result<ImportPlan, Issues>
    {
        let sql = db.sql
        let existing = try await ImportQueries.employees(nips: parsed.records.map(\.nip.digits), on: sql)
        let foreign = parsed.records.filter { existing[$0.nip.digits].map { $0.agencyID != agencyID } ?? false }
        guard foreign.isEmpty else {
            return .failure(
                Issues(
                    list: foreign.map {
                        ImportIssue(
                            row: $0.row, column: "NIP BARU",
                            message: "NIP ini terdaftar di instansi lain. Ajukan mutasi di halaman Mutasi pegawai.")
                    }))
        }
        var plan = ImportPlan(
            existingUnits: try await ImportQueries.units(agencyID: agencyID, on: sql),
            existingPositions: try await ImportQueries.positions(agencyID: agencyID, on: sql),
            presentColumns: parsed.presentColumns, today: today)
        for r in parsed.records {
            plan.add(r, existing: existing[r.nip.digits].map { ($0.id, $0.values) })
        }
        return .success(plan)
    }
}

extension ImportReport {
    mutating func count(_ plan: ImportPlan) {
        created = plan.inserts.count
        updated = plan.updates.count
        unchanged = plan.unchanged
        unitsCreated = plan.newUnits.count
        positionsCreated = plan.newPositions.count
    }
}
