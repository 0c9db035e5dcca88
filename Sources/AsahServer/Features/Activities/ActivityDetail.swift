import AsahCore
import Fluent
import Vapor

/// One activity as it is shown, read once: the activity page's model, and what the API's `ActivityDTO`
/// (the JSON contract) is mapped from, so the page and the API can change apart.
struct ActivityDetail: Sendable {
    struct Session: Sendable {
        var id: UUID
        var date: String
        var startsAt: String
        var endsAt: String
        /// Only for those who run the activity (managers, facilitators): it is shown at the venue.
        var checkinCode: String?
    }

    struct Target: Sendable {
        var code: String
        var level: Int
    }

    struct Participant: Sendable {
        var enrolmentID: UUID
        var nip: String
        var name: String
        var unit: String?
        var state: String
        var attendedSessions: Int
        var postTestScore: Int?
        var certificateCode: String?
    }

    var id: UUID
    var title: String
    var description: String?
    var jenisDiklatID: Int
    var jenisDiklat: String?
    var providerKind: String
    var mode: String
    var place: String?
    var capacity: Int?
    var costPerParticipant: Int
    var fixedCost: Int
    var requiresApproval: Bool
    var minAttendancePercent: Int
    var postTestPassingScore: Int?
    var jp: JP
    var status: String
    var sessions: [Session]
    var competencies: [Target]
    var seatsTaken: Int
    var waitlisted: Int
    /// Only for those who run the activity.
    var participants: [Participant]?

    /// The activity for `user`: check-in codes and participants only for those who run it.
    static func load(_ loaded: LoadedActivity, user: SignedInUser, on db: any Database) async throws -> ActivityDetail {
        let a = loaded.activity
        let runs = loaded.canRun(user.actor)
        let sessions = try await ActivitySession.query(on: db).filter(\.$activityID == loaded.id).sort(\.$date)
            .sort(\.$startsAt).all()
        let targets = try await ActivityCompetency.query(on: db).filter(\.$activityID == loaded.id)
            .sort(\.$competencyCode).all()
        let seats = try await ActivityQueries.seats(activityID: loaded.id, on: db)
        let participants = runs ? try await ActivityQueries.participants(activityID: loaded.id, on: db) : nil
        return ActivityDetail(
            id: loaded.id, title: a.title, description: a.description, jenisDiklatID: a.jenisDiklatID,
            jenisDiklat: JenisDiklat.byID(a.jenisDiklatID)?.name, providerKind: a.providerKind, mode: a.mode,
            place: a.place, capacity: a.capacity, costPerParticipant: a.costPerParticipant, fixedCost: a.fixedCost,
            requiresApproval: a.requiresApproval, minAttendancePercent: a.minAttendancePercent,
            postTestPassingScore: a.postTestPassingScore, jp: JP(hundredths: a.jpHundredths), status: a.status,
            sessions: sessions.map {
                .init(
                    id: $0.id!, date: $0.date, startsAt: $0.startsAt, endsAt: $0.endsAt,
                    checkinCode: runs ? $0.checkinCode : nil)
            },
            competencies: targets.map { .init(code: $0.competencyCode, level: $0.level) },
            seatsTaken: seats.taken, waitlisted: seats.waiting,
            participants: participants?.map {
                .init(
                    enrolmentID: $0.enrolmentID, nip: $0.nip, name: $0.name, unit: $0.unitName, state: $0.state,
                    attendedSessions: $0.attended, postTestScore: $0.postTestScore,
                    certificateCode: $0.certificateCode)
            })
    }
}
