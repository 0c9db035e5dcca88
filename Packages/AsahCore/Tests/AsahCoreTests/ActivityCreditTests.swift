import Testing

@testable import AsahCore

@Suite("JP an activity credits when it closes")
struct ActivityCreditTests {
    typealias C = JPCapsTests
    static func s(_ month: Int, _ day: Int, _ minutes: Int) -> ActivityCredit.Session {
        ActivityCredit.Session(date: C.day(month, day), minutes: minutes)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let jenis: Int
        let sessions: [ActivityCredit.Session]
        let jp: Int
        let existing: [LedgerEntryFact]
        let credited: Int
        let reason: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "klasikal training keeps its JP whatever else was learned that day", jenis: 1,
            sessions: [s(3, 5, 480), s(3, 6, 480)], jp: 2133, existing: [C.fact("B1", C.day(3, 5), 900)],
            credited: 2133, reason: nil),
        Case(
            name: "coaching of 4 sessions in a month counts 2", jenis: 14,
            sessions: [s(3, 2, 90), s(3, 9, 90), s(3, 16, 90), s(3, 23, 90)], jp: 800, existing: [],
            credited: 400,
            reason:
                "Dihitung 2 dari 4 sesi (4 JP dari 8 JP): paling banyak 2 sesi per bulan yang dihitung, dan Maret 2026 sudah 0 sesi."
        ),
        Case(
            name: "coaching after 2 coaching sessions that month adds nothing", jenis: 14, sessions: [s(3, 20, 90)],
            jp: 200, existing: [C.fact("C1", C.day(3, 2), 200), C.fact("C1", C.day(3, 9), 200)], credited: 0,
            reason: "Tidak menambah JP: paling banyak 2 sesi per bulan yang dihitung, dan Maret 2026 sudah 2 sesi."),
        Case(
            name: "coaching counts only the same row and the same month", jenis: 14, sessions: [s(3, 20, 90)], jp: 200,
            existing: [C.fact("C2", C.day(3, 2), 200), C.fact("C2", C.day(3, 9), 200), C.fact("C1", C.day(2, 9), 200)],
            credited: 200, reason: nil),
        Case(
            name: "e-learning day with 2 JP already keeps 1 more", jenis: 16, sessions: [s(3, 5, 240)], jp: 300,
            existing: [C.fact("C3", C.day(3, 5), 200)], credited: 100,
            reason: "Dihitung 1 JP dari 3 JP: paling banyak 3 JP per hari yang dihitung, dan 5 Maret 2026 sudah 2 JP."),
        Case(
            name: "two e-learning days, the first already full", jenis: 16, sessions: [s(3, 5, 180), s(3, 6, 180)],
            jp: 600, existing: [C.fact("C3", C.day(3, 5), 300)], credited: 300,
            reason: "Tidak menambah JP: paling banyak 3 JP per hari yang dihitung, dan 5 Maret 2026 sudah 3 JP."),
        Case(
            name: "nothing cut when the days are free", jenis: 16, sessions: [s(3, 5, 120), s(3, 6, 90)], jp: 467,
            existing: [C.fact("C3", C.day(3, 7), 300)], credited: 467, reason: nil),
    ]

    @Test(arguments: cases)
    func credit(_ c: Case) {
        let result = ActivityCredit.credit(
            jenisDiklatID: c.jenis, sessions: c.sessions, jp: JP(hundredths: c.jp), existing: c.existing,
            table: .bpsDefault)
        #expect(result.credited == JP(hundredths: c.jp == 0 ? 0 : c.credited))
        #expect(result.reason == c.reason)
    }

    @Test func cappedRows() {
        #expect(ActivityCredit.cappedRow(jenisDiklatID: 1, table: .bpsDefault) == nil, "klasikal: no caps")
        #expect(ActivityCredit.cappedRow(jenisDiklatID: 14, table: .bpsDefault)?.code == "C1")
        // Mentoring's row also counts bimbingan di tempat kerja (24).
        #expect(ActivityCredit.cappedRow(jenisDiklatID: 15, table: .bpsDefault)?.jenisIDs == [15, 24])
        #expect(ActivityCredit.cappedRow(jenisDiklatID: 16, table: .bpsDefault)?.jenisIDs == [16])
        // A stored line of 4 coaching JP held 2 sessions; an e-learning line is one, whatever its JP.
        let coaching = ActivityCredit.cappedRow(jenisDiklatID: 14, table: .bpsDefault)!
        #expect(coaching.fact(date: C.day(3, 5), jp: JP(whole: 4)).units == 2)
        #expect(coaching.fact(date: C.day(3, 5), jp: JP(whole: 2)).units == 1)
        #expect(coaching.fact(date: C.day(3, 5), jp: JP(hundredths: 100)).units == 1)
        let elearning = ActivityCredit.cappedRow(jenisDiklatID: 16, table: .bpsDefault)!
        #expect(elearning.fact(date: C.day(3, 5), jp: JP(whole: 3)).units == 1)
    }
}
