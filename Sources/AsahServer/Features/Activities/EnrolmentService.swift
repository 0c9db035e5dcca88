import AsahCore
import Fluent
import SQLKit
import Vapor

/// Writes of participants: requests and nominations, decisions, cancellations with the waitlist
/// moving up, bulk enrolment by competency gap, attendance and check-in. Each is one transaction that
/// first takes the activity's lock (`ActivityLock`), so seats are never counted twice.
enum EnrolmentService {
    /// An employee asks for a place (`approvalRequired` when the activity wants the unit head's yes), or
    /// a unit head or manager puts them forward (no approval: they are the approvers).
    static func enrol(
        _ activity: Activity, employeeID: UUID, byUser: UUID?, approvalRequired: Bool, on db: any Database
    ) async throws -> Enrolment {
        try await WriteTransaction.run(on: db) { tx in
            let id = try activity.requireID()
            try await ActivityLock.take(id, on: tx)
            guard let fresh = try await Activity.find(id, on: tx),
                ActivityStatus(rawValue: fresh.status)?.acceptsEnrolment == true
            else { throw Abort(.conflict, reason: "Pendaftaran kegiatan ini sudah ditutup.") }
            let seats = try await ActivityQueries.seats(activityID: id, on: tx)
            let state = EnrolmentRules.request(
                capacity: fresh.capacity, seatsTaken: seats.taken, waitlisted: seats.waiting,
                approvalRequired: approvalRequired)
            let existing = try await Enrolment.query(on: tx).filter(\.$activityID == id)
                .filter(\.$employeeID == employeeID).first()
            if let existing, let s = EnrolmentState(rawValue: existing.state), s != .cancelled, s != .rejected {
                throw Abort(.conflict, reason: "Pegawai ini sudah tercatat pada kegiatan ini (\(s.label)).")
            }
            let e = existing ?? Enrolment()
            if existing == nil { e.id = IDs.make() }
            e.agencyID = fresh.agencyID
            e.activityID = id
            e.employeeID = employeeID
            e.state = state.rawValue
            e.requestedAt = WriteTime.now
            e.requestedBy = byUser
            e.decidedBy = approvalRequired ? nil : byUser
            e.decidedAt = approvalRequired ? nil : WriteTime.now
            e.outcomeNote = nil
            try await e.save(on: tx)
            return e
        }
    }

    /// The unit head (or a manager) approves or turns down a request.
    static func decide(_ enrolment: Enrolment, approve: Bool, byUser: UUID?, on db: any Database) async throws {
        try await WriteTransaction.run(on: db) { tx in
            try await ActivityLock.take(enrolment.activityID, on: tx)
            guard let e = try await Enrolment.find(enrolment.id, on: tx),
                let activity = try await Activity.find(e.activityID, on: tx),
                let state = EnrolmentState(rawValue: e.state)
            else { throw Abort(.notFound) }
            let seats = try await ActivityQueries.seats(activityID: e.activityID, on: tx)
            let result =
                approve
                ? EnrolmentRules.approve(
                    state, capacity: activity.capacity, seatsTaken: seats.taken, waitlisted: seats.waiting)
                : EnrolmentRules.reject(state)
            switch result {
            case .success(let next):
                e.state = next.rawValue
                e.decidedBy = byUser
                e.decidedAt = WriteTime.now
                try await e.save(on: tx)
            case .failure(let error):
                throw Abort(.conflict, reason: error.message)
            }
        }
    }

    /// Cancels a participant; a freed seat goes to whoever has waited longest.
    static func cancel(_ enrolment: Enrolment, on db: any Database) async throws -> [EnrolmentChange] {
        try await WriteTransaction.run(on: db) { tx in
            try await ActivityLock.take(enrolment.activityID, on: tx)
            guard let activity = try await Activity.find(enrolment.activityID, on: tx) else { throw Abort(.notFound) }
            let all = try await Enrolment.query(on: tx).filter(\.$activityID == enrolment.activityID).all()
            let participants = try all.map {
                EnrolmentParticipant(
                    id: $0.id!.uuidString, state: try EnrolmentState(stored: $0.state, column: "state"),
                    requestedAt: $0.requestedAt)
            }
            switch EnrolmentRules.cancel(enrolment.id!.uuidString, in: participants, capacity: activity.capacity) {
            case .success(let changes):
                let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id!.uuidString, $0) })
                for change in changes {
                    guard let e = byID[change.id] else { continue }
                    e.state = change.to.rawValue
                    try await e.save(on: tx)
                }
                return changes
            case .failure(let error):
                throw Abort(.conflict, reason: error.message)
            }
        }
    }

    struct BulkResult: Content {
        var enrolled: Int
        var waitlisted: Int
        var alreadyIn: Int
    }

    /// "Everyone (in this unit) with a gap in this competency": employees assessed below their
    /// position's required level for the activity's year, largest gap first, who are not yet in the
    /// activity. Seats go in that order; the rest wait. One transaction, bulk inserts.
    static func enrolByGap(
        _ activity: Activity, competency: String, unitPath: String?, byUser: UUID?, on db: any Database
    ) async throws -> BulkResult {
        try await WriteTransaction.run(on: db) { tx in
            let id = try activity.requireID()
            try await ActivityLock.take(id, on: tx)
            guard let fresh = try await Activity.find(id, on: tx),
                ActivityStatus(rawValue: fresh.status)?.acceptsEnrolment == true
            else { throw Abort(.conflict, reason: "Pendaftaran kegiatan ini sudah ditutup.") }
            let gaps = try await ActivityQueries.employeesWithGap(
                agencyID: fresh.agencyID, year: fresh.year, competency: competency, unitPath: unitPath, on: tx)
            let already = try await ActivityQueries.employeesWithEnrolment(activityID: id, on: tx)
            let newcomers = gaps.filter { !already.contains($0) }
            let seats = try await ActivityQueries.seats(activityID: id, on: tx)
            var (taken, waiting) = (seats.taken, seats.waiting)
            let now = WriteTime.now
            var result = BulkResult(enrolled: 0, waitlisted: 0, alreadyIn: gaps.count - newcomers.count)
            // One request after another, by the same rule as a single one (seats first, nobody jumps the queue).
            let rows: [[BulkInsert.Cell]] = newcomers.map { employeeID in
                let state = EnrolmentRules.request(
                    capacity: fresh.capacity, seatsTaken: taken, waitlisted: waiting, approvalRequired: false)
                if state == .enrolled { taken += 1; result.enrolled += 1 } else { waiting += 1; result.waitlisted += 1 }
                return [
                    .id(IDs.make()), .id(fresh.agencyID), .id(id), .id(employeeID), .text(state.rawValue),
                    .time(now), .id(byUser), .id(byUser), .time(now),
                ]
            }
            try await BulkInsert.run(
                "enrolments",
                columns: [
                    "id", "agency_id", "activity_id", "employee_id", "state", "requested_at", "requested_by",
                    "decided_by", "decided_at",
                ],
                rows: rows, on: tx.sql)
            try await AuditEntry(
                agencyID: fresh.agencyID, userID: byUser, action: "enrol_by_gap", entity: "activity",
                entityID: id.uuidString, before: nil,
                after: "\(competency): \(result.enrolled) terdaftar, \(result.waitlisted) menunggu"
            ).create(on: tx)
            return result
        }
    }

    /// Records a participant's post-test score (0-100, `CompletionRule.score`): only while they hold a
    /// place and the activity takes scores, under the activity's lock so closing never judges a score
    /// half-written.
    static func recordScore(_ enrolment: Enrolment, score text: String, on db: any Database) async throws -> Enrolment {
        let score = try CompletionRule.score(text).mapError { Abort(.unprocessableEntity, reason: $0["score"]) }.get()
        return try await WriteTransaction.run(on: db) { tx in
            try await AttendanceService.requireOpen(enrolment.activityID, on: tx)
            guard let fresh = try await Enrolment.find(enrolment.id, on: tx) else { throw Abort(.notFound) }
            guard fresh.state == EnrolmentState.enrolled.rawValue else {
                let state = EnrolmentState(rawValue: fresh.state)?.label.lowercased() ?? fresh.state
                throw Abort(.conflict, reason: "Nilai hanya untuk peserta terdaftar; status peserta ini \(state).")
            }
            fresh.postTestScore = score
            try await fresh.save(on: tx)
            return fresh
        }
    }
}
