import AsahCore
import Fluent
import Foundation
import SQLKit

/// Reads of an employee's tugas and izin belajar with their semesters.
enum StudyQueries {
    struct Study: Decodable, Sendable {
        var id: UUID
        var employeeID: UUID
        var kind: String
        var institution: String
        var programme: String
        var startsOn: String
        var endsOn: String
        var international: Bool

        var studyKind: StudyKind { StudyKind(rawValue: kind) ?? .izinBelajar }

        /// The record as its rules know it (the stored dates were checked when it was made).
        var valid: ValidStudy? {
            guard let s = CivilDate(iso: startsOn), let e = CivilDate(iso: endsOn) else { return nil }
            return ValidStudy(
                kind: studyKind, institution: institution, programme: programme, startsOn: s, endsOn: e,
                international: international)
        }
    }

    struct Semester: Decodable, Sendable {
        var id: UUID
        var studyID: UUID
        var number: Int
        var finishedOn: String
        var creditedHundredths: Int

        var jp: JP { JP(hundredths: creditedHundredths) }
    }

    static func studies(employeeID: UUID, on db: any Database) async throws -> [Study] {
        try await db.sql.raw(
            """
            SELECT id, employee_id, kind, institution, programme, starts_on, ends_on, international
            FROM study_records WHERE employee_id = \(bind: employeeID) ORDER BY starts_on DESC, created_at DESC
            """
        ).rows(Study.self)
    }

    static func study(_ id: UUID, on db: any Database) async throws -> Study? {
        try await db.sql.raw(
            """
            SELECT id, employee_id, kind, institution, programme, starts_on, ends_on, international
            FROM study_records WHERE id = \(bind: id)
            """
        ).firstRow(Study.self)
    }

    static func semesters(employeeID: UUID, on db: any Database) async throws -> [UUID: [Semester]] {
        let rows = try await db.sql.raw(
            """
            SELECT s.id, s.study_id, s.number, s.finished_on, s.credited_hundredths
            FROM study_semesters s JOIN study_records r ON r.id = s.study_id
            WHERE r.employee_id = \(bind: employeeID) ORDER BY s.number
            """
        ).rows(Semester.self)
        return Dictionary(grouping: rows, by: \.studyID)
    }
}
