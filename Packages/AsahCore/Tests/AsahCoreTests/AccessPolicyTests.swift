import Foundation
import Testing

@testable import AsahCore

struct AccessPolicyTests {
    static let medan = UUID()
    static let mamuju = UUID()
    static let dishubPath = "/root/dishub/"
    static let boss = UUID()
    static let staff = UUID()
    static let other = UUID()

    static let staffFacts = EmployeeFacts(
        employeeID: staff, agencyID: medan, unitPath: dishubPath + "lalin/", supervisorID: boss)
    static let otherFacts = EmployeeFacts(
        employeeID: other, agencyID: medan, unitPath: "/root/dinkes/", supervisorID: nil)
    static let mamujuFacts = EmployeeFacts(
        employeeID: UUID(), agencyID: mamuju, unitPath: "/root/dishub/", supervisorID: nil)

    static func actor(_ roles: Set<Role>, agency: UUID?, employee: UUID? = nil, unit: String? = nil) -> Actor {
        Actor(userID: UUID(), roles: roles, agencyID: agency, employeeID: employee, unitPath: unit)
    }

    enum Who: String, CaseIterable {
        case admin, managerMedan, managerMamuju, unitHeadDishub, supervisor, staffSelf, plainEmployee
    }

    static func make(_ who: Who) -> Actor {
        switch who {
        case .admin: return actor([.admin], agency: nil)
        case .managerMedan: return actor([.manager], agency: medan)
        case .managerMamuju: return actor([.manager], agency: mamuju)
        case .unitHeadDishub: return actor([.unitHead, .employee], agency: medan, employee: UUID(), unit: dishubPath)
        case .supervisor: return actor([.employee], agency: medan, employee: boss)
        case .staffSelf: return actor([.employee], agency: medan, employee: staff)
        case .plainEmployee: return actor([.employee], agency: medan, employee: other)
        }
    }

    /// (who, reads staff, changes staff, reads other unit's employee, reads Mamuju employee, manages Medan)
    static let table: [(Who, Bool, Bool, Bool, Bool, Bool)] = [
        (.admin, true, true, true, true, true),
        (.managerMedan, true, true, true, false, true),
        (.managerMamuju, false, false, false, true, false),
        (.unitHeadDishub, true, false, false, false, false),
        (.supervisor, true, false, false, false, false),
        (.staffSelf, true, false, false, false, false),
        (.plainEmployee, false, false, true, false, false),
    ]

    @Test(arguments: table)
    func decides(who: Who, readsStaff: Bool, changesStaff: Bool, readsOther: Bool, readsMamuju: Bool, manages: Bool) {
        let a = Self.make(who)
        #expect(AccessPolicy.canRead(employee: Self.staffFacts, a) == readsStaff)
        #expect(AccessPolicy.canChange(employee: Self.staffFacts, a) == changesStaff)
        #expect(AccessPolicy.canRead(employee: Self.otherFacts, a) == readsOther)
        #expect(AccessPolicy.canRead(employee: Self.mamujuFacts, a) == readsMamuju)
        #expect(AccessPolicy.canManage(agency: Self.medan, a) == manages)
    }

    @Test func listScopes() {
        #expect(AccessPolicy.listScope(agency: Self.medan, Self.make(.managerMedan)) == .agency)
        #expect(AccessPolicy.listScope(agency: Self.medan, Self.make(.managerMamuju)) == nil)
        #expect(
            AccessPolicy.listScope(agency: Self.medan, Self.make(.unitHeadDishub))
                == .unitSubtree(path: Self.dishubPath))
        #expect(AccessPolicy.listScope(agency: Self.medan, Self.make(.supervisor)) == .subordinates(of: Self.boss))
        #expect(AccessPolicy.listScope(agency: Self.mamuju, Self.make(.supervisor)) == nil)
    }

    @Test(
        arguments: [
            (Who.admin, .agency), (.managerMedan, .agency), (.managerMamuju, nil),
            (.unitHeadDishub, .unitSubtree(path: dishubPath)), (.supervisor, nil), (.staffSelf, nil),
            (.plainEmployee, nil),
        ] as [(Who, EmployeeListScope?)])
    func approvalScopes(who: Who, scope: EmployeeListScope?) {
        #expect(AccessPolicy.approvalScope(agency: Self.medan, Self.make(who)) == scope)
    }
}

@Suite("Access to learning activities")
struct ActivityAccessTests {
    typealias P = AccessPolicyTests

    @Test(arguments: [
        (P.Who.admin, true, true), (.managerMedan, true, true), (.managerMamuju, false, false),
        (.unitHeadDishub, false, true), (.supervisor, false, false), (.staffSelf, false, false),
        (.plainEmployee, false, false),
    ])
    func manageAndNominate(_ who: P.Who, manage: Bool, nominateStaff: Bool) {
        let actor = P.make(who)
        #expect(AccessPolicy.canManageActivities(agency: P.medan, actor) == manage)
        #expect(AccessPolicy.canNominate(employee: P.staffFacts, actor) == nominateStaff)
        // Nobody but managers nominates outside their unit.
        #expect(AccessPolicy.canNominate(employee: P.otherFacts, actor) == manage)
    }

    @Test(arguments: [
        (P.Who.staffSelf, true, true), (.unitHeadDishub, true, false), (.managerMedan, true, false),
        (.supervisor, false, false), (.plainEmployee, false, false), (.managerMamuju, false, false),
    ])
    func cancellingAndRecordingOwnLearning(_ who: P.Who, cancel: Bool, record: Bool) {
        let actor = P.make(who)
        #expect(AccessPolicy.canCancelEnrolment(of: P.staffFacts, actor) == cancel)
        #expect(AccessPolicy.canRecordExternalLearning(of: P.staffFacts, actor) == record)
    }

    /// A unit head's own request for a place is decided by the head of a unit above theirs or by a
    /// manager, never by themself; a manager's own by another manager.
    @Test func nobodyDecidesTheirOwnRequest() {
        let head = UUID(), manager = UUID()
        let headActor = P.actor([.unitHead, .employee], agency: P.medan, employee: head, unit: P.dishubPath)
        let headFacts = EmployeeFacts(employeeID: head, agencyID: P.medan, unitPath: P.dishubPath, supervisorID: nil)
        #expect(!AccessPolicy.canNominate(employee: headFacts, headActor))
        let above = P.actor([.unitHead, .employee], agency: P.medan, employee: UUID(), unit: "/root/")
        #expect(AccessPolicy.canNominate(employee: headFacts, above))
        #expect(AccessPolicy.canNominate(employee: headFacts, P.make(.managerMedan)))
        let managerActor = P.actor([.manager, .employee], agency: P.medan, employee: manager)
        let managerFacts = EmployeeFacts(
            employeeID: manager, agencyID: P.medan, unitPath: "/root/bkpsdm/", supervisorID: nil)
        #expect(!AccessPolicy.canNominate(employee: managerFacts, managerActor))
        #expect(AccessPolicy.canNominate(employee: managerFacts, P.make(.managerMedan)))
        // Giving up one's own place stays allowed.
        #expect(AccessPolicy.canCancelEnrolment(of: headFacts, headActor))
    }

    @Test func nobodyDecidesTheirOwnExternalLearning() {
        let manager = P.make(.managerMedan)
        #expect(AccessPolicy.canDecideExternalLearning(of: P.staffFacts, manager))
        #expect(!AccessPolicy.canDecideExternalLearning(of: P.staffFacts, P.make(.managerMamuju)))
        #expect(!AccessPolicy.canDecideExternalLearning(of: P.staffFacts, P.make(.unitHeadDishub)))
        let managerWhoIsStaff = P.actor([.manager, .employee], agency: P.medan, employee: P.staffFacts.employeeID)
        #expect(!AccessPolicy.canDecideExternalLearning(of: P.staffFacts, managerWhoIsStaff))
    }

    @Test func facilitatorsMarkTheirOwnActivitiesOnly() {
        let facilitator = P.actor([.facilitator], agency: P.medan)
        #expect(
            AccessPolicy.canMarkAttendance(activityAgency: P.medan, facilitators: [facilitator.userID], facilitator))
        #expect(!AccessPolicy.canMarkAttendance(activityAgency: P.medan, facilitators: [UUID()], facilitator))
        #expect(AccessPolicy.canMarkAttendance(activityAgency: P.medan, facilitators: [], P.make(.managerMedan)))
        #expect(!AccessPolicy.canMarkAttendance(activityAgency: P.medan, facilitators: [], P.make(.managerMamuju)))
        #expect(!AccessPolicy.canMarkAttendance(activityAgency: P.medan, facilitators: [], P.make(.unitHeadDishub)))
    }

    @Test func activitiesAreSeenInTheirAgencyAndByTheirFacilitators() {
        let outside = P.actor([.facilitator], agency: nil)
        #expect(AccessPolicy.canSeeActivity(agency: P.medan, facilitators: [outside.userID], outside))
        #expect(!AccessPolicy.canSeeActivity(agency: P.medan, facilitators: [], outside))
        #expect(AccessPolicy.canSeeActivity(agency: P.medan, facilitators: [], P.make(.plainEmployee)))
        #expect(!AccessPolicy.canSeeActivity(agency: P.medan, facilitators: [], P.make(.managerMamuju)))
        #expect(AccessPolicy.canSeeActivity(agency: P.medan, facilitators: [], P.make(.admin)))
    }

    @Test func employeesAskForThemselvesInTheirOwnAgency() {
        #expect(AccessPolicy.canRequestPlace(agency: P.medan, P.make(.staffSelf)))
        #expect(!AccessPolicy.canRequestPlace(agency: P.mamuju, P.make(.staffSelf)))
        #expect(
            !AccessPolicy.canRequestPlace(agency: P.medan, P.make(.managerMedan)),
            "a manager without an employee record")
    }
}
