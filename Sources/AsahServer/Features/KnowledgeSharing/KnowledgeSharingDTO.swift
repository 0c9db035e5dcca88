import AsahCore
import Vapor

/// The body of `POST /api/v1/agencies/{code}/knowledge-sessions`.
struct KnowledgeSessionBody: Content {
    var topic: String?
    var heldOn: String?
    var minutes: Int?
    var summary: String?
    var attendees: [String]?

    var input: KnowledgeSessionInput {
        var i = KnowledgeSessionInput()
        i.topic = topic ?? ""
        i.heldOn = heldOn ?? ""
        i.minutes = minutes.map(String.init) ?? ""
        i.summary = summary ?? ""
        i.attendees = (attendees ?? []).joined(separator: "\n")
        return i
    }
}

/// The body of `POST /api/v1/knowledge-sessions/{id}/reject` (optional).
struct KnowledgeDecisionBody: Content {
    var note: String?
}

/// A session as the API shows it; `credited_jp` is null until the session is confirmed.
struct KnowledgeSessionDTO: Content {
    struct Person: Content {
        var nip: String
        var name: String
        var creditedJp: JP?
        var creditNote: String?

        enum CodingKeys: String, CodingKey { case nip, name, creditedJp, creditNote }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(nip, forKey: .nip)
            try c.encode(name, forKey: .name)
            try c.encode(creditedJp, forKey: .creditedJp)
            try c.encode(creditNote, forKey: .creditNote)
        }
    }

    var id: UUID
    var topic: String
    var heldOn: String
    var minutes: Int
    var summary: String?
    var state: String
    var host: Person
    var attendees: [Person]
    var decidedAt: Date?
    var decisionNote: String?

    enum CodingKeys: String, CodingKey {
        case id, topic, heldOn, minutes, summary, state, host, attendees, decidedAt, decisionNote
    }

    /// Absent values are written as null, never left out.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(topic, forKey: .topic)
        try c.encode(heldOn, forKey: .heldOn)
        try c.encode(minutes, forKey: .minutes)
        try c.encode(summary, forKey: .summary)
        try c.encode(state, forKey: .state)
        try c.encode(host, forKey: .host)
        try c.encode(attendees, forKey: .attendees)
        try c.encode(decidedAt, forKey: .decidedAt)
        try c.encode(decisionNote, forKey: .decisionNote)
    }

    init(_ d: KnowledgeSharingQueries.Detail, people: [KnowledgeSharingQueries.Person]) {
        let confirmed = d.state == KnowledgeSessionState.confirmed.rawValue
        func person(_ p: KnowledgeSharingQueries.Person) -> Person {
            Person(
                nip: p.nip, name: p.name, creditedJp: confirmed ? JP(hundredths: p.creditedHundredths) : nil,
                creditNote: p.creditNote)
        }
        id = d.id
        topic = d.topic
        heldOn = d.heldOn
        minutes = d.minutes
        summary = d.summary
        state = d.state
        let hostLine = people.first { $0.employeeID == d.hostID }
        host = hostLine.map(person) ?? Person(nip: "", name: "")
        attendees = people.filter { $0.employeeID != d.hostID }.map(person)
        decidedAt = d.decidedAt
        decisionNote = d.decisionNote
    }
}
