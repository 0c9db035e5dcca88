import Foundation

/// Performance ratings (and, later, feedback) of an employee (`docs/performance-rules.md`):
/// - seen by the employee, their supervisors up the chain (`chain`: their supervisor, that one's, …)
///   and the agency's managers; a unit head who is not in the chain sees the employee, not these;
/// - given by the employee's supervisor (the pejabat penilai kinerja) or a manager of the agency,
///   never by the employee themself.
extension AccessPolicy {
    /// The answer for a route on an employee's performance records: whoever may read the employee or
    /// is in their chain knows the employee exists (others get 404); `rate` asks to give a rating.
    public static func performance(of target: EmployeeFacts, chain: [UUID], rate: Bool, _ actor: Actor) -> Access {
        let sees = canSeePerformance(of: target, chain: chain, actor)
        return Access(
            sees: sees || canRead(employee: target, actor),
            may: rate ? canRatePerformance(of: target, actor) : sees)
    }

    public static func canSeePerformance(of target: EmployeeFacts, chain: [UUID], _ actor: Actor) -> Bool {
        if isManager(of: target.agencyID, actor) { return true }
        guard actor.agencyID == target.agencyID, let me = actor.employeeID else { return false }
        return me == target.employeeID || chain.contains(me)
    }

    public static func canRatePerformance(of target: EmployeeFacts, _ actor: Actor) -> Bool {
        if actor.employeeID == target.employeeID, !actor.isAdmin { return false }
        if isManager(of: target.agencyID, actor) { return true }
        guard actor.agencyID == target.agencyID, let me = actor.employeeID else { return false }
        return me == target.supervisorID
    }
}

/// What is asked of an employee's feedback threads.
public enum FeedbackAccess: Sendable {
    /// Read them: as the ratings (`canSeePerformance`).
    case read
    /// Write new feedback: a leader in the employee's chain (their supervisor, that one's, …), never
    /// the employee, never a manager as such (feedback is the leader's conversation).
    case write
    /// Reply in a thread: the employee or a leader in their chain.
    case reply
}

extension AccessPolicy {
    public static func feedback(of target: EmployeeFacts, chain: [UUID], _ need: FeedbackAccess, _ actor: Actor)
        -> Access
    {
        let sees = canSeePerformance(of: target, chain: chain, actor)
        let inChain = actor.agencyID == target.agencyID && actor.employeeID.map(chain.contains) == true
        let may: Bool =
            switch need {
            case .read: sees
            case .write: inChain && actor.employeeID != target.employeeID
            case .reply: inChain || (actor.employeeID != nil && actor.employeeID == target.employeeID)
            }
        return Access(sees: sees || canRead(employee: target, actor), may: may)
    }
}
