import Foundation
import Testing

@testable import AsahCore

/// Who records a komunitas belajar session and who confirms it (`AccessPolicyKnowledgeSharing`).
@Suite("Access to knowledge-sharing sessions")
struct KnowledgeSharingAccessTests {
    typealias P = AccessPolicyTests

    /// The host is `staff`, in Dishub's traffic section of Medan.
    static let session = KnowledgeSessionFacts(
        agencyID: P.medan, hostID: P.staff, hostUnitPath: P.dishubPath + "lalin/")

    /// (who, sees Medan's sessions, may record in Medan, may confirm the staff member's session)
    @Test(
        arguments: [
            (P.Who.admin, true, false, true),
            (.managerMedan, true, false, true),
            (.managerMamuju, false, false, false),
            (.unitHeadDishub, true, true, true),
            (.supervisor, true, true, false),
            (.staffSelf, true, true, false),
            (.plainEmployee, true, true, false),
        ] as [(P.Who, Bool, Bool, Bool)])
    func recordAndConfirm(_ who: P.Who, see: Bool, record: Bool, confirm: Bool) {
        let a = P.make(who)
        #expect(AccessPolicy.canSeeKnowledgeSessions(agency: P.medan, a) == see)
        #expect(AccessPolicy.canRecordKnowledgeSession(agency: P.medan, a) == record)
        #expect(AccessPolicy.canConfirmKnowledgeSession(Self.session, a) == confirm)
    }

    enum Case: String, CaseIterable {
        case hostWhoIsAManager, hostWhoHeadsTheUnit, headOfAnotherUnit, headOfASubUnit, headOfTheSamePathElsewhere
        case managerForAHostWithoutUnit, unitHeadForAHostWithoutUnit
    }

    /// The host never confirms their own session, whatever their roles; a unit head only within their
    /// subtree, and only in their own agency.
    @Test(arguments: [
        (Case.hostWhoIsAManager, false), (.hostWhoHeadsTheUnit, false), (.headOfAnotherUnit, false),
        (.headOfASubUnit, false), (.headOfTheSamePathElsewhere, false), (.managerForAHostWithoutUnit, true),
        (.unitHeadForAHostWithoutUnit, false),
    ])
    func edges(_ c: Case, confirm: Bool) {
        var s = Self.session
        let a: Actor
        switch c {
        case .hostWhoIsAManager:
            a = P.actor([.manager, .employee], agency: P.medan, employee: P.staff)
        case .hostWhoHeadsTheUnit:
            a = P.actor([.unitHead, .employee], agency: P.medan, employee: P.staff, unit: P.dishubPath)
        case .headOfAnotherUnit:
            a = P.actor([.unitHead, .employee], agency: P.medan, employee: UUID(), unit: "/root/dinkes/")
        case .headOfASubUnit:  // heads a section below Dishub, but not the host's section
            a = P.actor([.unitHead, .employee], agency: P.medan, employee: UUID(), unit: P.dishubPath + "angkutan/")
        case .headOfTheSamePathElsewhere:
            a = P.actor([.unitHead, .employee], agency: P.mamuju, employee: UUID(), unit: P.dishubPath)
        case .managerForAHostWithoutUnit:
            s = KnowledgeSessionFacts(agencyID: P.medan, hostID: P.staff, hostUnitPath: nil)
            a = P.make(.managerMedan)
        case .unitHeadForAHostWithoutUnit:
            s = KnowledgeSessionFacts(agencyID: P.medan, hostID: P.staff, hostUnitPath: nil)
            a = P.make(.unitHeadDishub)
        }
        #expect(AccessPolicy.canConfirmKnowledgeSession(s, a) == confirm)
    }

    @Test(
        arguments: [
            (P.Who.admin, .agency), (.managerMedan, .agency), (.managerMamuju, nil),
            (.unitHeadDishub, .unitSubtree(path: P.dishubPath)), (.supervisor, nil), (.staffSelf, nil),
            (.plainEmployee, nil),
        ] as [(P.Who, EmployeeListScope?)])
    func confirmationScopes(_ who: P.Who, scope: EmployeeListScope?) {
        #expect(AccessPolicy.knowledgeConfirmationScope(agency: P.medan, P.make(who)) == scope)
    }
}
