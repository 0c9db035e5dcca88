import Foundation
import Testing

@testable import AsahCore

@Suite("The months a compliance report covers")
struct JPMonthlyTests {
    @Test(arguments: [(2025, 12), (2026, 11), (2027, 0)])
    func monthsOfAYear(year: Int, months: Int) {
        #expect(JPMonthly.months(of: year, today: CivilDate(iso: "2026-11-28")!) == months)
    }
}
