import AsahCore
import Fluent
import SQLKit
import Vapor

/// Recording a knowledge-sharing session: the host and every attendee get its JP (at most 2 JP a day
/// each by default), in one transaction; an unknown NIP refuses the whole session.
enum KnowledgeSharingService {
    struct Recorded: Content {
        var sessionId: UUID
        var credited: Int
    }

    static func record(
        _ v: ValidKnowledgeSession, agencyID: UUID, hostID: UUID, userID: UUID?, on db: any Database
    ) async throws -> Recorded {
        try await WriteTransaction.run(on: db) { tx in
            let sql = tx as! any SQLDatabase
            struct Row: Decodable { var id: UUID; var nip: String }
            let found = v.attendeeNIPs.isEmpty ? [] : try await sql.raw(
                "SELECT id, nip FROM employees WHERE agency_id = \(bind: agencyID) AND nip IN (\(binds: v.attendeeNIPs))"
            ).all(decoding: Row.self)
            let known = Set(found.map(\.nip))
            let unknown = v.attendeeNIPs.filter { !known.contains($0) }
            guard unknown.isEmpty else {
                throw Abort(.unprocessableEntity, reason: "Bukan pegawai instansi ini: " + unknown.prefix(10).joined(separator: ", ") + ". Tidak ada yang disimpan.")
            }
            let sessionID = IDs.make()
            try await sql.raw(
                """
                INSERT INTO knowledge_sessions (id, agency_id, host_id, topic, held_on, minutes, summary, recorded_by, created_at)
                VALUES (\(bind: sessionID), \(bind: agencyID), \(bind: hostID), \(bind: v.topic), \(bind: v.heldOn.iso),
                        \(bind: v.minutes), \(bind: v.summary), \(bind: userID), \(bind: Date()))
                """
            ).run()
            let table = try await AgencySettings.jpConversion(agencyID, on: tx)
            let people = [hostID] + found.map(\.id)
            // Each person's day is counted under their lock, so two sessions at once respect the cap.
            try await EmployeeLock.take(people, on: tx)
            let sameDay = try await factsOn(v.heldOn, employees: people, table: table, on: tx)
            var credited = 0
            for person in people {
                let r = try KnowledgeSharingRules.credit(
                    on: v.heldOn, minutes: v.minutes, existing: sameDay[person] ?? [], table: table
                ).mapError { Abort(.unprocessableEntity, reason: $0.messages.values.first ?? "") }.get()
                try await sql.raw(
                    """
                    INSERT INTO knowledge_attendees (id, session_id, employee_id, credited_hundredths, credit_note)
                    VALUES (\(bind: IDs.make()), \(bind: sessionID), \(bind: person), \(bind: r.credited.hundredths), \(bind: r.reason))
                    """
                ).run()
                if r.credited > .zero {
                    credited += 1
                    try await LearningEntry(
                        agencyID: agencyID, employeeID: person, learnedOn: v.heldOn.iso, year: v.heldOn.year,
                        source: .knowledgeSharing, sourceID: sessionID, jenisDiklatID: KnowledgeSharingRules.jenisDiklatID,
                        title: "Komunitas belajar: \(v.topic)", minutes: v.minutes, jpHundredths: r.credited.hundredths
                    ).create(on: tx)
                }
            }
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: "record", entity: "knowledge_session",
                entityID: sessionID.uuidString, before: nil, after: "\(v.topic); \(people.count) orang"
            ).create(on: tx)
            return Recorded(sessionId: sessionID, credited: credited)
        }
    }

    /// Each person's lines under the agency's komunitas belajar row on that day, for the day's cap.
    private static func factsOn(_ day: CivilDate, employees: [UUID], table: JPConversionTable, on db: any Database)
        async throws -> [UUID: [LedgerEntryFact]]
    {
        guard let row = ActivityCredit.cappedRow(jenisDiklatID: KnowledgeSharingRules.jenisDiklatID, table: table) else {
            return [:]
        }
        struct Row: Decodable { var employee_id: UUID; var jp_hundredths: Int }
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT employee_id, jp_hundredths FROM learning_entries
            WHERE learned_on = \(bind: day.iso) AND jenis_diklat_id IN (\(binds: row.jenisIDs))
              AND employee_id IN (\(binds: employees))
            """
        ).all(decoding: Row.self)
        return Dictionary(grouping: rows, by: \.employee_id).mapValues { lines in
            lines.map { row.fact(date: day, jp: JP(hundredths: $0.jp_hundredths)) }
        }
    }

    struct Line: Decodable, Sendable {
        var id: UUID
        var topic: String
        var held_on: String
        var minutes: Int
        var host_name: String
        var attendees: Int
    }

    static func recent(agencyID: UUID, on db: any Database) async throws -> [Line] {
        try await (db as! any SQLDatabase).raw(
            """
            SELECT k.id, k.topic, k.held_on, k.minutes, e.name AS host_name,
                   (SELECT COUNT(*) FROM knowledge_attendees a WHERE a.session_id = k.id) AS attendees
            FROM knowledge_sessions k JOIN employees e ON e.id = k.host_id
            WHERE k.agency_id = \(bind: agencyID) ORDER BY k.held_on DESC, k.created_at DESC LIMIT 50
            """
        ).all(decoding: Line.self)
    }
}
