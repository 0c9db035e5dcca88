/// When the home page starts reminding people of the yearly JP minimum: from a month of the year on,
/// an agency setting (`jp_reminder_month`). The default, July, leaves half a year to catch up, and a
/// reminder in January would only tell everyone that they have 0 JP so far.
public struct JPReminder: Sendable, Equatable {
    /// 1 (January) to 12 (December).
    public let month: Int

    public static let defaultMonth = 7
    public static let standard = JPReminder(checkedMonth: defaultMonth)

    private init(checkedMonth: Int) { month = checkedMonth }

    /// A stored month; anything outside 1–12 falls back to the default.
    public init(month: Int) {
        self.month = (1...12).contains(month) ? month : Self.defaultMonth
    }

    /// Reminders show on `date` when its month is the setting's month or later.
    public func isDue(on date: CivilDate) -> Bool { date.month >= month }

    /// Checks the settings form's month: "1" to "12".
    public static func make(month text: String) -> Result<JPReminder, FieldErrors> {
        guard let month = Int(text.trimmingCharacters(in: .whitespaces)), (1...12).contains(month) else {
            return .failure(FieldErrors(["reminder_month": "Pilih bulan Januari sampai Desember."]))
        }
        return .success(JPReminder(checkedMonth: month))
    }
}
