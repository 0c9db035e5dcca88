/// What closing an activity credits one participant who completed it: the activity's JP, within the
/// caps of its conversion row counted against the participant's other entries of that row.
///
/// Most activities (klasikal training: JP as taught) have no caps and credit their JP as computed. An
/// activity of a capped form does not escape its caps by being an activity:
/// - month-capped rows (coaching, mentoring: 2 sessions a month) count the activity's sessions (or
///   days) in the month of its last day, beside the participant's other sessions of that row;
/// - day-capped rows (e-learning, belajar mandiri, komunitas belajar) check each session day's share
///   against what the participant already has that day; only what exceeds a day's cap is cut.
/// The activity posts one ledger line dated its last day, so its per-day shares are not visible to
/// day caps of entries posted later (a known approximation for multi-day activities of such forms).
public enum ActivityCredit {
    public struct Session: Sendable, Equatable {
        public var date: CivilDate
        public var minutes: Int

        public init(date: CivilDate, minutes: Int) {
            self.date = date
            self.minutes = minutes
        }
    }

    /// A capped conversion row: its code, every form counted under it (whose ledger lines the caps
    /// read) and its domestic rate.
    public struct CappedRow: Sendable, Equatable {
        public let code: String
        public let jenisIDs: [Int]
        public let rate: JPRate

        /// A stored ledger line as the caps count it. Lines keep JP, not units: a row paying fixed JP
        /// per session or day gives back its units by division (an activity line of 2 coaching sessions
        /// holds 4 JP), any other line counts as one.
        public func fact(date: CivilDate, jp: JP) -> LedgerEntryFact {
            var units = 1
            if let per = rate.jp, per > .zero, rate.per == .session || rate.per == .day {
                units = max(1, (jp.hundredths + per.hundredths - 1) / per.hundredths)
            }
            return LedgerEntryFact(date: date, conversionCode: code, jp: jp, units: units)
        }
    }

    /// The capped row an activity of this form counts under; nil when its row has no caps.
    public static func cappedRow(jenisDiklatID: Int, table: JPConversionTable) -> CappedRow? {
        guard let jenis = JenisDiklat.byID(jenisDiklatID), let rule = table.rule(for: jenis),
            let rate = rule.rate(international: false), rate.maxJP != nil || rate.maxPerMonth != nil
        else { return nil }
        let code = JPConversionTable.canonicalCode(rule.code)
        let ids = JenisDiklat.all.filter { j in
            table.rule(for: j).map { JPConversionTable.canonicalCode($0.code) } == code
        }.map(\.id)
        return CappedRow(code: code, jenisIDs: ids, rate: rate)
    }

    public static func credit(
        jenisDiklatID: Int, sessions: [Session], jp: JP, existing: [LedgerEntryFact], table: JPConversionTable
    ) -> JPCapResult {
        let uncapped = JPCapResult(credited: jp, units: 1, reason: nil)
        guard jp > .zero, let row = cappedRow(jenisDiklatID: jenisDiklatID, table: table),
            let last = sessions.map(\.date).max()
        else { return uncapped }
        let (code, rate) = (row.code, row.rate)
        if rate.maxPerMonth != nil {
            let units: Int
            switch rate.per {
            case .session: units = sessions.count
            case .day: units = Set(sessions.map(\.date)).count
            default: units = 1
            }
            return JPCaps.credit(
                LedgerEntryFact(date: last, conversionCode: code, jp: jp, units: units), rate: rate, existing: existing)
        }
        guard let dayCap = rate.maxJP else { return uncapped }
        var cut = JP.zero
        var reasons: [String] = []
        for day in Set(sessions.map(\.date)).sorted() {
            let minutes = sessions.filter { $0.date == day }.map(\.minutes).reduce(0, +)
            let share = min(rate.jp ?? JP(minutes: minutes), dayCap)
            let result = JPCaps.credit(
                LedgerEntryFact(date: day, conversionCode: code, jp: share), rate: rate, existing: existing)
            if result.credited < share {
                cut += share - result.credited
                if let reason = result.reason { reasons.append(reason) }
            }
        }
        let credited = max(.zero, jp - cut)
        return JPCapResult(
            credited: credited, units: credited > .zero ? 1 : 0,
            reason: reasons.isEmpty ? nil : reasons.joined(separator: " "))
    }
}
