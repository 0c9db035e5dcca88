/// "How many PNS had reached the minimum by the end of each month": the compliance report counts, per
/// month, the PNS whose running total at that month's end stood at or above their own minimum (one SQL
/// pass over the maintained monthly JP); this is which months it shows.
public enum JPMonthly {
    /// The months a year's report covers: all twelve for a past year, up to this month for this year,
    /// none for a year still to come.
    public static func months(of year: Int, today: CivilDate) -> Int {
        year < today.year ? 12 : year == today.year ? today.month : 0
    }
}
