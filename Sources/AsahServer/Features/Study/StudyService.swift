import AsahCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// Writes of study records: a new tugas or izin belajar, and a completed semester credited to the
/// ledger in the same transaction (one line per semester; the ledger's uniqueness stops a second).
enum StudyService {
    static func create(
        _ s: ValidStudy, employee e: EmployeeQueries.Detail, userID: UUID?, now: Date, on db: any Database
    ) async throws -> UUID {
        try await WriteTransaction.run(on: db, locking: .init(employees: [e.id])) { tx in
            // The same study twice (a form sent again): refused, so no semester is credited twice.
            let overlapping =
                try await tx.sql.raw(
                    """
                    SELECT COUNT(*) AS n FROM study_records WHERE employee_id = \(bind: e.id) AND kind = \(bind: s.kind.rawValue)
                      AND starts_on <= \(bind: s.endsOn.iso) AND ends_on >= \(bind: s.startsOn.iso)
                    """
                ).firstRow(CountRow.self)?.n ?? 0
            guard overlapping == 0 else {
                throw StudyService.Invalid(
                    errors: FieldErrors([
                        "starts_on":
                            "Sudah ada catatan \(s.kind.label.lowercased()) pada masa ini. Catat semesternya di sana."
                    ]))
            }
            let id = IDs.make()
            try await tx.sql.raw(
                """
                INSERT INTO study_records (id, agency_id, employee_id, kind, institution, programme, starts_on, ends_on,
                                           international, created_by, created_at)
                VALUES (\(bind: id), \(bind: e.agencyID), \(bind: e.id), \(bind: s.kind.rawValue), \(bind: s.institution),
                        \(bind: s.programme), \(bind: s.startsOn.iso), \(bind: s.endsOn.iso), \(bind: s.international),
                        \(bind: userID), \(bind: now))
                """
            ).run()
            try await AuditEntry(
                agencyID: e.agencyID, userID: userID, action: "create", entity: "study", entityID: id.uuidString,
                before: nil, after: "\(s.kind.rawValue) \(s.programme) · \(s.institution)"
            ).create(on: tx)
            return id
        }
    }

    /// Credits a completed semester. The rule is asked again inside the transaction, under the
    /// employee's lock, so two requests for one semester cannot both pass.
    static func addSemester(
        number: String, finishedOn: String, study: StudyQueries.Study, employee e: EmployeeQueries.Detail,
        userID: UUID?, today: CivilDate, now: Date, on db: any Database
    ) async throws -> StudyQueries.Semester {
        guard let valid = study.valid else { throw Abort(.conflict, reason: "Catatan belajar ini tidak lengkap.") }
        return try await WriteTransaction.run(on: db, locking: .init(employees: [e.id])) { tx in
            var recorded: [Int: CivilDate] = [:]
            for s in try await StudyQueries.semesters(employeeID: e.id, on: tx)[study.id] ?? [] {
                recorded[s.number] = CivilDate(iso: s.finishedOn)
            }
            let table = try await AgencySettings.jpConversion(e.agencyID, on: tx)
            let done: (number: Int, finishedOn: CivilDate, jp: JP)
            switch StudyRules.semester(
                number: number, finishedOn: finishedOn, study: valid, recorded: recorded, today: today, table: table)
            {
            case .failure(let errors): throw StudyService.Invalid(errors: errors)
            case .success(let d): done = d
            }
            let id = IDs.make()
            try await tx.sql.raw(
                """
                INSERT INTO study_semesters (id, study_id, number, finished_on, credited_hundredths, created_by, created_at)
                VALUES (\(bind: id), \(bind: study.id), \(bind: done.number), \(bind: done.finishedOn.iso),
                        \(bind: done.jp.hundredths), \(bind: userID), \(bind: now))
                """
            ).run()
            try await LearningEntry(
                agencyID: e.agencyID, employeeID: e.id, learnedOn: done.finishedOn.iso, year: done.finishedOn.year,
                source: .study, sourceID: id, jenisDiklatID: StudyLedger.jenisDiklatID,
                title: "\(valid.kind.label) \(valid.programme), semester \(done.number)", minutes: nil,
                jpHundredths: done.jp.hundredths, provider: valid.institution
            ).create(on: tx)
            try await AuditEntry(
                agencyID: e.agencyID, userID: userID, action: "create", entity: "study_semester",
                entityID: id.uuidString, before: nil, after: "semester \(done.number) \(done.jp.display) JP"
            ).create(on: tx)
            return StudyQueries.Semester(
                id: id, studyID: study.id, number: done.number, finishedOn: done.finishedOn.iso,
                creditedHundredths: done.jp.hundredths)
        }
    }

    /// Field errors of a semester, for the form or the API to name.
    struct Invalid: Error {
        let errors: FieldErrors
    }
}
