import Foundation
import Testing

@testable import AsahCore

struct TransferRulesTests {
    static let here = UUID(), there = UUID(), third = UUID()
    static let nip = "196608011988031001"

    @Test func aRequestNamesAPersonOfAnotherAgency() {
        let holder = TransferRules.Holder(agencyID: Self.there, state: .aktif)
        #expect(
            TransferRules.request(nip: "19660801 198803 1 001", receiving: Self.here, holder: holder, pending: false)
                == .success(Self.nip))
    }

    /// (nip, holder agency (nil: nobody), already pending, refusal kind)
    static let refusals: [(String, UUID?, Bool, TransferRefusal.Kind)] = [
        ("12345", there, false, .invalid),
        ("196608011988031009", nil, false, .invalid),  // valid, but nobody has it
        (nip, here, false, .conflict),  // already ours
        (nip, there, true, .conflict),  // asked already
    ]

    @Test(arguments: refusals)
    func aRequestIsRefused(nip: String, holderAgency: UUID?, pending: Bool, kind: TransferRefusal.Kind) {
        let holder = holderAgency.map { TransferRules.Holder(agencyID: $0, state: .aktif) }
        guard
            case .failure(let refusal) = TransferRules.request(
                nip: nip, receiving: Self.here, holder: holder, pending: pending)
        else {
            Issue.record("accepted")
            return
        }
        #expect(refusal.kind == kind)
        #expect(!refusal.message.isEmpty)
    }

    /// (state, approve, holder's agency, holder's state, outcome: a state, or nil for a 409)
    static let decisions: [(TransferState, Bool, UUID, EmploymentState, TransferState?)] = [
        (.pending, true, there, .aktif, .approved),
        (.pending, false, there, .aktif, .rejected),
        (.pending, true, there, .tugasBelajar, .approved),
        (.pending, true, there, .pindah, .approved),  // marked as gone by the sender: still theirs to give
        (.pending, true, there, .pensiun, nil),
        (.pending, true, there, .meninggal, nil),
        (.pending, false, there, .meninggal, .rejected),  // a no is always possible
        (.pending, true, third, .aktif, nil),  // moved elsewhere meanwhile
        (.approved, true, there, .aktif, nil),
        (.rejected, false, there, .aktif, nil),
    ]

    @Test(arguments: decisions)
    func aDecision(
        state: TransferState, approve: Bool, holderAgency: UUID, holderState: EmploymentState, outcome: TransferState?
    ) {
        let result = TransferRules.decide(
            state, approve: approve, sending: Self.there, holderAgency: holderAgency, holderState: holderState)
        switch result {
        case .success(let next): #expect(next == outcome)
        case .failure(let refusal):
            #expect(outcome == nil)
            #expect(refusal.kind == .conflict)
        }
    }

    @Test func theStateAPersonArrivesWith() {
        #expect(TransferRules.arrival(.aktif) == .aktif)
        #expect(TransferRules.arrival(.pindah) == .aktif)
        #expect(TransferRules.arrival(.cltn) == .cltn)
        #expect(TransferRules.arrival(.berhenti) == nil)
    }

    @Test func whereALineWasEarned() {
        #expect(TransferRules.origin(nil, holder: Self.there, receiving: Self.here) == Self.there)
        #expect(TransferRules.origin(Self.third, holder: Self.there, receiving: Self.here) == Self.third)
        #expect(TransferRules.origin(Self.here, holder: Self.there, receiving: Self.here) == nil)  // back home
    }

    @Test func onlyTheTwoAgenciesSeeARequestAndTheSenderDecides() {
        func actor(_ agency: UUID?, _ roles: Set<Role>) -> Actor {
            Actor(userID: UUID(), roles: roles, agencyID: agency, employeeID: nil, unitPath: nil)
        }
        let sender = actor(Self.there, [.manager]), receiver = actor(Self.here, [.manager])
        let outsider = actor(Self.third, [.manager]), admin = actor(nil, [.admin])
        let employee = actor(Self.there, [.employee])
        #expect(AccessPolicy.transfer(from: Self.there, to: Self.here, decide: true, sender) == .granted)
        #expect(AccessPolicy.transfer(from: Self.there, to: Self.here, decide: true, admin) == .granted)
        #expect(AccessPolicy.transfer(from: Self.there, to: Self.here, decide: true, receiver) == .forbidden)
        #expect(AccessPolicy.transfer(from: Self.there, to: Self.here, decide: false, receiver) == .granted)
        #expect(AccessPolicy.transfer(from: Self.there, to: Self.here, decide: false, outsider) == .hidden)
        #expect(AccessPolicy.transfer(from: Self.there, to: Self.here, decide: false, employee) == .hidden)
        #expect(AccessPolicy.seesTransferredName(from: Self.there, state: .pending, sender))
        #expect(!AccessPolicy.seesTransferredName(from: Self.there, state: .pending, receiver))
        #expect(AccessPolicy.seesTransferredName(from: Self.there, state: .approved, receiver))
        #expect(AccessPolicy.canRequestTransfer(into: Self.here, receiver))
        #expect(!AccessPolicy.canRequestTransfer(into: Self.here, sender))
    }

    @Test func aReasonIsTrimmedAndLimited() {
        #expect(TransferRules.reason("  Masih dibutuhkan. ") == .success("Masih dibutuhkan."))
        #expect(TransferRules.reason("   ") == .success(nil))
        #expect(TransferRules.reason(nil) == .success(nil))
        #expect(
            TransferRules.reason(String(repeating: "a", count: 500)) == .success(String(repeating: "a", count: 500)))
        #expect(TransferRules.reason(String(repeating: "a", count: 501)).map { _ in 0 } != .success(0))
        // One character built of many combining marks is still refused by its code points.
        #expect(TransferRules.reason("a" + String(repeating: "\u{301}", count: 1_200)).map { _ in 0 } != .success(0))
    }
}
