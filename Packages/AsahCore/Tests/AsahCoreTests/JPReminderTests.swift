import Foundation
import Testing

@testable import AsahCore

@Suite("JP reminder month")
struct JPReminderTests {
    @Test(arguments: [
        ("7", Int?.some(7)), ("1", 1), ("12", 12), (" 3 ", 3), ("0", nil), ("13", nil), ("", nil), ("Juli", nil),
        ("7,5", nil),
    ])
    func form(text: String, month: Int?) {
        switch JPReminder.make(month: text) {
        case .success(let r): #expect(r.month == month)
        case .failure(let e): #expect(month == nil && e["reminder_month"] == "Pilih bulan Januari sampai Desember.")
        }
    }

    @Test(arguments: [
        (7, "2026-06-30", false), (7, "2026-07-01", true), (7, "2026-12-31", true), (1, "2026-01-01", true),
        (12, "2026-11-30", false),
    ])
    func due(month: Int, date: String, due: Bool) {
        #expect(JPReminder(month: month).isDue(on: CivilDate(iso: date)!) == due)
    }

    @Test func aStoredMonthOutOfRangeFallsBackToJuly() {
        #expect(JPReminder(month: 0) == .standard && JPReminder(month: 99).month == 7 && JPReminder.standard.month == 7)
    }
}
