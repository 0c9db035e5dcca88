/// One entry of an employee's JP ledger as the caps need it: what was credited, when, under which
/// conversion row. Entries of a day-capped activity (e-learning, belajar mandiri) are posted one per
/// day; an entry covering several sessions or days carries them in `units`.
public struct LedgerEntryFact: Sendable, Equatable, Hashable, Codable {
    public var date: CivilDate
    /// Row of the conversion table ("C3"); caps count entries of the same code only.
    public var conversionCode: String
    /// JP credited (after caps, for stored entries).
    public var jp: JP
    /// Units credited: sessions, days or times (1 for an actual-JP activity).
    public var units: Int

    public init(date: CivilDate, conversionCode: String, jp: JP, units: Int = 1) {
        self.date = date
        self.conversionCode = conversionCode
        self.jp = jp
        self.units = units
    }
}

/// What a proposed ledger entry is worth after the caps.
public struct JPCapResult: Sendable, Equatable {
    public let credited: JP
    public let units: Int
    /// Why less than proposed was credited, in Bahasa Indonesia; nil when nothing was cut.
    public let reason: String?

    public init(credited: JP, units: Int, reason: String?) {
        self.credited = credited
        self.units = units
        self.reason = reason
    }
}

/// Caps applied when posting a ledger entry (DOMAIN §2.4, BPS table):
/// - `maxPerMonth` (coaching, mentoring: 2): the units of one code credited in a calendar month;
///   a proposal over the rest keeps the units that fit and JP in proportion (rounded down);
/// - `maxJP` (e-learning 3 JP, belajar mandiri and komunitas belajar 2 JP): the JP of one code credited
///   on one calendar day.
/// Only existing entries with the same conversion code count (any year may be passed; only the
/// proposal's day and month matter), and the proposal's own rate sets the caps. First come, first
/// counted: an entry already posted is never reduced by a later one. A proposal of 0 JP credits
/// nothing (0 units, no reason); a positive one counts at least one unit.
public enum JPCaps {
    public static func credit(_ proposed: LedgerEntryFact, rate: JPRate, existing: [LedgerEntryFact])
        -> JPCapResult
    {
        let code = JPConversionTable.canonicalCode(proposed.conversionCode)
        let same = existing.filter { JPConversionTable.canonicalCode($0.conversionCode) == code }
        var jp = proposed.jp
        guard jp > .zero else { return JPCapResult(credited: .zero, units: 0, reason: nil) }
        var units = max(proposed.units, 1)
        var reasons: [String] = []

        if let monthCap = rate.maxPerMonth {
            let month = proposed.date
            let used = same.filter { $0.date.year == month.year && $0.date.month == month.month }
                .reduce(0) { $0 + max($1.units, 0) }
            let left = max(0, monthCap - used)
            if units > left {
                let noun = rate.per.noun
                let rule =
                    "paling banyak \(monthCap) \(noun) per bulan yang dihitung, dan "
                    + "\(IndonesianFormat.month(month.month)) \(month.year) sudah \(used) \(noun)"
                let reduced = JP(hundredths: jp.hundredths * left / units)
                if left == 0 {
                    reasons.append("Tidak menambah JP: \(rule).")
                } else {
                    reasons.append(
                        "Dihitung \(left) dari \(units) \(noun) (\(reduced.display) dari \(jp.display)): \(rule).")
                }
                jp = reduced
                units = left
            }
        }

        if let dayCap = rate.maxJP, jp > .zero {
            let used = same.filter { $0.date == proposed.date }.map { max($0.jp, .zero) }.total
            let left = max(.zero, dayCap - used)
            if jp > left {
                let rule =
                    "paling banyak \(dayCap.display) per hari yang dihitung, dan "
                    + "\(IndonesianFormat.date(proposed.date)) sudah \(used.display)"
                if left == .zero {
                    reasons.append("Tidak menambah JP: \(rule).")
                    units = 0
                } else {
                    reasons.append("Dihitung \(left.display) dari \(jp.display): \(rule).")
                }
                jp = left
            }
        }
        return JPCapResult(credited: jp, units: units, reason: reasons.isEmpty ? nil : reasons.joined(separator: " "))
    }

    /// The same, returning the entry to store (credited JP and units) with the reason.
    public static func post(_ proposed: LedgerEntryFact, rate: JPRate, existing: [LedgerEntryFact])
        -> (fact: LedgerEntryFact, reason: String?)
    {
        let result = credit(proposed, rate: rate, existing: existing)
        let fact = LedgerEntryFact(
            date: proposed.date, conversionCode: JPConversionTable.canonicalCode(proposed.conversionCode),
            jp: result.credited, units: result.units)
        return (fact, result.reason)
    }
}
