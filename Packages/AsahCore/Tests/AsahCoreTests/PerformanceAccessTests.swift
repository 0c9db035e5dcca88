import Foundation
import Testing

@testable import AsahCore

/// Who sees and gives an employee's performance ratings: the staff member's chain is their supervisor
/// (`boss`) and the boss's own supervisor (`grand`); the Dishub unit head is not in it.
struct PerformanceAccessTests {
    typealias T = AccessPolicyTests
    static let grand = UUID()
    static let chain = [T.boss, grand]

    enum Who: CaseIterable {
        case admin, managerMedan, managerMamuju, unitHeadDishub, supervisor, supervisorsSupervisor, staffSelf
        case plainEmployee, staffSelfAlsoManager
    }

    static func make(_ who: Who) -> Actor {
        switch who {
        case .admin: T.make(.admin)
        case .managerMedan: T.make(.managerMedan)
        case .managerMamuju: T.make(.managerMamuju)
        case .unitHeadDishub: T.make(.unitHeadDishub)
        case .supervisor: T.make(.supervisor)
        case .supervisorsSupervisor: T.actor([.employee], agency: T.medan, employee: grand)
        case .staffSelf: T.make(.staffSelf)
        case .plainEmployee: T.make(.plainEmployee)
        case .staffSelfAlsoManager: T.actor([.manager, .employee], agency: T.medan, employee: T.staff)
        }
    }

    /// (who, sees the staff member's ratings, rates them)
    @Test(arguments: [
        (Who.admin, true, true), (.managerMedan, true, true), (.managerMamuju, false, false),
        (.unitHeadDishub, false, false), (.supervisor, true, true), (.supervisorsSupervisor, true, false),
        (.staffSelf, true, false), (.plainEmployee, false, false), (.staffSelfAlsoManager, true, false),
    ])
    func decides(who: Who, sees: Bool, rates: Bool) {
        let a = Self.make(who)
        #expect(AccessPolicy.canSeePerformance(of: T.staffFacts, chain: Self.chain, a) == sees)
        #expect(AccessPolicy.canRatePerformance(of: T.staffFacts, a) == rates)
    }

    /// The route's answer: 404 for those who neither read the employee nor stand in their chain, 403 for
    /// those who do but may not (a unit head outside the chain; the chain above the supervisor rating).
    @Test(arguments: [
        (Who.supervisorsSupervisor, false, Access.granted), (.supervisorsSupervisor, true, .forbidden),
        (.unitHeadDishub, false, .forbidden), (.plainEmployee, false, .hidden), (.managerMamuju, true, .hidden),
        (.supervisor, true, .granted), (.staffSelf, true, .forbidden),
    ])
    func routeAnswer(who: Who, rate: Bool, access: Access) {
        #expect(AccessPolicy.performance(of: T.staffFacts, chain: Self.chain, rate: rate, Self.make(who)) == access)
    }

    /// A chain from another agency's ids gives nothing to someone of that agency.
    @Test func chainOfAnotherAgency() {
        let mamujuBoss = T.actor([.employee], agency: T.mamuju, employee: T.boss)
        #expect(!AccessPolicy.canSeePerformance(of: T.staffFacts, chain: Self.chain, mamujuBoss))
        #expect(!AccessPolicy.canRatePerformance(of: T.staffFacts, mamujuBoss))
    }

    /// (who, reads the threads, writes new feedback, replies): the chain writes, the employee replies,
    /// managers read only.
    @Test(arguments: [
        (Who.admin, Access.granted, Access.forbidden, Access.forbidden),
        (.managerMedan, .granted, .forbidden, .forbidden), (.managerMamuju, .hidden, .hidden, .hidden),
        (.unitHeadDishub, .forbidden, .forbidden, .forbidden), (.supervisor, .granted, .granted, .granted),
        (.supervisorsSupervisor, .granted, .granted, .granted), (.staffSelf, .granted, .forbidden, .granted),
        (.plainEmployee, .hidden, .hidden, .hidden), (.staffSelfAlsoManager, .granted, .forbidden, .granted),
    ])
    func feedback(who: Who, read: Access, write: Access, reply: Access) {
        let a = Self.make(who)
        #expect(AccessPolicy.feedback(of: T.staffFacts, chain: Self.chain, .read, a) == read)
        #expect(AccessPolicy.feedback(of: T.staffFacts, chain: Self.chain, .write, a) == write)
        #expect(AccessPolicy.feedback(of: T.staffFacts, chain: Self.chain, .reply, a) == reply)
    }

    /// Someone of another agency holding an id of the chain writes nothing.
    @Test func feedbackChainOfAnotherAgency() {
        let mamujuBoss = T.actor([.employee], agency: T.mamuju, employee: T.boss)
        #expect(AccessPolicy.feedback(of: T.staffFacts, chain: Self.chain, .write, mamujuBoss) == .hidden)
    }
}
