import Testing

@testable import AsahCore
@testable import AsahDemo

@Suite("JP ledger caps")
struct JPCapsTests {
    static func day(_ month: Int, _ day: Int, year: Int = 2026) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }
    static func fact(_ code: String, _ date: CivilDate, _ hundredths: Int, units: Int = 1) -> LedgerEntryFact {
        LedgerEntryFact(date: date, conversionCode: code, jp: JP(hundredths: hundredths), units: units)
    }
    static func rate(_ code: String, international: Bool = false) -> JPRate {
        JPConversionTable.bpsDefault.rule(code: code)!.rate(international: international)!
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let proposed: LedgerEntryFact
        let rate: JPRate
        let existing: [LedgerEntryFact]
        let credited: Int
        let units: Int
        let reason: String?
        var testDescription: String { name }
    }

    static let march5 = day(3, 5)

    static let cases: [Case] = [
        Case(
            name: "e-learning under the day cap", proposed: fact("C3", march5, 250), rate: rate("C3"), existing: [],
            credited: 250, units: 1, reason: nil),
        Case(
            name: "e-learning reduced to the rest of the day", proposed: fact("C3", march5, 200), rate: rate("C3"),
            existing: [fact("C3", march5, 200)], credited: 100, units: 1,
            reason: "Dihitung 1 JP dari 2 JP: paling banyak 3 JP per hari yang dihitung, dan 5 Maret 2026 sudah 2 JP."),
        Case(
            name: "e-learning day already full", proposed: fact("C3", march5, 100), rate: rate("C3"),
            existing: [fact("C3", march5, 150), fact("C3", march5, 150)], credited: 0, units: 0,
            reason: "Tidak menambah JP: paling banyak 3 JP per hari yang dihitung, dan 5 Maret 2026 sudah 3 JP."),
        Case(
            name: "e-learning exactly the rest", proposed: fact("C3", march5, 133), rate: rate("C3"),
            existing: [fact("C3", march5, 167)], credited: 133, units: 1, reason: nil),
        Case(
            name: "e-learning international cap 4", proposed: fact("C3", march5, 300),
            rate: rate("C3", international: true),
            existing: [fact("C3", march5, 200)], credited: 200, units: 1,
            reason: "Dihitung 2 JP dari 3 JP: paling banyak 4 JP per hari yang dihitung, dan 5 Maret 2026 sudah 2 JP."),
        Case(
            name: "another day is free", proposed: fact("C3", march5, 300), rate: rate("C3"),
            existing: [fact("C3", day(3, 4), 300), fact("C3", day(3, 6), 300)], credited: 300, units: 1, reason: nil),
        Case(
            name: "another code does not count", proposed: fact("C3", march5, 300), rate: rate("C3"),
            existing: [fact("C9", march5, 200), fact("B3", march5, 600)], credited: 300, units: 1, reason: nil),
        Case(
            name: "codes compare case-insensitively", proposed: fact("c3", march5, 300), rate: rate("C3"),
            existing: [fact(" C3", march5, 300)], credited: 0, units: 0,
            reason: "Tidak menambah JP: paling banyak 3 JP per hari yang dihitung, dan 5 Maret 2026 sudah 3 JP."),
        Case(
            name: "belajar mandiri 2 JP a day", proposed: fact("C9", march5, 133), rate: rate("C9"),
            existing: [fact("C9", march5, 100)], credited: 100, units: 1,
            reason:
                "Dihitung 1 JP dari 1,33 JP: paling banyak 2 JP per hari yang dihitung, dan 5 Maret 2026 sudah 1 JP."),
        Case(
            name: "coaching first session of the month", proposed: fact("C1", march5, 200), rate: rate("C1"),
            existing: [fact("C1", day(2, 27), 400, units: 2)], credited: 200, units: 1, reason: nil),
        Case(
            name: "coaching third session of the month", proposed: fact("C1", march5, 200), rate: rate("C1"),
            existing: [fact("C1", day(3, 1), 200), fact("C1", day(3, 31), 200)], credited: 0, units: 0,
            reason: "Tidak menambah JP: paling banyak 2 sesi per bulan yang dihitung, dan Maret 2026 sudah 2 sesi."),
        Case(
            name: "coaching three sessions with one left", proposed: fact("C1", march5, 600, units: 3),
            rate: rate("C1"),
            existing: [fact("C1", day(3, 2), 200)], credited: 200, units: 1,
            reason: "Dihitung 1 dari 3 sesi (2 JP dari 6 JP): paling banyak 2 sesi per bulan yang dihitung, "
                + "dan Maret 2026 sudah 1 sesi."),
        Case(
            name: "same month of last year does not count", proposed: fact("C2", march5, 200), rate: rate("C2"),
            existing: [fact("C2", day(3, 5, year: 2025), 400, units: 2)], credited: 200, units: 1, reason: nil),
        Case(
            name: "international coaching counts days", proposed: fact("C1", march5, 800, units: 2),
            rate: rate("C1", international: true), existing: [fact("C1", day(3, 1), 200)], credited: 400, units: 1,
            reason: "Dihitung 1 dari 2 hari (4 JP dari 8 JP): paling banyak 2 hari per bulan yang dihitung, "
                + "dan Maret 2026 sudah 1 hari."),
        Case(
            name: "actual JP has no cap", proposed: fact("B3", march5, 1800), rate: rate("B3"),
            existing: [fact("B3", march5, 1800)], credited: 1800, units: 1, reason: nil),
        Case(
            name: "nothing proposed", proposed: fact("C3", march5, 0, units: 0), rate: rate("C3"),
            existing: [fact("C3", march5, 300)], credited: 0, units: 0, reason: nil),
        Case(
            name: "both caps", proposed: fact("X1", march5, 300, units: 2),
            rate: JPRate(per: .day, jp: JP(hundredths: 150), maxJP: JP(whole: 2), maxPerMonth: 3),
            existing: [fact("X1", day(3, 1), 150), fact("X1", march5, 150)], credited: 50, units: 1,
            reason: "Dihitung 1 dari 2 hari (1,5 JP dari 3 JP): paling banyak 3 hari per bulan yang dihitung, "
                + "dan Maret 2026 sudah 2 hari. Dihitung 0,5 JP dari 1,5 JP: paling banyak 2 JP per hari yang "
                + "dihitung, dan 5 Maret 2026 sudah 1,5 JP."),
    ]

    @Test(arguments: cases)
    func caps(c: Case) {
        let result = JPCaps.credit(c.proposed, rate: c.rate, existing: c.existing)
        #expect(result.credited.hundredths == c.credited)
        #expect(result.units == c.units)
        #expect(result.reason == c.reason)
        let posted = JPCaps.post(c.proposed, rate: c.rate, existing: c.existing)
        #expect(
            posted.fact.jp == result.credited && posted.fact.units == result.units && posted.reason == result.reason)
        #expect(posted.fact.conversionCode == JPConversionTable.canonicalCode(c.proposed.conversionCode))
    }

    /// Random ledgers (seeded): every cap holds after every posting, nothing is cut without a cap being
    /// reached, a reason is given exactly when something is cut, and the sums are exact.
    @Test(arguments: [UInt64(1), 2, 2026, 0xBEEF])
    func bruteForce(seed: UInt64) {
        var rng = DemoRNG(seed: seed)
        let rates: [(String, JPRate)] = [
            ("C1", Self.rate("C1")), ("C3", Self.rate("C3")), ("C9", Self.rate("C9")), ("B3", Self.rate("B3")),
            ("X1", JPRate(per: .day, jp: JP(hundredths: 150), maxJP: JP(hundredths: 250), maxPerMonth: 3)),
        ]
        var ledger: [LedgerEntryFact] = []
        var proposedTotal = 0
        var cutTotal = 0
        for _ in 0..<600 {
            let (code, rate) = rng.pick(rates)
            let date = CivilDate(year: 2026, month: rng.int(1...3), day: rng.int(1...6))!
            let units = rng.int(1...3)
            let proposed = LedgerEntryFact(
                date: date, conversionCode: code, jp: JP(hundredths: rng.int(0...450)), units: units)
            let (fact, reason) = JPCaps.post(proposed, rate: rate, existing: ledger)
            ledger.append(fact)
            proposedTotal += proposed.jp.hundredths
            cutTotal += proposed.jp.hundredths - fact.jp.hundredths

            #expect(fact.jp >= .zero && fact.jp <= proposed.jp)
            #expect(fact.units >= 0 && fact.units <= units)
            #expect((reason != nil) == (fact.jp < proposed.jp))
            let sameDay = ledger.filter { $0.conversionCode == code && $0.date == date }.map(\.jp).total
            let sameMonth = ledger.filter { $0.conversionCode == code && $0.date.month == date.month }
                .reduce(0) { $0 + $1.units }
            if let cap = rate.maxJP { #expect(sameDay <= cap) }
            if let cap = rate.maxPerMonth { #expect(sameMonth <= cap) }
            if reason != nil {
                let dayFull = rate.maxJP.map { sameDay == $0 } ?? false
                let monthFull = rate.maxPerMonth.map { sameMonth == $0 } ?? false
                #expect(dayFull || monthFull, "cut without a full cap: \(proposed) → \(fact)")
            }
            if rate.maxJP == nil && rate.maxPerMonth == nil { #expect(fact.jp == proposed.jp && reason == nil) }
        }
        // Sums: by code, by month and for the year agree with plain integer sums.
        let credited = ledger.reduce(0) { $0 + $1.jp.hundredths }
        #expect(credited == proposedTotal - cutTotal)
        #expect(JPYear.total(ledger, year: 2026).hundredths == credited)
        #expect(JPYear.total(ledger, year: 2025) == .zero)
        let byCode = Dictionary(grouping: ledger, by: \.conversionCode).mapValues { $0.map(\.jp).total }
        #expect(byCode.values.reduce(JP.zero, +).hundredths == credited)
        let byMonth = Dictionary(grouping: ledger, by: \.date.month).mapValues { $0.map(\.jp).total }
        #expect(byMonth.values.reduce(JP.zero, +).hundredths == credited)
        #expect(cutTotal > 0)
    }
}
