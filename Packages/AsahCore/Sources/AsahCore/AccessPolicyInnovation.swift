import Foundation

/// The facts about one innovation project that access decisions need.
public struct InnovationFacts: Sendable, Equatable {
    public let agencyID: UUID
    public let team: [TeamMember]

    public init(agencyID: UUID, team: [TeamMember]) {
        self.agencyID = agencyID
        self.team = team
    }

    public func role(of employeeID: UUID?) -> InnovationRole? {
        employeeID.flatMap { id in team.first { $0.employeeID == id }?.role }
    }
}

/// Innovation projects (docs/learning-rules.md, "Innovation projects"):
/// - the agency's list (titles, status, ketua): everyone of the agency;
/// - a project's page (problem, team, milestones, outcome): the agency's managers and the team;
/// - changing it (description, anggota, milestones, start, cancel): managers, its ketua and its mentor;
/// - choosing its mentor and coach: managers only, as the mentor decides on completion (a ketua who
///   picked their own mentor could have their own JP credited; mentoring pairs are set the same way);
/// - completing it, which credits the team's JP: managers and its mentor, not the ketua (who would
///   credit themself; the same "the other side confirms" as mentoring sessions).
extension AccessPolicy {
    public static func canListInnovations(agency agencyID: UUID, _ actor: Actor) -> Bool {
        actor.isAdmin || actor.agencyID == agencyID
    }

    /// Managers propose a project for anyone; an employee proposes one they lead themself.
    public static func canProposeInnovation(agency agencyID: UUID, _ actor: Actor) -> Bool {
        isManager(of: agencyID, actor) || (actor.agencyID == agencyID && actor.employeeID != nil)
    }

    public static func canSeeInnovation(_ p: InnovationFacts, _ actor: Actor) -> Bool {
        isManager(of: p.agencyID, actor) || (actor.agencyID == p.agencyID && p.role(of: actor.employeeID) != nil)
    }

    public static func canManageInnovation(_ p: InnovationFacts, _ actor: Actor) -> Bool {
        if isManager(of: p.agencyID, actor) { return true }
        guard actor.agencyID == p.agencyID else { return false }
        return p.role(of: actor.employeeID) == .ketua || p.role(of: actor.employeeID) == .mentor
    }

    public static func canAssignInnovationGuides(_ p: InnovationFacts, _ actor: Actor) -> Bool {
        isManager(of: p.agencyID, actor)
    }

    public static func canCompleteInnovation(_ p: InnovationFacts, _ actor: Actor) -> Bool {
        isManager(of: p.agencyID, actor) || (actor.agencyID == p.agencyID && p.role(of: actor.employeeID) == .mentor)
    }
}
