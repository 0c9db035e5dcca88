import Testing

@testable import AsahCore

@Suite("Knowledge-sharing sessions")
struct KnowledgeSharingRulesTests {
    static let today = CivilDate(year: 2026, month: 11, day: 28)!
    static let host = "198001012005011001"

    @Test func attendeesAreNIPsWithoutTheHostOrRepeats() throws {
        var i = KnowledgeSessionInput()
        i.topic = "Berbagi praktik baik pelayanan izin trayek"
        i.heldOn = "2026-11-20"
        i.minutes = "90"
        i.attendees = "199001012015011001\n19900101 201501 1 002, 199001012015011001; \(Self.host)"
        let v = try KnowledgeSharingRules.validate(i, hostNIP: Self.host, today: Self.today).get()
        #expect(v.attendeeNIPs == ["199001012015011001", "199001012015011002"])
    }

    @Test(arguments: [
        ("", "2026-11-20", "60", "199001012015011001", "topic"), ("Topik", "2026-12-20", "60", "199001012015011001", "held_on"),
        ("Topik", "2026-11-20", "5", "199001012015011001", "minutes"), ("Topik", "2026-11-20", "60", "12345", "attendees"),
        ("Topik", "2026-11-20", "60", "", "attendees"),
    ])
    func mistakes(_ topic: String, _ date: String, _ minutes: String, _ attendees: String, _ field: String) {
        var i = KnowledgeSessionInput()
        i.topic = topic
        i.heldOn = date
        i.minutes = minutes
        i.attendees = attendees
        guard case .failure(let e) = KnowledgeSharingRules.validate(i, hostNIP: Self.host, today: Self.today) else {
            Issue.record("accepted")
            return
        }
        #expect(e[field] != nil, "\(e.messages)")
    }

    @Test func atMostTwoJPADay() throws {
        let day = CivilDate(year: 2026, month: 11, day: 20)!
        let first = try KnowledgeSharingRules.credit(on: day, minutes: 60, existing: []).get()
        #expect(first.credited == JP(hundredths: 133))
        let second = try KnowledgeSharingRules.credit(
            on: day, minutes: 90, existing: [LedgerEntryFact(date: day, conversionCode: "C10", jp: first.credited)]
        ).get()
        #expect(second.credited == JP(hundredths: 67), "2 JP − 1,33 JP")
        #expect(second.reason != nil)
    }
}
