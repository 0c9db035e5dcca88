import Foundation
import Testing

@testable import AsahCore
@testable import AsahDemo

@Suite("Enrolment of participants")
struct EnrolmentRulesTests {
    @Test(arguments: [
        (Int?.none, 100, 0, false, EnrolmentState.enrolled), (10, 9, 0, false, .enrolled),
        (10, 10, 0, false, .waitlisted),
        (10, 12, 0, false, .waitlisted), (10, 5, 1, false, .waitlisted), (1, 0, 0, false, .enrolled),
        (10, 0, 0, true, .requested), (10, 10, 3, true, .requested), (nil, 0, 0, true, .requested),
    ])
    func request(capacity: Int?, taken: Int, waiting: Int, approval: Bool, expected: EnrolmentState) {
        #expect(
            EnrolmentRules.request(
                capacity: capacity, seatsTaken: taken, waitlisted: waiting, approvalRequired: approval) == expected)
    }

    @Test(arguments: [
        (EnrolmentState.requested, Int?.some(10), 9, 0, EnrolmentState?.some(.enrolled)),
        (.requested, 10, 10, 0, .waitlisted), (.requested, 10, 3, 2, .waitlisted), (.requested, nil, 500, 0, .enrolled),
        (.enrolled, 10, 0, 0, nil), (.waitlisted, 10, 0, 0, nil), (.rejected, 10, 0, 0, nil),
        (.cancelled, 10, 0, 0, nil),
        (.completed, 10, 0, 0, nil), (.notCompleted, 10, 0, 0, nil),
    ])
    func approve(state: EnrolmentState, capacity: Int?, taken: Int, waiting: Int, expected: EnrolmentState?) {
        let result = EnrolmentRules.approve(state, capacity: capacity, seatsTaken: taken, waitlisted: waiting)
        if let expected {
            #expect(result == .success(expected))
        } else {
            #expect(
                result
                    == .failure(
                        EnrolmentError(
                            "Hanya permintaan yang menunggu persetujuan yang dapat disetujui (status sekarang: \(state.label))."
                        )))
        }
    }

    @Test(arguments: EnrolmentState.allCases)
    func rejectAndFinish(state: EnrolmentState) {
        #expect((try? EnrolmentRules.reject(state).get()) == (state == .requested ? .rejected : nil))
        let done = EnrolmentRules.finish(state, result: .completed)
        let notDone = EnrolmentRules.finish(state, result: .notCompleted(reasons: ["x"]))
        #expect((try? done.get()) == (state == .enrolled ? .completed : nil))
        #expect((try? notDone.get()) == (state == .enrolled ? .notCompleted : nil))
    }

    static func at(_ minute: Int) -> Date { Date(timeIntervalSince1970: 1_800_000_000 + Double(minute) * 60) }
    static func p(_ id: String, _ state: EnrolmentState, _ minute: Int) -> EnrolmentParticipant {
        EnrolmentParticipant(id: id, state: state, requestedAt: at(minute))
    }

    struct CancelCase: Sendable, CustomTestStringConvertible {
        let name: String
        let participants: [EnrolmentParticipant]
        let capacity: Int?
        let cancel: String
        /// (id, from, to) or the error message.
        let changes: [EnrolmentChange]?
        var testDescription: String { name }
    }

    static let cancelCases: [CancelCase] = [
        CancelCase(
            name: "enrolled leaves, oldest waiting moves up",
            participants: [p("A", .enrolled, 1), p("B", .enrolled, 2), p("C", .waitlisted, 4), p("D", .waitlisted, 3)],
            capacity: 2, cancel: "A",
            changes: [
                EnrolmentChange(id: "A", from: .enrolled, to: .cancelled),
                EnrolmentChange(id: "D", from: .waitlisted, to: .enrolled),
            ]),
        CancelCase(
            name: "waiting leaves, nobody moves",
            participants: [p("A", .enrolled, 1), p("B", .enrolled, 2), p("C", .waitlisted, 3), p("D", .waitlisted, 4)],
            capacity: 2, cancel: "C", changes: [EnrolmentChange(id: "C", from: .waitlisted, to: .cancelled)]),
        CancelCase(
            name: "request withdrawn",
            participants: [p("A", .requested, 1), p("B", .waitlisted, 2)], capacity: 1, cancel: "A",
            changes: [
                EnrolmentChange(id: "A", from: .requested, to: .cancelled),
                EnrolmentChange(id: "B", from: .waitlisted, to: .enrolled),
            ]),
        CancelCase(
            name: "capacity lowered below the enrolled: no promotion until below",
            participants: [p("A", .enrolled, 1), p("B", .enrolled, 2), p("C", .enrolled, 3), p("D", .waitlisted, 4)],
            capacity: 1, cancel: "A", changes: [EnrolmentChange(id: "A", from: .enrolled, to: .cancelled)]),
        CancelCase(
            name: "completed keep their seats",
            participants: [
                p("A", .completed, 1), p("B", .enrolled, 2), p("C", .waitlisted, 3), p("D", .notCompleted, 0),
            ],
            capacity: 3, cancel: "B",
            changes: [
                EnrolmentChange(id: "B", from: .enrolled, to: .cancelled),
                EnrolmentChange(id: "C", from: .waitlisted, to: .enrolled),
            ]),
        CancelCase(
            name: "unlimited capacity promotes every waiting participant",
            participants: [p("A", .enrolled, 1), p("B", .waitlisted, 3), p("C", .waitlisted, 2)],
            capacity: nil, cancel: "A",
            changes: [
                EnrolmentChange(id: "A", from: .enrolled, to: .cancelled),
                EnrolmentChange(id: "C", from: .waitlisted, to: .enrolled),
                EnrolmentChange(id: "B", from: .waitlisted, to: .enrolled),
            ]),
        CancelCase(
            name: "same request time: by id",
            participants: [p("A", .enrolled, 1), p("Z", .waitlisted, 5), p("M", .waitlisted, 5)],
            capacity: 1, cancel: "A",
            changes: [
                EnrolmentChange(id: "A", from: .enrolled, to: .cancelled),
                EnrolmentChange(id: "M", from: .waitlisted, to: .enrolled),
            ]),
        CancelCase(
            name: "completed cannot be cancelled", participants: [p("A", .completed, 1)], capacity: 1, cancel: "A",
            changes: nil),
        CancelCase(
            name: "already cancelled", participants: [p("A", .cancelled, 1)], capacity: 1, cancel: "A", changes: nil),
        CancelCase(
            name: "unknown participant", participants: [p("A", .enrolled, 1)], capacity: 1, cancel: "B", changes: nil),
    ]

    @Test(arguments: cancelCases)
    func cancel(c: CancelCase) {
        let result = EnrolmentRules.cancel(c.cancel, in: c.participants, capacity: c.capacity)
        if let changes = c.changes {
            #expect(result == .success(changes))
        } else {
            guard case .failure(let error) = result else {
                Issue.record("accepted")
                return
            }
            let state = c.participants.first { $0.id == c.cancel }?.state
            #expect(
                error.message
                    == (state.map { "Peserta berstatus \($0.label) tidak dapat dibatalkan." }
                        ?? "Peserta tidak ditemukan pada kegiatan ini."))
        }
    }

    @Test(arguments: [(Int?.some(4), ["E", "C"]), (3, ["E"]), (2, []), (1, []), (nil, ["E", "C", "D"])])
    func capacityRaised(capacity: Int?, promoted: [String]) {
        let participants = [
            Self.p("A", .enrolled, 1), Self.p("B", .enrolled, 2), Self.p("C", .waitlisted, 4),
            Self.p("D", .waitlisted, 5),
            Self.p("E", .waitlisted, 3), Self.p("F", .cancelled, 0),
        ]
        #expect(EnrolmentRules.promotions(participants, capacity: capacity).map(\.id) == promoted)
    }

    /// Random requests, approvals and cancellations (seeded) with a capacity that sometimes drops:
    /// no one is evicted, a seat is never free while someone waits, and seats exceed the capacity only
    /// by the people enrolled before it dropped.
    @Test(arguments: [UInt64(5), 77])
    func simulation(seed: UInt64) {
        var rng = DemoRNG(seed: seed)
        var people: [EnrolmentParticipant] = []
        var capacity = 5
        for step in 0..<400 {
            let taken = EnrolmentRules.seatsTaken(people)
            let waiting = people.filter { $0.state == .waitlisted }.count
            switch rng.int(0...9) {
            case 0...3:
                let state = EnrolmentRules.request(
                    capacity: capacity, seatsTaken: taken, waitlisted: waiting,
                    approvalRequired: rng.chance(0.5))
                people.append(EnrolmentParticipant(id: "P\(step)", state: state, requestedAt: Self.at(step)))
            case 4...5:
                if let i = people.firstIndex(where: { $0.state == .requested }) {
                    people[i].state = try! EnrolmentRules.approve(
                        people[i].state, capacity: capacity, seatsTaken: taken,
                        waitlisted: waiting
                    ).get()
                }
            case 6...8:
                guard !people.isEmpty else { break }
                let id = rng.pick(people).id
                if case .success(let changes) = EnrolmentRules.cancel(id, in: people, capacity: capacity) {
                    for change in changes {
                        let i = people.firstIndex { $0.id == change.id }!
                        #expect(people[i].state == change.from)
                        people[i].state = change.to
                    }
                }
            default:
                let before = EnrolmentRules.seatsTaken(people)
                capacity = max(1, capacity + rng.int(-3...3))
                for change in EnrolmentRules.promotions(people, capacity: capacity) {
                    people[people.firstIndex { $0.id == change.id }!].state = change.to
                }
                #expect(EnrolmentRules.seatsTaken(people) >= before)
            }
            let nowTaken = EnrolmentRules.seatsTaken(people)
            let nowWaiting = people.filter { $0.state == .waitlisted }
            if !nowWaiting.isEmpty { #expect(nowTaken >= capacity) }
            #expect(nowTaken <= max(capacity, taken))
        }
    }

    @Test func capacityFieldAndWarning() {
        #expect(EnrolmentRules.capacity(nil) == .success(nil) && EnrolmentRules.capacity(30) == .success(30))
        #expect((try? EnrolmentRules.capacity(0).get()) == nil && (try? EnrolmentRules.capacity(100_001).get()) == nil)
        #expect(EnrolmentRules.capacityWarning(capacity: 20, seatsTaken: 20) == nil)
        #expect(EnrolmentRules.capacityWarning(capacity: nil, seatsTaken: 20) == nil)
        #expect(
            EnrolmentRules.capacityWarning(capacity: 20, seatsTaken: 25)?.hasPrefix(
                "Kapasitas 20 lebih kecil dari 25 peserta yang sudah terdaftar.") == true)
    }

    @Test(arguments: [
        (EnrolmentState.requested, "requested", "Menunggu persetujuan atasan", false, false),
        (.enrolled, "enrolled", "Terdaftar", true, false), (.waitlisted, "waitlisted", "Daftar tunggu", false, false),
        (.rejected, "rejected", "Ditolak", false, true), (.cancelled, "cancelled", "Dibatalkan", false, true),
        (.completed, "completed", "Selesai", true, true), (.notCompleted, "not_completed", "Tidak selesai", true, true),
    ])
    func states(state: EnrolmentState, raw: String, label: String, seat: Bool, final: Bool) {
        #expect(state.rawValue == raw && state.label == label && state.holdsSeat == seat && state.isFinal == final)
    }
}
