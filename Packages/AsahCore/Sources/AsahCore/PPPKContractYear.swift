import Foundation

/// PP 49/2018 Pasal 40(1): a PPPK develops competence for at most 24 JP "dalam 1 (satu) tahun masa
/// perjanjian kerja": the limit counts per contract year, from the contract's start date (TMT), not per
/// calendar year. Without a known start the calendar year stands in.
public enum PPPKContractYear {
    /// The contract year that holds `day`: from an anniversary of `start` to the day before the next.
    /// A start on 29 February has its anniversaries on 28 February in other years. Before the contract
    /// began, the first contract year.
    public static func containing(_ day: CivilDate, start: CivilDate?) -> ClosedRange<CivilDate> {
        guard let start else {
            return CivilDate(year: day.year, month: 1, day: 1)!...CivilDate(year: day.year, month: 12, day: 31)!
        }
        var year = day.year
        if anniversary(of: start, in: year) > day { year -= 1 }
        year = max(year, start.year)
        let from = anniversary(of: start, in: year)
        return from...anniversary(of: start, in: year + 1).addingDays(-1)
    }

    /// The contract start as typed on the employee form: empty is unknown; otherwise an ISO date from
    /// 1950 to today (a later start would make today's JP count for nothing). The error is the field's.
    public static func start(_ text: String, today: CivilDate) -> Result<CivilDate?, FieldErrors> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .success(nil) }
        guard let day = CivilDate(iso: trimmed), day.year >= 1950 else {
            return .failure(FieldErrors(["contract_start": "Isi tanggal yang benar (TTTT-BB-HH), atau kosongkan."]))
        }
        guard day <= today else {
            return .failure(FieldErrors(["contract_start": "TMT perjanjian kerja tidak boleh setelah hari ini."]))
        }
        return .success(day)
    }

    static func anniversary(of start: CivilDate, in year: Int) -> CivilDate {
        CivilDate(
            year: year, month: start.month, day: min(start.day, CivilDate.daysIn(month: start.month, year: year)))!
    }

    /// JP a PPPK would hold in the contract year of `day` after `adding` more (a nomination), and by
    /// how much that passes the maximum (nil when it does not).
    public static func excess(current: JP, adding: JP = .zero, maximum: JP) -> JP? {
        let total = current + adding
        return total > maximum ? total - maximum : nil
    }
}
