import AsahCore
import Fluent
import SQLKit
import Vapor

/// Writes of learning activities: creating one, and completing it (outcomes, certificates, JP).
/// Every change is one transaction with its audit line.
enum ActivityService {
    static func create(
        _ v: ValidActivity, agencyID: UUID, userID: UUID?, facilitators: [UUID], status: ActivityStatus = .open,
        on db: any Database
    ) async throws -> Activity {
        try await WriteTransaction.run(on: db) { tx in
            let a = Activity()
            a.id = IDs.make()
            a.agencyID = agencyID
            try await apply(v, to: a, on: tx)
            a.status = status.rawValue
            a.createdBy = userID
            try await a.create(on: tx)
            let id = try a.requireID()
            try await createSessions(v, activityID: id, on: tx)
            try await replaceTargets(v, facilitators: facilitators, activityID: id, on: tx)
            try await AuditEntry(
                agencyID: agencyID, userID: userID, action: "create", entity: "activity", entityID: id.uuidString,
                before: nil, after: "\(v.title); \(v.sessions.count) sesi; \(v.jp.display)"
            ).create(on: tx)
            return a
        }
    }

    struct Outcome: Content {
        var completed: Int
        var notCompleted: Int
    }

    /// Closes an activity: every enrolled participant is judged by its completion rule (attendance,
    /// post-test); those who complete get a certificate code and the activity's JP in the ledger, within
    /// the caps of its form (`ActivityCredit`, the reason kept as the outcome note); those still waiting
    /// are cancelled. Runs once: a finished activity refuses a second completion.
    static func complete(_ activity: Activity, userID: UUID?, today: CivilDate, on db: any Database) async throws
        -> Outcome
    {
        try await WriteTransaction.run(on: db) { tx in
            let id = try activity.requireID()
            try await ActivityLock.take(id, on: tx)
            guard let fresh = try await Activity.find(id, on: tx),
                ActivityStatus(rawValue: fresh.status) != .finished, fresh.status != ActivityStatus.cancelled.rawValue
            else { throw Abort(.conflict, reason: "Kegiatan ini sudah selesai atau dibatalkan.") }
            let sessions = try await ActivitySession.query(on: tx).filter(\.$activityID == id).sort(\.$date).all()
            let attended = try await ActivityQueries.attendedSessions(activityID: id, on: tx)
            let rule = CompletionRule(
                minAttendancePercent: fresh.minAttendancePercent, postTestPassingScore: fresh.postTestPassingScore)
            let enrolments = try await Enrolment.query(on: tx).filter(\.$activityID == id).all()
            // Caps are counted under each credited person's lock (after the activity's, by id), so a
            // mentoring confirmation or e-learning day written at the same time is counted, not missed.
            try await EmployeeLock.take(
                enrolments.filter { $0.state == EnrolmentState.enrolled.rawValue }.map(\.employeeID).sorted(), on: tx)
            let provider = try await ActivityQueries.providerName(fresh, on: tx)
            let lastDay = sessions.last?.date ?? today.iso
            let timed = sessions.compactMap { s in
                ActivityRules.sessionMinutes(startsAt: s.startsAt, endsAt: s.endsAt).flatMap { m in
                    CivilDate(iso: s.date).map { ActivityCredit.Session(date: $0, minutes: m) }
                }
            }
            let minutes = timed.map(\.minutes).reduce(0, +)
            let table = try await AgencySettings.jpConversion(fresh.agencyID, on: tx)
            let capFacts = try await ActivityQueries.capFacts(fresh, table: table, on: tx)
            var outcome = Outcome(completed: 0, notCompleted: 0)
            let now = WriteTime.now
            for e in enrolments {
                let state = EnrolmentState(rawValue: e.state)
                if state == .requested || state == .waitlisted {
                    e.state = EnrolmentState.cancelled.rawValue
                    e.outcomeNote = "Kegiatan selesai sebelum mendapat tempat."
                    try await e.save(on: tx)
                    continue
                }
                guard state == .enrolled else { continue }
                let result = rule.evaluate(
                    attendedSessions: attended[try e.requireID()] ?? 0, totalSessions: sessions.count,
                    postTestScore: e.postTestScore)
                e.state = result.enrolmentState.rawValue
                e.completedAt = now
                switch result {
                case .completed:
                    let code = VerificationCode.generate()
                    e.certificateCode = code
                    outcome.completed += 1
                    let credit = ActivityCredit.credit(
                        jenisDiklatID: fresh.jenisDiklatID, sessions: timed, jp: JP(hundredths: fresh.jpHundredths),
                        existing: capFacts[e.employeeID] ?? [], table: table)
                    e.outcomeNote = credit.reason
                    if credit.credited > .zero {
                        try await LearningEntry(
                            agencyID: fresh.agencyID, employeeID: e.employeeID, learnedOn: lastDay, year: fresh.year,
                            source: .activity, sourceID: id, jenisDiklatID: fresh.jenisDiklatID, title: fresh.title,
                            minutes: minutes, jpHundredths: credit.credited.hundredths, provider: provider,
                            certificateNo: code
                        ).create(on: tx)
                    }
                case .notCompleted(let reasons):
                    e.outcomeNote = reasons.joined(separator: " ")
                    outcome.notCompleted += 1
                }
                try await e.save(on: tx)
            }
            fresh.status = ActivityStatus.finished.rawValue
            try await fresh.save(on: tx)
            try await AuditEntry(
                agencyID: fresh.agencyID, userID: userID, action: "complete", entity: "activity",
                entityID: id.uuidString, before: nil,
                after: "\(outcome.completed) selesai, \(outcome.notCompleted) tidak selesai"
            ).create(on: tx)
            return outcome
        }
    }
}

extension ActivityService {
    /// A manager moves the activity on (`ActivityStatus.nextByHand`). Cancelling ends every place and
    /// request with a note the participant sees; the audit line keeps both statuses.
    static func setStatus(_ activity: Activity, to next: ActivityStatus, userID: UUID?, on db: any Database)
        async throws
    {
        try await WriteTransaction.run(on: db) { tx in
            let id = try activity.requireID()
            try await ActivityLock.take(id, on: tx)
            guard let fresh = try await Activity.find(id, on: tx), let current = ActivityStatus(rawValue: fresh.status)
            else { throw Abort(.notFound, reason: "Kegiatan tidak ditemukan.") }
            guard current.canChange(to: next) else { throw Abort(.conflict, reason: current.refusal(to: next)) }
            if next == .cancelled {
                let active = [EnrolmentState.requested, .enrolled, .waitlisted].map(\.rawValue)
                try await Enrolment.query(on: tx).filter(\.$activityID == id).filter(\.$state ~~ active)
                    .set(\.$state, to: EnrolmentState.cancelled.rawValue)
                    .set(\.$outcomeNote, to: "Kegiatan dibatalkan oleh penyelenggara.")
                    .update()
            }
            fresh.status = next.rawValue
            try await fresh.save(on: tx)
            try await AuditEntry(
                agencyID: fresh.agencyID, userID: userID, action: "status", entity: "activity", entityID: id.uuidString,
                before: current.label, after: next.label
            ).create(on: tx)
        }
    }
}

/// Serialises the writes that count an activity's seats: the first statement of such a transaction
/// writes the activity's row, so a second one waits for it (a row lock on PostgreSQL, the write lock
/// on SQLite) and never reads the seats before the first has written.
enum ActivityLock {
    static func take(_ activityID: UUID, on db: any Database) async throws {
        try await db.sql.raw(
            "UPDATE activities SET updated_at = \(bind: WriteTime.now) WHERE id = \(bind: activityID)"
        ).run()
    }
}

/// Serialises one employee's learning writes that count against their caps (mentoring confirmations,
/// e-learning progress): the first statement writes the employee's row (a row lock on PostgreSQL,
/// the write lock on SQLite). It touches no column a profile shows, so it leaves profile caches alone.
enum EmployeeLock {
    static func take(_ employeeID: UUID, on db: any Database) async throws {
        try await take([employeeID], on: db)
    }

    /// Several employees at once: in id order on PostgreSQL (two writers over overlapping people
    /// cannot deadlock); on SQLite the first write takes the database's one write lock.
    static func take(_ employeeIDs: [UUID], on db: any Database) async throws {
        guard !employeeIDs.isEmpty else { return }
        let sql = db.sql
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                "SELECT id FROM employees WHERE id IN (\(binds: employeeIDs)) ORDER BY id FOR UPDATE"
            ).run()
        } else {
            try await sql.raw("UPDATE employees SET updated_at = updated_at WHERE id IN (\(binds: employeeIDs))").run()
        }
    }
}
