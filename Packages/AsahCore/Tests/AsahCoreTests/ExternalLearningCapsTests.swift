import Testing

@testable import AsahCore

/// Issue 9: learning taken elsewhere, once accepted, obeys the caps of its form like every other source.
struct ExternalLearningCapsTests {
    static let day = CivilDate(year: 2026, month: 3, day: 2)!
    static let table = JPConversionTable.bpsDefault

    static func facts(_ jenis: Int, _ jp: [Int], on date: CivilDate = day) -> [LedgerEntryFact] {
        let row = ActivityCredit.cappedRow(jenisDiklatID: jenis, table: table)!
        return jp.map { row.fact(date: date, jp: JP(whole: $0)) }
    }

    /// (jenis, days of study, JP on the certificate, the employee's other entries of that form that day, credited JP)
    static let cases: [(Int, Int, Int, [LedgerEntryFact], Int)] = [
        (16, 1, 5, [], 3),  // e-learning: 3 JP a day at most
        (16, 1, 5, facts(16, [3]), 0),  // the day is already full
        (16, 2, 5, [], 5),  // two days of study carry 2,5 JP each
        (14, 1, 2, facts(14, [2, 2]), 0),  // coaching: 2 sessions a month, both taken
        (1, 1, 40, [], 40),  // klasikal training: no caps
    ]

    @Test(arguments: cases)
    func credits(jenis: Int, days: Int, jp: Int, existing: [LedgerEntryFact], credited: Int) {
        let result = ExternalLearningRules.credit(
            jenisDiklatID: jenis, startedOn: Self.day, finishedOn: Self.day.addingDays(days - 1), jp: JP(whole: jp),
            existing: existing, table: Self.table)
        #expect(result.credited == JP(whole: credited))
        #expect((result.reason == nil) == (credited == jp))
    }
}
