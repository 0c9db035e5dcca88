import Foundation

/// The facts about one knowledge-sharing session that access decisions need: its agency, its host
/// and the path of the host's unit.
public struct KnowledgeSessionFacts: Sendable, Equatable {
    public let agencyID: UUID
    public let hostID: UUID
    public let hostUnitPath: String?

    public init(agencyID: UUID, hostID: UUID, hostUnitPath: String?) {
        self.agencyID = agencyID
        self.hostID = hostID
        self.hostUnitPath = hostUnitPath
    }
}

/// Komunitas belajar (docs/learning-rules.md, "Komunitas belajar"):
/// - an employee of the agency records a session they hosted (as its host, never for someone else);
/// - it credits JP only once a second party confirms it: a manager of the agency, or a unit head whose
///   unit subtree holds the host's unit. The host never confirms their own session, whatever their
///   roles; the same people may reject it instead.
extension AccessPolicy {
    /// The agency's sessions (the confirmed ones, one's own, those waiting on one) are seen by everyone
    /// of the agency; another agency's answer as missing.
    public static func canSeeKnowledgeSessions(agency agencyID: UUID, _ actor: Actor) -> Bool {
        actor.isAdmin || actor.agencyID == agencyID
    }

    public static func canRecordKnowledgeSession(agency agencyID: UUID, _ actor: Actor) -> Bool {
        actor.agencyID == agencyID && actor.employeeID != nil
    }

    public static func canConfirmKnowledgeSession(_ s: KnowledgeSessionFacts, _ actor: Actor) -> Bool {
        if actor.employeeID == s.hostID { return false }
        if isManager(of: s.agencyID, actor) { return true }
        guard actor.agencyID == s.agencyID, leadsUnit(actor), let head = actor.unitPath, let path = s.hostUnitPath
        else { return false }
        return path.hasPrefix(head)
    }

    /// Whose sessions may wait on the actor's confirmation: the agency for its managers, the unit
    /// subtree for a unit head (each one then decided by `canConfirmKnowledgeSession`); nil otherwise.
    public static func knowledgeConfirmationScope(agency agencyID: UUID, _ actor: Actor) -> EmployeeListScope? {
        if isManager(of: agencyID, actor) { return .agency }
        guard actor.agencyID == agencyID, leadsUnit(actor), let path = actor.unitPath else { return nil }
        return .unitSubtree(path: path)
    }
}
