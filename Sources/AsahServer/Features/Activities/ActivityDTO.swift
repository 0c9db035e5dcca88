import AsahCore
import Vapor

/// The body of `POST /api/v1/agencies/{code}/activities`.
struct ActivityBody: Content {
    struct Session: Content {
        var date: String
        var startsAt: String
        var endsAt: String
    }

    struct Target: Content {
        var code: String
        var level: Int
    }

    var title: String
    var description: String?
    var jenisDiklatId: Int
    var providerKind: String?
    var partnerName: String?
    /// perguruan_tinggi, lsm, lembaga_pelatihan or lainnya (for a new partner; default lembaga_pelatihan).
    var partnerKind: String?
    var mode: String?
    var place: String?
    var capacity: Int?
    var costPerParticipant: Int?
    var fixedCost: Int?
    var requiresApproval: Bool?
    var minAttendancePercent: Int?
    var postTestPassingScore: Int?
    var sessions: [Session]
    var competencies: [Target]?
    /// Usernames of the facilitators (trainers, mentors) who may mark attendance.
    var facilitators: [String]?

    var input: ActivityInput {
        var a = ActivityInput()
        a.title = title
        a.description = description ?? ""
        a.jenisDiklatID = String(jenisDiklatId)
        a.providerKind = providerKind ?? ProviderKind.internalUnit.rawValue
        a.partnerName = partnerName ?? ""
        a.partnerKind = partnerKind ?? a.partnerKind
        a.mode = mode ?? LearningMode.tatapMuka.rawValue
        a.place = place ?? ""
        a.capacity = capacity.map(String.init) ?? ""
        a.costPerParticipant = String(costPerParticipant ?? 0)
        a.fixedCost = String(fixedCost ?? 0)
        a.requiresApproval = requiresApproval ?? false
        a.minAttendancePercent = String(minAttendancePercent ?? CompletionRule.standard.minAttendancePercent)
        a.postTestPassingScore = postTestPassingScore.map(String.init) ?? ""
        a.sessions = sessions.map { SessionInput(date: $0.date, startsAt: $0.startsAt, endsAt: $0.endsAt) }
        a.competencies = (competencies ?? []).map { (code: $0.code, level: String($0.level)) }
        return a
    }
}

struct ActivityDTO: Content {
    struct Session: Content {
        var id: UUID
        var date: String
        var startsAt: String
        var endsAt: String
        /// Only for those who run the activity (managers, facilitators): it is shown at the venue.
        var checkinCode: String?
    }

    struct Target: Content {
        var code: String
        var level: Int
    }

    struct Participant: Content {
        var enrolmentId: UUID
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
    var jenisDiklatId: Int
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
}

extension ActivityDTO {
    /// The JSON contract of an activity, from what it shows.
    init(_ d: ActivityDetail) {
        self.init(
            id: d.id, title: d.title, description: d.description, jenisDiklatId: d.jenisDiklatID,
            jenisDiklat: d.jenisDiklat, providerKind: d.providerKind, mode: d.mode, place: d.place,
            capacity: d.capacity, costPerParticipant: d.costPerParticipant, fixedCost: d.fixedCost,
            requiresApproval: d.requiresApproval, minAttendancePercent: d.minAttendancePercent,
            postTestPassingScore: d.postTestPassingScore, jp: d.jp, status: d.status,
            sessions: d.sessions.map {
                .init(id: $0.id, date: $0.date, startsAt: $0.startsAt, endsAt: $0.endsAt, checkinCode: $0.checkinCode)
            },
            competencies: d.competencies.map { .init(code: $0.code, level: $0.level) },
            seatsTaken: d.seatsTaken, waitlisted: d.waitlisted,
            participants: d.participants?.map {
                .init(
                    enrolmentId: $0.enrolmentID, nip: $0.nip, name: $0.name, unit: $0.unit, state: $0.state,
                    attendedSessions: $0.attendedSessions, postTestScore: $0.postTestScore,
                    certificateCode: $0.certificateCode)
            })
    }
}

struct ActivityListDTO: Content {
    struct Item: Content {
        var id: UUID
        var title: String
        var jenisDiklatId: Int
        var jenisDiklat: String?
        var mode: String
        var status: String
        var capacity: Int?
        var jp: JP
        var firstDay: String?
        var lastDay: String?
        var sessions: Int
        var enrolled: Int
        var waitlisted: Int
        var completed: Int
    }

    var year: Int
    var items: [Item]
}

struct EnrolBody: Content {
    var nip: String?
}

struct EnrolmentDTO: Content {
    var enrolmentId: UUID
    var state: String
    /// Things the nominating manager should know (a PPPK passing the contract-year maximum); absent when none.
    var warnings: [String]?
}

struct DecisionBody: Content {
    var approve: Bool
}

struct ByGapBody: Content {
    var competency: String
    var unitId: UUID?
}

struct AttendanceBody: Content {
    var present: [String]
}

struct CheckInBody: Content {
    var code: String
}

struct ScoreBody: Content {
    var score: Int
}
