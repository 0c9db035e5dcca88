import AsahCore
import Fluent
import SQLKit
import Vapor

/// A change to an activity that `ActivityEditRules` refuses, by field, for the form or the API.
struct ActivityEditRefused: Error {
    let errors: FieldErrors
}

extension ActivityService {
    /// Changes an activity (managers): its fields, JP, targets and facilitators; its sessions only while
    /// no attendance is recorded (`ActivityEditRules`). A raised capacity moves the waiting list up.
    /// Returns a note when the new capacity is below the seats already taken (nobody is removed).
    static func update(
        _ activity: Activity, _ v: ValidActivity, facilitators: [UUID], userID: UUID?, on db: any Database
    ) async throws -> String? {
        try await WriteTransaction.run(on: db) { tx in
            let id = try activity.requireID()
            try await ActivityLock.take(id, on: tx)
            guard let fresh = try await Activity.find(id, on: tx) else {
                throw Abort(.notFound, reason: "Kegiatan tidak ditemukan.")
            }
            let stored = try await ActivitySession.query(on: tx).filter(\.$activityID == id).all()
            let changed = ActivityEditRules.sessionsChanged(
                stored.map { SessionInput(date: $0.date, startsAt: $0.startsAt, endsAt: $0.endsAt) }, v.sessions)
            let attendance = try await ActivityQueries.attendedSessions(activityID: id, on: tx).values.reduce(0, +)
            let errors = ActivityEditRules.check(
                status: try ActivityStatus(stored: fresh.status, column: "status"), sessionsChanged: changed,
                attendanceRecorded: attendance > 0)
            guard errors.messages.isEmpty else { throw ActivityEditRefused(errors: errors) }
            let before = summary(fresh, sessions: stored.count)
            try await apply(v, to: fresh, on: tx)
            try await fresh.save(on: tx)
            if changed {
                try await ActivitySession.query(on: tx).filter(\.$activityID == id).delete()
                try await createSessions(v, activityID: id, on: tx)
            }
            try await ActivityCompetency.query(on: tx).filter(\.$activityID == id).delete()
            try await ActivityFacilitator.query(on: tx).filter(\.$activityID == id).delete()
            try await replaceTargets(v, facilitators: facilitators, activityID: id, on: tx)
            let all = try await Enrolment.query(on: tx).filter(\.$activityID == id).all()
            let participants = try all.map {
                EnrolmentParticipant(
                    id: $0.id!.uuidString, state: try EnrolmentState(stored: $0.state, column: "state"),
                    requestedAt: $0.requestedAt)
            }
            let promoted = Set(EnrolmentRules.promotions(participants, capacity: fresh.capacity).map(\.id))
            for e in all where promoted.contains(e.id!.uuidString) {
                e.state = EnrolmentState.enrolled.rawValue
                try await e.save(on: tx)
            }
            try await AuditEntry(
                agencyID: fresh.agencyID, userID: userID, action: "update", entity: "activity", entityID: id.uuidString,
                before: before, after: summary(fresh, sessions: v.sessions.count)
            ).create(on: tx)
            return EnrolmentRules.capacityWarning(
                capacity: fresh.capacity, seatsTaken: EnrolmentRules.seatsTaken(participants) + promoted.count)
        }
    }

    static func summary(_ a: Activity, sessions: Int) -> String {
        let capacity = a.capacity.map(String.init) ?? "bebas"
        return "\(a.title); \(sessions) sesi; \(JP(hundredths: a.jpHundredths).display); kapasitas \(capacity)"
    }

    /// The checked fields onto the row; a partner is found by name in the agency, or recorded.
    static func apply(_ v: ValidActivity, to a: Activity, on tx: any Database) async throws {
        var partnerID: UUID?
        if let name = v.partnerName {
            if let p = try await Partner.query(on: tx).filter(\.$agencyID == a.agencyID).filter(\.$name == name).first()
            {
                partnerID = p.id
            } else {
                let p = Partner(
                    agencyID: a.agencyID, name: name, kind: (v.partnerKind ?? .trainingInstitution).rawValue)
                try await p.create(on: tx)
                partnerID = p.id
            }
        }
        a.year = v.year
        a.title = v.title
        a.description = v.description
        a.jenisDiklatID = v.jenis.id
        a.providerKind = v.providerKind.rawValue
        a.partnerID = partnerID
        a.mode = v.mode.rawValue
        a.place = v.place
        a.capacity = v.capacity
        a.costPerParticipant = v.costPerParticipant
        a.fixedCost = v.fixedCost
        a.requiresApproval = v.requiresApproval
        a.minAttendancePercent = v.completion.minAttendancePercent
        a.postTestPassingScore = v.completion.postTestPassingScore
        a.jpHundredths = v.jp.hundredths
    }

    static func createSessions(_ v: ValidActivity, activityID: UUID, on tx: any Database) async throws {
        for s in v.sessions {
            try await ActivitySession(
                activityID: activityID, date: s.date.iso, startsAt: s.startsAt, endsAt: s.endsAt,
                checkinCode: VerificationCode.checkInCode()
            ).create(on: tx)
        }
    }

    static func replaceTargets(_ v: ValidActivity, facilitators: [UUID], activityID: UUID, on tx: any Database)
        async throws
    {
        for c in v.competencies {
            try await ActivityCompetency(activityID: activityID, competencyCode: c.code, level: c.level).create(on: tx)
        }
        for f in Set(facilitators) { try await ActivityFacilitator(activityID: activityID, userID: f).create(on: tx) }
    }
}
