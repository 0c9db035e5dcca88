import Testing

@testable import AsahCore

struct PPPKContractYearTests {
    static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// (contract start, a day, the contract year holding it)
    static let cases: [(String?, String, String, String)] = [
        ("2024-04-01", "2026-07-15", "2026-04-01", "2027-03-31"),
        ("2024-04-01", "2026-03-31", "2025-04-01", "2026-03-31"),  // the day before the anniversary
        ("2024-04-01", "2026-04-01", "2026-04-01", "2027-03-31"),  // the anniversary itself
        ("2024-04-01", "2024-04-01", "2024-04-01", "2025-03-31"),
        ("2024-04-01", "2023-12-01", "2024-04-01", "2025-03-31"),  // before the contract: its first year
        ("2024-02-29", "2025-02-28", "2025-02-28", "2026-02-27"),  // leap-day start: 28 February
        ("2024-02-29", "2025-02-27", "2024-02-29", "2025-02-27"),
        ("2024-02-29", "2028-03-01", "2028-02-29", "2029-02-27"),
        ("2025-01-01", "2026-07-15", "2026-01-01", "2026-12-31"),
        (nil, "2026-07-15", "2026-01-01", "2026-12-31"),  // unknown start: the calendar year
    ]

    @Test(arguments: cases)
    func theContractYearHoldingADay(start: String?, day: String, from: String, through: String) {
        let year = PPPKContractYear.containing(Self.d(day), start: start.map(Self.d))
        #expect(year.lowerBound == Self.d(from))
        #expect(year.upperBound == Self.d(through))
    }

    @Test func aNominationThatPassesTheMaximumSaysByHowMuch() {
        let max = JP(whole: 24)
        #expect(PPPKContractYear.excess(current: JP(whole: 20), adding: JP(whole: 4), maximum: max) == nil)
        #expect(PPPKContractYear.excess(current: JP(whole: 20), adding: JP(whole: 6), maximum: max) == JP(whole: 2))
        #expect(PPPKContractYear.excess(current: JP(whole: 30), maximum: max) == JP(whole: 6))
    }

    @Test(arguments: [
        ("", true), ("  ", true), ("2025-10-01", true), ("2026-07-15", true), ("2026-07-16", false),
        ("31-12-2025", false), ("1949-12-31", false), ("2025-02-30", false),
    ])
    func theFormsContractStart(text: String, accepted: Bool) {
        let result = PPPKContractYear.start(text, today: Self.d("2026-07-15"))
        if case .success = result { #expect(accepted) } else { #expect(!accepted) }
    }
}
