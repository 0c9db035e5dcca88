import Foundation
import Testing

@testable import AsahCore

struct AccessAnswerTests {
    @Test(arguments: [
        (false, false, Access.hidden), (false, true, .hidden), (true, false, .forbidden), (true, true, .granted),
    ])
    func seesAndMay(sees: Bool, may: Bool, expected: Access) {
        #expect(Access(sees: sees, may: may) == expected)
    }

    typealias Who = AccessPolicyTests.Who

    /// An agency in a path: another agency's manager never learns it exists, whatever they ask.
    @Test(arguments: [
        (Who.admin, true, Access.granted), (.admin, false, .forbidden), (.managerMedan, true, .granted),
        (.managerMamuju, true, .hidden), (.managerMamuju, false, .hidden), (.plainEmployee, false, .forbidden),
    ])
    func agency(who: Who, may: Bool, expected: Access) {
        #expect(AccessPolicy.agency(AccessPolicyTests.medan, may: may, AccessPolicyTests.make(who)) == expected)
    }

    @Test(arguments: [
        (Who.staffSelf, Access.granted), (.supervisor, .granted), (.unitHeadDishub, .granted),
        (.managerMedan, .granted), (.plainEmployee, .hidden), (.managerMamuju, .hidden),
    ])
    func employeeRead(who: Who, expected: Access) {
        let actor = AccessPolicyTests.make(who)
        let facts = AccessPolicyTests.staffFacts
        #expect(AccessPolicy.employee(facts, may: AccessPolicy.canRead(employee: facts, actor), actor) == expected)
    }

    @Test(arguments: [
        (Who.staffSelf, Access.forbidden), (.supervisor, .forbidden), (.managerMedan, .granted),
        (.plainEmployee, .hidden),
    ])
    func employeeChange(who: Who, expected: Access) {
        let actor = AccessPolicyTests.make(who)
        let facts = AccessPolicyTests.staffFacts
        #expect(AccessPolicy.employee(facts, may: AccessPolicy.canChange(employee: facts, actor), actor) == expected)
    }

    /// Mentor and mentee log and confirm; the agency's manager sees the pair but may not; anyone else,
    /// the supervisor included, is told nothing; the same person in another agency is no side.
    @Test(arguments: [
        (Who.supervisor, Access.granted, MentorshipSide?.some(.mentor)),
        (.staffSelf, .granted, .mentee), (.managerMedan, .forbidden, nil), (.admin, .forbidden, nil),
        (.plainEmployee, .hidden, nil), (.managerMamuju, .hidden, nil), (.unitHeadDishub, .hidden, nil),
    ])
    func mentoring(who: Who, expected: Access, side: MentorshipSide?) {
        let m = MentorshipFacts(
            agencyID: AccessPolicyTests.medan, mentorID: AccessPolicyTests.boss, menteeID: AccessPolicyTests.staff)
        let actor = AccessPolicyTests.make(who)
        #expect(AccessPolicy.mentoringSessions(m, actor) == expected)
        #expect(AccessPolicy.side(in: m, actor) == side)
        let moved = Actor(
            userID: actor.userID, roles: actor.roles, agencyID: AccessPolicyTests.mamuju, employeeID: actor.employeeID,
            unitPath: actor.unitPath)
        #expect(AccessPolicy.side(in: m, moved) == nil)
    }

    @Test(arguments: [
        (MentorshipSide.mentor, MentorshipSide.mentee, true), (.mentee, .mentor, true), (.mentor, .mentor, false),
        (.mentee, .mentee, false),
    ])
    func theOtherSideConfirms(loggedBy: MentorshipSide, side: MentorshipSide, expected: Bool) {
        #expect(AccessPolicy.canConfirmMentoringSession(loggedBy: loggedBy, side: side) == expected)
    }

    /// Reports: the agency for managers, the unit subtree for a unit head, nothing for a supervisor or
    /// an employee (who have only their own people's lists).
    @Test(arguments: [
        (Who.admin, EmployeeListScope?.some(.agency)), (.managerMedan, .agency),
        (.unitHeadDishub, .unitSubtree(path: AccessPolicyTests.dishubPath)), (.supervisor, nil), (.staffSelf, nil),
        (.managerMamuju, nil),
    ])
    func reports(who: Who, expected: EmployeeListScope?) {
        #expect(AccessPolicy.reportScope(agency: AccessPolicyTests.medan, AccessPolicyTests.make(who)) == expected)
    }
}
