import Foundation

/// The one answer to "may this actor do this to that record", as every guarded loader gives it:
/// a record the actor may not even see (another agency's, someone else's) does not exist for them and
/// answers like a missing one (404); a record they see but an action that is not theirs is refused
/// (403); otherwise the record is theirs to use.
public enum Access: Sendable, Equatable {
    case granted
    case forbidden
    case hidden

    public init(sees: Bool, may: Bool) {
        self = !sees ? .hidden : (may ? .granted : .forbidden)
    }
}

/// The facts about one mentorship that access decisions need.
public struct MentorshipFacts: Sendable, Equatable {
    public let agencyID: UUID
    public let mentorID: UUID
    public let menteeID: UUID

    public init(agencyID: UUID, mentorID: UUID, menteeID: UUID) {
        self.agencyID = agencyID
        self.mentorID = mentorID
        self.menteeID = menteeID
    }
}

extension AccessPolicy {
    /// Every agency of the server (the agency list, a new agency): administrators.
    public static func canListAgencies(_ actor: Actor) -> Bool { actor.isAdmin }

    /// The server's status (version, database, backups): administrators.
    public static func canReadSystemStatus(_ actor: Actor) -> Bool { actor.isAdmin }

    /// What the agency's reports (competency gaps, JP compliance) may cover: the whole agency for its
    /// managers, the unit subtree for a unit head; nil (no report) for anyone else.
    public static func reportScope(agency agencyID: UUID, _ actor: Actor) -> EmployeeListScope? {
        approvalScope(agency: agencyID, actor)
    }

    /// An agency named in a path is seen by its own people and administrators; to anyone else it does
    /// not exist. Whether the action is theirs is the route's own question (`may`).
    public static func agency(_ agencyID: UUID, may: Bool, _ actor: Actor) -> Access {
        Access(sees: actor.isAdmin || actor.agencyID == agencyID, may: may)
    }

    /// An employee's record: seen by those who may read it (`canRead`), acted on when `may`.
    public static func employee(_ target: EmployeeFacts, may: Bool, _ actor: Actor) -> Access {
        Access(sees: canRead(employee: target, actor), may: may)
    }

    /// The actor's side in a mentorship, if they are one of the two.
    public static func side(in m: MentorshipFacts, _ actor: Actor) -> MentorshipSide? {
        guard let me = actor.employeeID, actor.agencyID == m.agencyID else { return nil }
        return me == m.mentorID ? .mentor : me == m.menteeID ? .mentee : nil
    }

    /// Sessions of a mentorship are logged and confirmed by its two sides only. The agency's managers,
    /// who see the pair on the mentee's page, are refused (403); for anyone else it does not exist.
    public static func mentoringSessions(_ m: MentorshipFacts, _ actor: Actor) -> Access {
        Access(sees: side(in: m, actor) != nil || isManager(of: m.agencyID, actor), may: side(in: m, actor) != nil)
    }

    /// A logged session is confirmed by the other side, never by the side that logged it.
    public static func canConfirmMentoringSession(loggedBy: MentorshipSide, side: MentorshipSide) -> Bool {
        loggedBy.other == side
    }
}
