import AsahCore
import AsahFormats
import Fluent
import SQLKit
import Vapor

/// Imports assessment results (e.g. from an assessment centre) from CSV: all or nothing, with a
/// dry run; the page, the API and tests share this one function.
enum AssessmentImporter {
    struct Report: Sendable {
        var created = 0
        var employees = 0
        var errors: [ImportIssue] = []
        var dryRun = true
        var isValid: Bool { errors.isEmpty }
    }

    static func run(
        file: Data, agencyID: UUID, dryRun: Bool, userID: UUID?, today: CivilDate, taking upload: UUID? = nil,
        on db: any Database
    ) async throws -> Report {
        var report = Report(dryRun: dryRun)
        let known = Set(try await CompetencyQueries.dictionary(agencyID: agencyID, on: db).map(\.code))
        let parsed = AssessmentCSV.parse(file, knownCodes: known, today: today)
        // Every NIP must be an employee of this agency.
        let (ids, unknown) = try await EmployeeQueries.ids(
            named: parsed.rows.map { ($0.row, $0.nip) }, agencyID: agencyID, on: db)
        report.errors = (parsed.issues + unknown).sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        report.created = parsed.rows.count
        report.employees = Set(parsed.rows.map(\.nip)).count
        guard report.isValid, !dryRun, !parsed.rows.isEmpty else { return report }
        let settings = try await AgencySettings.currentLevel(agencyID, on: db)
        let inputs = parsed.rows.map { r in
            AssessmentService.Input(
                agencyID: agencyID, employeeID: ids[r.nip]!, code: r.assessment.code, level: r.assessment.level,
                source: r.assessment.source, assessedOn: r.assessment.assessedOn, assessorID: nil, recordedBy: userID,
                note: r.assessment.note, evidenceURL: nil)
        }
        let people = Set(inputs.map(\.employeeID)).sorted()
        let employees = report.employees
        try await WriteTransaction.run(on: db, locking: .init(employees: people)) { tx in
            let sql = tx.sql
            if let upload { try await ImportUploadService.take(upload, on: tx) }
            try await AssessmentService.insert(inputs, on: sql)
            try await AssessmentService.recompute(
                pairs: Set(inputs.map { AssessmentService.Pair(employeeID: $0.employeeID, code: $0.code) }),
                agencyID: agencyID, settings: settings, today: today, on: sql)
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: "import", entity: "assessment", entityID: nil, before: nil,
                after: "\(inputs.count) penilaian untuk \(employees) pegawai"
            ).create(on: tx)
        }
        return report
    }
}

extension AssessmentService {
    struct Pair: Hashable {
        var employeeID: UUID
        var code: String
    }

    /// Recomputes the current levels of many (employee, competency) pairs in a few queries.
    static func recompute(
        pairs: Set<Pair>, agencyID: UUID, settings: CurrentLevelSettings, today: CivilDate,
        on sql: any SQLDatabase
    ) async throws {
        let employees = Array(Set(pairs.map(\.employeeID)))
        var facts: [Pair: [AssessmentFact]] = [:]
        for start in stride(from: 0, to: employees.count, by: 900) {
            let chunk = Array(employees[start..<min(start + 900, employees.count)])
            let rows = try await sql.raw(
                """
                SELECT \(unsafeRaw: ResultRow.columns) FROM assessments
                WHERE employee_id IN (\(binds: chunk)) ORDER BY assessed_on, created_at
                """
            ).rows(ResultRow.self)
            for r in rows {
                let pair = Pair(employeeID: r.employeeID, code: r.competencyCode)
                guard pairs.contains(pair), let fact = r.fact else { continue }
                facts[pair, default: []].append(fact)
            }
        }
        let rows = pairs.compactMap { pair -> CurrentRow? in
            guard let level = CurrentLevelRule.current(of: facts[pair] ?? [], today: today, settings: settings) else {
                return nil
            }
            return CurrentRow(agencyID: agencyID, employeeID: pair.employeeID, code: pair.code, level: level)
        }
        try await upsert(rows, on: sql)
    }
}
