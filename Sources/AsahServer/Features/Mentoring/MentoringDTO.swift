import AsahCore
import Vapor

/// The body of `POST /api/v1/agencies/{code}/mentorships`.
struct MentorshipBody: Content {
    var menteeNip: String?
    var mentorNip: String?
    var kind: String?
    var goal: String?
    var startsOn: String?
    var endsOn: String?

    var input: MentorshipInput {
        var i = MentorshipInput()
        i.mentorNIP = mentorNip ?? ""
        i.kind = kind ?? MentorshipKind.mentoring.rawValue
        i.goal = goal ?? ""
        i.startsOn = startsOn ?? ""
        i.endsOn = endsOn ?? ""
        return i
    }
}

/// The body of `POST /api/v1/mentorships/{id}/sessions`.
struct MentoringSessionBody: Content {
    var heldOn: String?
    var minutes: Int?
    var topic: String?
    var actions: String?

    var input: SessionLogInput {
        var i = SessionLogInput()
        i.heldOn = heldOn ?? ""
        i.minutes = minutes.map(String.init) ?? ""
        i.topic = topic ?? ""
        i.actions = actions ?? ""
        return i
    }
}

struct MentoringSessionDTO: Content {
    var id: UUID
    var heldOn: String
    var minutes: Int
    var topic: String
    var actions: String?
    /// `mentor` or `mentee`: the side that logged it; the other side confirms.
    var loggedBy: String
    var confirmed: Bool
    /// JP credited to the mentee at confirmation (0 when a cap left nothing), null until confirmed.
    var creditedJp: JP?
    var creditNote: String?

    init(_ s: MentoringSession) {
        id = s.id!
        heldOn = s.heldOn
        minutes = s.minutes
        topic = s.topic
        actions = s.actions
        loggedBy = s.loggedBy
        confirmed = s.confirmedAt != nil
        creditedJp = s.confirmedAt == nil ? nil : JP(hundredths: s.creditedHundredths ?? 0)
        creditNote = s.creditNote
    }
}

struct MentorshipDTO: Content {
    struct Person: Content {
        var nip: String
        var name: String
    }

    var id: UUID
    var kind: String
    var goal: String
    var startsOn: String
    var endsOn: String
    var mentor: Person
    var mentee: Person
    var sessions: [MentoringSessionDTO]

    init(_ p: MentoringQueries.Pair) {
        id = p.mentorship.id!
        kind = p.mentorship.kind
        goal = p.mentorship.goal
        startsOn = p.mentorship.startsOn
        endsOn = p.mentorship.endsOn
        mentor = Person(nip: p.mentor.nip, name: p.mentor.name)
        mentee = Person(nip: p.mentee.nip, name: p.mentee.name)
        sessions = p.sessions.map(MentoringSessionDTO.init)
    }
}

struct MentorshipListDTO: Content {
    var items: [MentorshipDTO]
}
