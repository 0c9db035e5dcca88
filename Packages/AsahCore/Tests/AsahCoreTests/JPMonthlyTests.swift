import Foundation
import Testing

@testable import AsahCore

@Suite("JP reached by the end of each month")
struct JPMonthlyTests {
    typealias Span = JPMonthly.Span

    @Test func spansAddUpPerMonth() {
        // 3 people reached it in March for good, 2 in May, 1 stood above it in June only (a correction
        // in July), 4 in November.
        let spans = [
            Span(from: 3, until: nil, count: 3), Span(from: 5, until: 9, count: 2), Span(from: 9, until: nil, count: 2),
            Span(from: 6, until: 7, count: 1), Span(from: 11, until: nil, count: 4),
        ]
        #expect(JPMonthly.reached(spans, through: 12) == [0, 0, 3, 3, 5, 6, 5, 5, 5, 5, 9, 9])
        #expect(JPMonthly.reached(spans, through: 4) == [0, 0, 3, 3])
        #expect(JPMonthly.reached(spans, through: 0) == [])
        #expect(JPMonthly.reached([], through: 12) == Array(repeating: 0, count: 12))
    }

    @Test func oddSpansAreIgnoredNotTrapped() {
        #expect(
            JPMonthly.reached([Span(from: 0, until: nil, count: 5), Span(from: 4, until: 4, count: 1)], through: 6)
                == [0, 0, 0, 0, 0, 0])
        #expect(JPMonthly.reached([Span(from: 12, until: nil, count: 2)], through: 99).last == 2)
    }

    @Test(arguments: [(2025, 12), (2026, 11), (2027, 0)])
    func monthsOfAYear(year: Int, months: Int) {
        #expect(JPMonthly.months(of: year, today: CivilDate(iso: "2026-11-28")!) == months)
    }
}
