/// "How many PNS had reached the minimum by the end of each month": the compliance report reads, per
/// PNS, the months their running total stood at or above the minimum, as spans counted together
/// (`count` people from `from` until the month before `until`, or to December when `until` is nil).
public enum JPMonthly {
    public struct Span: Sendable, Equatable {
        public let from: Int
        public let until: Int?
        public let count: Int

        public init(from: Int, until: Int?, count: Int) {
            self.from = from
            self.until = until
            self.count = count
        }
    }

    /// People at or above the minimum at the end of months 1…`lastMonth` (index 0 is January).
    /// With credits only (no negative lines) the figures never fall from one month to the next.
    public static func reached(_ spans: [Span], through lastMonth: Int) -> [Int] {
        let months = max(0, min(12, lastMonth))
        var out = [Int](repeating: 0, count: months)
        for span in spans {
            let end = min(months, (span.until ?? 13) - 1)
            guard span.from >= 1, span.from <= end else { continue }
            for month in span.from...end { out[month - 1] += span.count }
        }
        return out
    }

    /// The months a year's report covers: all twelve for a past year, up to this month for this year,
    /// none for a year still to come.
    public static func months(of year: Int, today: CivilDate) -> Int {
        year < today.year ? 12 : year == today.year ? today.month : 0
    }
}
