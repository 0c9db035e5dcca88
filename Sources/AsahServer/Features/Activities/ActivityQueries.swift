import AsahCore
import Fluent
import Foundation
import SQLKit

/// Reads of learning activities and their participants.
enum ActivityQueries {
    /// Seats held (enrolled, completed, not completed) and people waiting (waitlisted).
    static func seats(activityID: UUID, on db: any Database) async throws -> (taken: Int, waiting: Int) {
        struct Row: Decodable { var taken: Int?; var waiting: Int? }
        let row = try await db.sql.raw(
            """
            SELECT CAST(SUM(CASE WHEN state IN ('enrolled', 'completed', 'not_completed') THEN 1 ELSE 0 END) AS BIGINT) AS taken,
                   CAST(SUM(CASE WHEN state = 'waitlisted' THEN 1 ELSE 0 END) AS BIGINT) AS waiting
            FROM enrolments WHERE activity_id = \(bind: activityID)
            """
        ).firstRow(Row.self)
        return (row?.taken ?? 0, row?.waiting ?? 0)
    }

    /// Sessions attended per enrolment.
    static func attendedSessions(activityID: UUID, on db: any Database) async throws -> [UUID: Int] {
        struct Row: Decodable { var enrolmentID: UUID; var n: Int }
        let rows = try await db.sql.raw(
            """
            SELECT a.enrolment_id, COUNT(*) AS n FROM attendance a JOIN enrolments e ON e.id = a.enrolment_id
            WHERE e.activity_id = \(bind: activityID) GROUP BY a.enrolment_id
            """
        ).rows(Row.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.enrolmentID, $0.n) })
    }

    /// The ledger lines of the activity's enrolled participants under the same conversion row as the
    /// activity's form, in its year, for the caps (`ActivityCredit`); empty when the row has no caps.
    static func capFacts(_ a: Activity, table: JPConversionTable, on db: any Database) async throws
        -> [UUID: [LedgerEntryFact]]
    {
        guard let row = ActivityCredit.cappedRow(jenisDiklatID: a.jenisDiklatID, table: table) else { return [:] }
        let activityID = try a.requireID()
        let enrolled = EnrolmentState.enrolled.rawValue
        let lines = try await LearningQueries.capLines(
            row,
            where: """
                year = \(bind: a.year) AND employee_id IN
                  (SELECT employee_id FROM enrolments WHERE activity_id = \(bind: activityID) AND state = \(bind: enrolled))
                """,
            on: db)
        var out: [UUID: [LedgerEntryFact]] = [:]
        for line in lines {
            guard let fact = line.fact(row) else { continue }
            out[line.employeeID, default: []].append(fact)
        }
        return out
    }

    /// The provider as the ledger and the certificate name it.
    static func providerName(_ a: Activity, on db: any Database) async throws -> String {
        switch ProviderKind(rawValue: a.providerKind) {
        case .partner?:
            if let id = a.partnerID, let p = try await Partner.find(id, on: db) { return p.name }
            return ProviderKind.partner.label
        case .bpsdm?: return "BPSDM"
        default:
            return try await Agency.find(a.agencyID, on: db)?.name ?? ProviderKind.internalUnit.label
        }
    }

    /// The provider as the activity page shows it: a partner with its kind ("Universitas …,
    /// perguruan tinggi").
    static func providerDescription(_ a: Activity, on db: any Database) async throws -> String {
        guard ProviderKind(rawValue: a.providerKind) == .partner, let id = a.partnerID,
            let p = try await Partner.find(id, on: db)
        else { return try await providerName(a, on: db) }
        return p.name + (PartnerKind(rawValue: p.kind).map { ", " + $0.label.lowercased() } ?? "")
    }

    /// Everyone with an enrolment row in the activity, in any state: a bulk enrolment leaves them be
    /// (one row per employee and activity; someone who cancelled asks again themself).
    static func employeesWithEnrolment(activityID: UUID, on db: any Database) async throws -> Set<UUID> {
        struct Row: Decodable { var employeeID: UUID }
        return Set(
            try await db.sql.raw(
                "SELECT employee_id FROM enrolments WHERE activity_id = \(bind: activityID)"
            ).rows(Row.self).map(\.employeeID))
    }

    /// Enrolled participants (state `enrolled`) by NIP → enrolment id.
    static func enrolledByNIP(activityID: UUID, on db: any Database) async throws -> [String: UUID] {
        struct Row: Decodable { var nip: String; var id: UUID }
        let rows = try await db.sql.raw(
            """
            SELECT e.nip, n.id FROM enrolments n JOIN employees e ON e.id = n.employee_id
            WHERE n.activity_id = \(bind: activityID) AND n.state = 'enrolled'
            """
        ).rows(Row.self)
        return Dictionary(rows.map { ($0.nip, $0.id) }, uniquingKeysWith: { a, _ in a })
    }

    /// Employees assessed below their position's required level in one competency for a year, largest
    /// gap first (then NIP); unassessed employees have no known gap and are not included.
    static func employeesWithGap(
        agencyID: UUID, year: Int, competency: String, unitPath: String?, on db: any Database
    ) async throws -> [UUID] {
        struct Row: Decodable { var id: UUID }
        return try await db.sql.raw(
            """
            SELECT e.id FROM employees e
            LEFT JOIN units u ON u.id = e.unit_id
            JOIN standard_items si ON si.position_id = e.position_id AND si.year = \(bind: year)
              AND si.competency_code = \(bind: competency)
            JOIN current_levels cl ON cl.employee_id = e.id AND cl.competency_code = si.competency_code
            WHERE \(GapReportQueries.scope(agencyID: agencyID, unitPath: unitPath)) AND cl.level < si.level
            ORDER BY si.level - cl.level DESC, e.nip
            """
        ).rows(Row.self).map(\.id)
    }

    struct ListRow: Decodable, Sendable {
        var id: UUID
        var title: String
        var jenisDiklatID: Int
        var mode: String
        var status: String
        var capacity: Int?
        var jpHundredths: Int
        var firstDay: String?
        var lastDay: String?
        var sessions: Int
        var enrolled: Int
        var waiting: Int
        var completed: Int
    }

    /// An agency's activities of a year with their dates and participant counts (one query).
    static func list(agencyID: UUID, year: Int, on db: any Database) async throws -> [ListRow] {
        try await db.sql.raw(
            """
            SELECT a.id, a.title, a.jenis_diklat_id, a.mode, a.status, a.capacity, a.jp_hundredths,
                   (SELECT MIN(s.date) FROM activity_sessions s WHERE s.activity_id = a.id) AS first_day,
                   (SELECT MAX(s.date) FROM activity_sessions s WHERE s.activity_id = a.id) AS last_day,
                   (SELECT COUNT(*) FROM activity_sessions s WHERE s.activity_id = a.id) AS sessions,
                   (SELECT COUNT(*) FROM enrolments n WHERE n.activity_id = a.id AND n.state = 'enrolled') AS enrolled,
                   (SELECT COUNT(*) FROM enrolments n WHERE n.activity_id = a.id AND n.state = 'waitlisted') AS waiting,
                   (SELECT COUNT(*) FROM enrolments n WHERE n.activity_id = a.id AND n.state = 'completed') AS completed
            FROM activities a WHERE a.agency_id = \(bind: agencyID) AND a.year = \(bind: year)
            ORDER BY first_day, a.title
            """
        ).rows(ListRow.self)
    }

    struct Participant: Decodable, Sendable {
        var enrolmentID: UUID
        var employeeID: UUID
        var nip: String
        var name: String
        var unitName: String?
        var unitPath: String?
        var supervisorID: UUID?
        var agencyID: UUID
        var state: String
        var attended: Int
        var postTestScore: Int?
        var certificateCode: String?
        var outcomeNote: String?
    }

    static func participants(activityID: UUID, on db: any Database) async throws -> [Participant] {
        try await db.sql.raw(
            """
            SELECT n.id AS enrolment_id, e.id AS employee_id, e.nip, e.name, u.name AS unit_name, u.path AS unit_path,
                   e.supervisor_id, e.agency_id, n.state, n.post_test_score, n.certificate_code, n.outcome_note,
                   (SELECT COUNT(*) FROM attendance t WHERE t.enrolment_id = n.id) AS attended
            FROM enrolments n JOIN employees e ON e.id = n.employee_id
            LEFT JOIN units u ON u.id = e.unit_id AND u.agency_id = n.agency_id
            WHERE n.activity_id = \(bind: activityID)
            ORDER BY n.requested_at, n.id
            """
        ).rows(Participant.self)
    }

    struct Certificate: Decodable, Sendable {
        var certificateCode: String
        /// The activity's last day (what the certificate states), not the moment it was closed.
        var lastDay: String?
        var nip: String
        var name: String
        var gelarDepan: String?
        var gelarBelakang: String?
        var agencyName: String
        var title: String
        var jenisDiklatID: Int
        var jpHundredths: Int
        var activityID: UUID
        var employeeID: UUID
        var unitPath: String?
        var supervisorID: UUID?
        var agencyID: UUID
    }

    /// The certificate with this (normalised) verification code, if one was issued.
    static func certificate(code: String, on db: any Database) async throws -> Certificate? {
        try await db.sql.raw(
            """
            SELECT n.certificate_code, (SELECT MAX(s.date) FROM activity_sessions s WHERE s.activity_id = a.id) AS last_day, e.nip, e.name, e.gelar_depan, e.gelar_belakang,
                   g.name AS agency_name, a.title, a.jenis_diklat_id, a.jp_hundredths, a.id AS activity_id,
                   e.id AS employee_id, u.path AS unit_path, e.supervisor_id, e.agency_id
            FROM enrolments n JOIN employees e ON e.id = n.employee_id JOIN activities a ON a.id = n.activity_id
            JOIN agencies g ON g.id = a.agency_id LEFT JOIN units u ON u.id = e.unit_id
            WHERE n.certificate_code = \(bind: code) AND n.state = 'completed'
            """
        ).firstRow(Certificate.self)
    }
}
