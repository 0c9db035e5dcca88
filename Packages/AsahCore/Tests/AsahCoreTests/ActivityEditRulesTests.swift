import Testing

@testable import AsahCore

@Suite("Changing an activity after it was created")
struct ActivityEditRulesTests {
    static let stored = [
        SessionInput(date: "2026-03-05", startsAt: "08:00", endsAt: "12:00"),
        SessionInput(date: "2026-03-06", startsAt: "08:00", endsAt: "12:00"),
    ]
    static func session(_ day: Int, _ start: String = "08:00", _ end: String = "12:00") -> ValidActivity.Session {
        ValidActivity.Session(
            date: CivilDate(year: 2026, month: 3, day: day)!, startsAt: start, endsAt: end, minutes: 240)
    }

    @Test func theSameSessionsInAnyOrderAreNoChange() {
        #expect(!ActivityEditRules.sessionsChanged(Self.stored, [Self.session(6), Self.session(5)]))
        #expect(ActivityEditRules.sessionsChanged(Self.stored, [Self.session(5), Self.session(6, "09:00")]))
        #expect(ActivityEditRules.sessionsChanged(Self.stored, [Self.session(5)]))
        #expect(ActivityEditRules.sessionsChanged(Self.stored, [Self.session(5), Self.session(6), Self.session(7)]))
    }

    @Test(
        arguments: [
            (ActivityStatus.planned, true, false, nil), (.open, true, false, nil), (.running, false, true, nil),
            (.running, true, true, "sessions"), (.open, true, true, "sessions"), (.finished, false, false, "status"),
            (.cancelled, false, false, "status"),
        ] as [(ActivityStatus, Bool, Bool, String?)])
    func whatMayChange(status: ActivityStatus, sessionsChanged: Bool, attendance: Bool, refusedField: String?) {
        let errors = ActivityEditRules.check(
            status: status, sessionsChanged: sessionsChanged, attendanceRecorded: attendance)
        #expect(errors.messages.keys.first == refusedField)
    }
}
