import Testing

@testable import AsahCore

@Suite("Mentoring and coaching")
struct MentoringRulesTests {
    static let today = CivilDate(year: 2026, month: 11, day: 28)!
    static let period = CivilDate(year: 2026, month: 9, day: 1)!...CivilDate(year: 2026, month: 12, day: 31)!

    @Test func theOtherSideConfirms() {
        #expect(MentorshipSide.mentor.other == .mentee)
        #expect(MentorshipSide.mentee.other == .mentor)
    }

    @Test func twoSessionsAMonthCountTwoJPEach() throws {
        var ledger: [LedgerEntryFact] = []
        var credited: [Int] = []
        for day in [3, 10, 17] {
            let date = CivilDate(year: 2026, month: 10, day: day)!
            let r = try MentoringRules.credit(kind: .mentoring, on: date, minutes: 60, existing: ledger).get()
            credited.append(r.credited.hundredths)
            if r.credited > .zero {
                ledger.append(LedgerEntryFact(date: date, conversionCode: "C2", jp: r.credited, units: r.units))
            }
            if day == 17 { #expect(r.reason?.contains("paling banyak 2 sesi per bulan") == true, "\(r.reason ?? "")") }
        }
        #expect(credited == [200, 200, 0])
        // A new month starts again.
        let november = try MentoringRules.credit(
            kind: .mentoring, on: CivilDate(year: 2026, month: 11, day: 2)!, minutes: 60, existing: ledger
        ).get()
        #expect(november.credited == JP(whole: 2))
        // Coaching has its own count.
        let coaching = try MentoringRules.credit(
            kind: .coaching, on: CivilDate(year: 2026, month: 10, day: 20)!, minutes: 60, existing: ledger
        ).get()
        #expect(coaching.credited == JP(whole: 2))
    }

    @Test(arguments: [
        ("", "60", "Laporan", "held_on"), ("2026-12-01", "60", "Laporan", "held_on"),
        ("2026-08-30", "60", "Laporan", "held_on"),
        ("2026-10-01", "10", "Laporan", "minutes"), ("2026-10-01", "60", " ", "topic"),
    ])
    func sessionMistakes(_ date: String, _ minutes: String, _ topic: String, _ field: String) {
        var s = SessionLogInput()
        s.heldOn = date
        s.minutes = minutes
        s.topic = topic
        guard case .failure(let e) = MentoringRules.validate(s, period: Self.period, today: Self.today) else {
            Issue.record("accepted")
            return
        }
        #expect(e[field] != nil, "\(e.messages)")
    }

    @Test(arguments: [
        ("199001012015011001", "mentoring", "Menulis laporan", "2026-09-01", "2026-12-31", nil as String?),
        ("199001012015011002", "mentoring", "Menulis laporan", "2026-09-01", "2026-12-31", "mentor_nip"),
        ("199001012015011001", "les", "Menulis laporan", "2026-09-01", "2026-12-31", "kind"),
        ("199001012015011001", "coaching", "", "2026-09-01", "2026-12-31", "goal"),
        ("199001012015011001", "coaching", "Tujuan", "2026-09-01", "2026-08-31", "ends_on"),
        ("199001012015011001", "coaching", "Tujuan", "2026-01-01", "2027-06-30", "ends_on"),
    ])
    func mentorships(_ mentor: String, _ kind: String, _ goal: String, _ start: String, _ end: String, _ field: String?)
    {
        var m = MentorshipInput()
        m.mentorNIP = mentor
        m.kind = kind
        m.goal = goal
        m.startsOn = start
        m.endsOn = end
        switch MentoringRules.validate(m, menteeNIP: "199001012015011002") {
        case .success: #expect(field == nil)
        case .failure(let e): #expect(field.map { e[$0] != nil } ?? false, "\(e.messages)")
        }
    }
}
