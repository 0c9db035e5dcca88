import Testing

@testable import AsahCore

struct InboxRulesTests {
    static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// (below the minimum, today, inbox last opened, the reminder is news)
    @Test(
        arguments: [
            (true, "2026-07-15", nil, true),
            (true, "2026-07-15", "2026-07-01", false),  // opened this month
            (true, "2026-08-01", "2026-07-31", true),  // a new month
            (true, "2026-06-15", nil, false),  // before the reminder month (July)
            (false, "2026-07-15", nil, false),  // already at the minimum
            (true, "2027-07-02", "2026-12-31", true),
        ] as [(Bool, String, String?, Bool)])
    func theJPReminderIsNewsOnceAMonth(below: Bool, today: String, opened: String?, news: Bool) {
        #expect(
            InboxRules.jpReminderIsNew(
                below: below, reminder: .standard, today: Self.d(today), lastOpened: opened.map(Self.d)) == news)
    }

    @Test func theBadgeCountsTasksAndNoticesAndListsTasksFirst() {
        let counts = InboxCounts([.placements: 2, .approvals: 3, .assessments: 0, .jpReminder: 1, .transfers: 1])
        #expect(counts.badge == 7)
        #expect(counts.kinds == [.approvals, .transfers, .placements, .jpReminder])
        #expect(counts[.assessments] == 0)
        #expect(InboxCounts().badge == 0)
        #expect(InboxKind.approvals.sentence(3).hasPrefix("3 permintaan"))
    }
}
