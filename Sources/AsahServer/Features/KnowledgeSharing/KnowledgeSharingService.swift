import AsahCore
import Fluent
import SQLKit
import Vapor

/// Writes of komunitas belajar. The host records a session: it waits (`pending`) and credits nobody.
/// A manager, or a unit head of the host's unit, confirms it: then the host and every attendee get its
/// JP (at most 2 JP a day each by default) in the same transaction as the state change, under each
/// person's lock; or rejects it, crediting nobody. An unknown NIP refuses the whole session.
enum KnowledgeSharingService {
    struct Recorded: Content {
        var id: UUID
        var state: String
    }

    static func record(
        _ v: ValidKnowledgeSession, agencyID: UUID, hostID: UUID, userID: UUID?, on db: any Database
    ) async throws -> Recorded {
        try await WriteTransaction.run(on: db) { tx in
            let sql = tx.sql
            let ids = try await EmployeeQueries.ids(nips: v.attendeeNIPs, agencyID: agencyID, on: tx)
            let unknown = v.attendeeNIPs.filter { ids[$0] == nil }
            guard unknown.isEmpty else {
                throw APIError.fields(
                    FieldErrors([
                        "attendees": "Bukan pegawai instansi ini: " + unknown.prefix(10).joined(separator: ", ")
                            + ". Tidak ada yang disimpan."
                    ]), message: "Sesi tidak disimpan.")
            }
            let sessionID = IDs.make()
            try await sql.raw(
                """
                INSERT INTO knowledge_sessions (id, agency_id, host_id, topic, held_on, minutes, summary, recorded_by, created_at, state)
                VALUES (\(bind: sessionID), \(bind: agencyID), \(bind: hostID), \(bind: v.topic), \(bind: v.heldOn.iso),
                        \(bind: v.minutes), \(bind: v.summary), \(bind: userID), \(bind: WriteTime.now),
                        \(bind: KnowledgeSessionState.pending.rawValue))
                """
            ).run()
            // Everyone present has a line from the start; what it credits is set at confirmation.
            let attendees = v.attendeeNIPs.compactMap { ids[$0] }
            for person in [hostID] + attendees {
                try await sql.raw(
                    """
                    INSERT INTO knowledge_attendees (id, session_id, employee_id, credited_hundredths)
                    VALUES (\(bind: IDs.make()), \(bind: sessionID), \(bind: person), 0)
                    """
                ).run()
            }
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: "record", entity: "knowledge_session",
                entityID: sessionID.uuidString, before: nil,
                after: "\(v.topic); \(attendees.count + 1) orang; menunggu konfirmasi"
            ).create(on: tx)
            return Recorded(id: sessionID, state: KnowledgeSessionState.pending.rawValue)
        }
    }

    /// Confirms (crediting JP) or rejects a pending session, which the caller loaded with
    /// `Guard.knowledgeSessionToDecide()` (404 and 403 are decided there). One already decided, or
    /// confirming into a closed year, is 409. Returns the session's agency code (for the page to go back to).
    static func decide(
        _ id: UUID, confirm: Bool, note: String?, userID: UUID, today: CivilDate, on db: any Database
    ) async throws -> String {
        try await WriteTransaction.run(on: db) { tx in
            let sql = tx.sql
            // Everyone's day is counted under their lock; the state is read again after it, so of two
            // decisions at once the second sees the first.
            let people = try await KnowledgeSharingQueries.people(of: id, on: tx)
            try await EmployeeLock.take(people.map(\.employeeID), on: tx)
            guard let fresh = try await KnowledgeSharingQueries.session(id, on: tx),
                let day = CivilDate(iso: fresh.heldOn)
            else { throw APIError(.notFound, message: "Sesi komunitas belajar tidak ditemukan.") }
            if let problem = KnowledgeSharingRules.decisionProblem(
                state: try KnowledgeSessionState(stored: fresh.state, column: "state"), heldOn: day, confirm: confirm,
                today: today)
            {
                let (field, message) = problem.messages.sorted { $0.key < $1.key }[0]
                throw APIError(.conflict, message: message, details: [.init(field: field, message: message)])
            }
            let next: KnowledgeSessionState = confirm ? .confirmed : .rejected
            var credited = 0
            if confirm {
                let table = try await AgencySettings.jpConversion(fresh.agencyID, on: tx)
                let sameDay = try await factsOn(day, employees: people.map(\.employeeID), table: table, on: tx)
                for person in people {
                    let r = try KnowledgeSharingRules.credit(
                        on: day, minutes: fresh.minutes, existing: sameDay[person.employeeID] ?? [], table: table
                    ).mapError { APIError(.conflict, message: $0.messages.values.first ?? "JP tidak dapat dihitung.") }
                        .get()
                    try await sql.raw(
                        """
                        UPDATE knowledge_attendees SET credited_hundredths = \(bind: r.credited.hundredths), credit_note = \(bind: r.reason)
                        WHERE id = \(bind: person.id)
                        """
                    ).run()
                    if r.credited > .zero {
                        credited += 1
                        try await LearningEntry(
                            agencyID: fresh.agencyID, employeeID: person.employeeID, learnedOn: day.iso,
                            year: day.year,
                            source: .knowledgeSharing, sourceID: id, jenisDiklatID: KnowledgeSharingRules.jenisDiklatID,
                            title: "Komunitas belajar: \(fresh.topic)", minutes: fresh.minutes,
                            jpHundredths: r.credited.hundredths
                        ).create(on: tx)
                    }
                }
            }
            try await sql.raw(
                """
                UPDATE knowledge_sessions SET state = \(bind: next.rawValue), decided_by = \(bind: userID),
                       decided_at = \(bind: WriteTime.now), decision_note = \(bind: note)
                WHERE id = \(bind: id)
                """
            ).run()
            try await AuditEntry(
                agencyID: fresh.agencyID, userID: userID, action: confirm ? "confirm" : "reject",
                entity: "knowledge_session",
                entityID: id.uuidString, before: KnowledgeSessionState.pending.rawValue,
                after: confirm
                    ? "\(next.rawValue); JP untuk \(credited) orang"
                    : [next.rawValue, note].compactMap { $0 }.joined(separator: "; ")
            ).create(on: tx)
            return fresh.agencyCode
        }
    }

    /// Each person's lines under the agency's komunitas belajar row on that day, for the day's cap.
    private static func factsOn(_ day: CivilDate, employees: [UUID], table: JPConversionTable, on db: any Database)
        async throws -> [UUID: [LedgerEntryFact]]
    {
        guard let row = ActivityCredit.cappedRow(jenisDiklatID: KnowledgeSharingRules.jenisDiklatID, table: table),
            !employees.isEmpty
        else { return [:] }
        let lines = try await LearningQueries.capLines(
            row, where: "learned_on = \(bind: day.iso) AND employee_id IN (\(binds: employees))", on: db)
        return Dictionary(grouping: lines, by: \.employeeID).mapValues { lines in
            lines.map { row.fact(date: day, jp: JP(hundredths: $0.jpHundredths)) }
        }
    }

    /// The agency's window in days (a stored value out of range falls back to the default).
    static func windowDays(_ agencyID: UUID, on db: any Database) async throws -> Int {
        let days = try await AgencySettings.load(
            Int.self, .knowledgeWindowDays, agencyID: agencyID, default: KnowledgeSharingRules.defaultWindowDays, on: db
        )
        return KnowledgeSharingRules.windowDaysRange.contains(days) ? days : KnowledgeSharingRules.defaultWindowDays
    }

    static func saveWindowDays(_ days: Int, agencyID: UUID, userID: UUID, on db: any Database) async throws {
        try await WriteTransaction.run(on: db) { tx in
            let before = try await windowDays(agencyID, on: tx)
            try await AgencySettings.save(days, .knowledgeWindowDays, agencyID: agencyID, on: tx)
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: "update", entity: "knowledge_window_days", entityID: nil,
                before: String(before), after: String(days)
            ).create(on: tx)
        }
    }
}
