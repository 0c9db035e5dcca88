import Foundation

/// Who is asking: the facts about a signed-in user that access decisions need.
public struct Actor: Sendable, Equatable {
    public let userID: UUID
    public let roles: Set<Role>
    public let agencyID: UUID?
    public let employeeID: UUID?
    /// Materialized path of the unit a unit head leads ("/root/…/unit/"), if any.
    public let unitPath: String?

    public init(userID: UUID, roles: Set<Role>, agencyID: UUID?, employeeID: UUID?, unitPath: String?) {
        self.userID = userID
        self.roles = roles
        self.agencyID = agencyID
        self.employeeID = employeeID
        self.unitPath = unitPath
    }

    public var isAdmin: Bool { roles.contains(.admin) }
}

/// The facts about one employee record that access decisions need.
public struct EmployeeFacts: Sendable, Equatable {
    public let employeeID: UUID
    public let agencyID: UUID
    public let unitPath: String?
    public let supervisorID: UUID?

    public init(employeeID: UUID, agencyID: UUID, unitPath: String?, supervisorID: UUID?) {
        self.employeeID = employeeID
        self.agencyID = agencyID
        self.unitPath = unitPath
        self.supervisorID = supervisorID
    }
}

/// Which employees a list may show to an actor.
public enum EmployeeListScope: Sendable, Equatable {
    case agency
    case unitSubtree(path: String)
    case subordinates(of: UUID)
}

/// The one policy: who may read or change which record.
/// admin: everything; manager: their agency; unit head: their unit and its sub-units (read);
/// employee: themself (read); supervisor: their direct subordinates (read).
public enum AccessPolicy {
    public static func isManager(of agencyID: UUID, _ actor: Actor) -> Bool {
        actor.isAdmin || (actor.roles.contains(.manager) && actor.agencyID == agencyID)
    }

    /// Organisation data of an agency (units, positions, employees, imports) may be changed.
    public static func canManage(agency agencyID: UUID, _ actor: Actor) -> Bool {
        isManager(of: agencyID, actor)
    }

    /// The agency's pages (its unit tree) may be seen: its managers and its unit heads.
    public static func canView(agency agencyID: UUID, _ actor: Actor) -> Bool {
        isManager(of: agencyID, actor) || (actor.agencyID == agencyID && leadsUnit(actor))
    }

    public static func canRead(employee target: EmployeeFacts, _ actor: Actor) -> Bool {
        if isManager(of: target.agencyID, actor) { return true }
        guard actor.agencyID == target.agencyID else { return false }
        if let me = actor.employeeID, me == target.employeeID || me == target.supervisorID { return true }
        if leadsUnit(actor), let head = actor.unitPath, let path = target.unitPath, path.hasPrefix(head) {
            return true
        }
        return false
    }

    /// Contact details (email, phone) unmasked: only the agency's managers.
    public static func canSeeContact(of target: EmployeeFacts, _ actor: Actor) -> Bool {
        isManager(of: target.agencyID, actor)
    }

    public static func canChange(employee target: EmployeeFacts, _ actor: Actor) -> Bool {
        isManager(of: target.agencyID, actor)
    }

    /// Whether the actor may record a competency assessment of this source for the employee:
    /// managers any source; the direct supervisor a supervisor rating; the employee a self-assessment.
    public static func canAssess(employee target: EmployeeFacts, source: AssessmentSource, _ actor: Actor) -> Bool {
        if isManager(of: target.agencyID, actor) { return true }
        guard actor.agencyID == target.agencyID, let me = actor.employeeID else { return false }
        switch source {
        case .supervisor: return me == target.supervisorID
        case .selfAssessment: return me == target.employeeID
        default: return false
        }
    }

    /// What an employee list of this agency may show; nil when the actor may see none of it.
    public static func listScope(agency agencyID: UUID, _ actor: Actor) -> EmployeeListScope? {
        if isManager(of: agencyID, actor) { return .agency }
        guard actor.agencyID == agencyID else { return nil }
        if leadsUnit(actor), let path = actor.unitPath { return .unitSubtree(path: path) }
        if let me = actor.employeeID { return .subordinates(of: me) }
        return nil
    }

    // MARK: Learning activities

    /// Activities of an agency may be created, changed, completed and enrolled in bulk: its managers.
    public static func canManageActivities(agency agencyID: UUID, _ actor: Actor) -> Bool {
        isManager(of: agencyID, actor)
    }

    /// Attendance of an activity may be marked by its agency's managers and by the facilitators of that
    /// activity only (a facilitator of another activity may not).
    public static func canMarkAttendance(activityAgency agencyID: UUID, facilitators: Set<UUID>, _ actor: Actor) -> Bool
    {
        isManager(of: agencyID, actor) || facilitators.contains(actor.userID)
    }

    /// Who may put an employee forward for an activity, or decide on their request: the agency's
    /// managers, and the head of the employee's unit (or a unit above it); never the employee themself,
    /// so a unit head's own request goes to the head above them or to a manager, and a manager's to
    /// another manager.
    public static func canNominate(employee target: EmployeeFacts, _ actor: Actor) -> Bool {
        if let me = actor.employeeID, me == target.employeeID { return false }
        if isManager(of: target.agencyID, actor) { return true }
        guard actor.agencyID == target.agencyID, leadsUnit(actor), let head = actor.unitPath,
            let path = target.unitPath
        else { return false }
        return path.hasPrefix(head)
    }

    /// Whose requests for a place wait on the actor's decision: the whole agency for its managers, the
    /// unit subtree for a unit head (as `canNominate` decides them one by one); nil for anyone else.
    public static func approvalScope(agency agencyID: UUID, _ actor: Actor) -> EmployeeListScope? {
        if isManager(of: agencyID, actor) { return .agency }
        guard actor.agencyID == agencyID, leadsUnit(actor), let path = actor.unitPath else { return nil }
        return .unitSubtree(path: path)
    }

    /// A participant's place may be given up by the participant, their unit head or a manager.
    public static func canCancelEnrolment(of target: EmployeeFacts, _ actor: Actor) -> Bool {
        actor.employeeID == target.employeeID || canNominate(employee: target, actor)
    }

    /// Learning taken elsewhere is recorded by the employee themself (a manager then decides on it).
    public static func canRecordExternalLearning(of target: EmployeeFacts, _ actor: Actor) -> Bool {
        actor.employeeID == target.employeeID && actor.agencyID == target.agencyID
    }

    /// Learning taken elsewhere is accepted or rejected by a manager of the agency, never by the
    /// employee who recorded it (a manager's own record goes to another manager).
    public static func canDecideExternalLearning(of target: EmployeeFacts, _ actor: Actor) -> Bool {
        isManager(of: target.agencyID, actor) && actor.employeeID != target.employeeID
    }

    /// An activity is visible to everyone of its agency (to find and ask for a place), to its
    /// facilitators and to administrators; to nobody else.
    public static func canSeeActivity(agency agencyID: UUID, facilitators: Set<UUID>, _ actor: Actor) -> Bool {
        actor.isAdmin || actor.agencyID == agencyID || facilitators.contains(actor.userID)
    }

    /// Whether the actor may ask for a place for themself: an employee of the activity's agency.
    public static func canRequestPlace(agency agencyID: UUID, _ actor: Actor) -> Bool {
        actor.agencyID == agencyID && actor.employeeID != nil
    }

    static func leadsUnit(_ actor: Actor) -> Bool {
        actor.roles.contains(.unitHead) && actor.unitPath != nil
    }
}
