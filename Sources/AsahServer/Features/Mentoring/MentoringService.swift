import AsahCore
import Fluent
import SQLKit
import Vapor

/// Writes of mentoring: pairing a mentor and a mentee, logging a session, and the other side's
/// confirmation, which credits the mentee's JP within the month's cap (one transaction each).
enum MentoringService {
    static func create(
        _ v: ValidMentorship, agencyID: UUID, mentorID: UUID, menteeID: UUID, userID: UUID?, on db: any Database
    ) async throws -> Mentorship {
        let m = Mentorship()
        m.id = IDs.make()
        m.agencyID = agencyID
        m.mentorID = mentorID
        m.menteeID = menteeID
        m.kind = v.kind.rawValue
        m.goal = v.goal
        m.startsOn = v.startsOn.iso
        m.endsOn = v.endsOn.iso
        m.createdBy = userID
        try await WriteTransaction.run(on: db) { tx in
            try await m.create(on: tx)
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: "create", entity: "mentorship", entityID: m.id!.uuidString,
                before: nil, after: "\(v.kind.label): \(v.goal)"
            ).create(on: tx)
        }
        return m
    }

    static func log(
        _ m: Mentorship, _ v: ValidSessionLog, side: MentorshipSide, userID: UUID?, on db: any Database
    ) async throws -> MentoringSession {
        let s = MentoringSession()
        s.id = IDs.make()
        s.mentorshipID = try m.requireID()
        s.heldOn = v.heldOn.iso
        s.minutes = v.minutes
        s.topic = v.topic
        s.actions = v.actions
        s.loggedBy = side.rawValue
        s.loggedByUser = userID
        try await s.create(on: db)
        return s
    }

    /// The other side confirms; the session then credits the mentee (or states why it adds nothing).
    static func confirm(_ sessionID: UUID, side: MentorshipSide, userID: UUID?, on db: any Database) async throws
        -> MentoringSession
    {
        try await WriteTransaction.run(on: db) { tx in
            guard let found = try await MentoringSession.find(sessionID, on: tx),
                let m = try await Mentorship.find(found.mentorshipID, on: tx),
                let kind = MentorshipKind(rawValue: m.kind)
            else { throw Abort(.notFound, reason: "Sesi tidak ditemukan.") }
            // The mentee's row is the lock: their confirmations of a month are counted one at a time,
            // and the session is read again after it, so a second confirmation sees the first.
            try await EmployeeLock.take(m.menteeID, on: tx)
            guard let s = try await MentoringSession.find(sessionID, on: tx) else {
                throw Abort(.notFound, reason: "Sesi tidak ditemukan.")
            }
            guard let loggedBy = MentorshipSide(rawValue: s.loggedBy),
                AccessPolicy.canConfirmMentoringSession(loggedBy: loggedBy, side: side)
            else { throw Abort(.forbidden, reason: "Sesi dikonfirmasi oleh pihak yang tidak mencatatnya.") }
            guard s.confirmedAt == nil else { throw Abort(.conflict, reason: "Sesi ini sudah dikonfirmasi.") }
            guard let date = CivilDate(iso: s.heldOn) else {
                throw UnknownStoredValue(column: "mentoring_sessions.held_on", value: s.heldOn)
            }
            let table = try await AgencySettings.jpConversion(m.agencyID, on: tx)
            let existing = try await facts(menteeID: m.menteeID, year: date.year, kind: kind, table: table, on: tx)
            let result = try MentoringRules.credit(
                kind: kind, on: date, minutes: s.minutes, existing: existing, table: table
            ).mapError { Abort(.unprocessableEntity, reason: $0.messages.values.first ?? "JP tidak dapat dihitung.") }
                .get()
            s.confirmedAt = WriteTime.now
            s.confirmedByUser = userID
            s.creditedHundredths = result.credited.hundredths
            s.creditNote = result.reason
            try await s.save(on: tx)
            if result.credited > .zero {
                let mentor = try await Employee.find(m.mentorID, on: tx)
                try await LearningEntry(
                    agencyID: m.agencyID, employeeID: m.menteeID, learnedOn: s.heldOn, year: date.year,
                    source: .mentoring,
                    sourceID: sessionID, jenisDiklatID: kind.jenisDiklatID, title: "\(kind.label): \(s.topic)",
                    minutes: s.minutes, jpHundredths: result.credited.hundredths, provider: mentor?.name
                ).create(on: tx)
            }
            return s
        }
    }

    /// The mentee's credited lines of the same conversion row in a year (a mentoring line is one
    /// session; a coaching activity's line gives its sessions back by its JP, `CappedRow.fact`).
    static func facts(menteeID: UUID, year: Int, kind: MentorshipKind, table: JPConversionTable, on db: any Database)
        async throws -> [LedgerEntryFact]
    {
        guard let row = ActivityCredit.cappedRow(jenisDiklatID: kind.jenisDiklatID, table: table) else { return [] }
        return try await LearningQueries.capLines(
            row, where: "employee_id = \(bind: menteeID) AND year = \(bind: year)", on: db
        ).compactMap { $0.fact(row) }
    }
}
