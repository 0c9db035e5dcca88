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
        ("", "2026-11-20", "60", "199001012015011001", "topic"),
        ("Topik", "2026-12-20", "60", "199001012015011001", "held_on"),
        ("Topik", "2026-11-20", "5", "199001012015011001", "minutes"),
        ("Topik", "2026-11-20", "60", "12345", "attendees"),
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

@Suite("Knowledge-sharing dates and decisions")
struct KnowledgeSharingWindowTests {
    static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// (today, held on, window days, expected problem: nil or a fragment of the message)
    @Test(
        arguments: [
            ("2026-11-28", "2026-11-28", 30, nil),
            ("2026-11-28", "2026-10-29", 30, nil),  // exactly 30 days back
            ("2026-11-28", "2026-10-28", 30, "30 hari"),  // 31 days back
            ("2026-11-28", "2026-11-29", 30, "belum berlangsung"),
            ("2026-11-28", "2030-01-01", 30, "belum berlangsung"),
            ("2026-11-28", "2020-03-01", 30, "Tahun 2020 sudah ditutup"),
            ("2027-01-10", "2026-12-31", 30, "Tahun 2026 sudah ditutup"),  // within the window, but last year
            ("2027-01-10", "2027-01-01", 30, nil),
            ("2027-01-10", "2027-01-03", 7, nil),
            ("2027-01-10", "2027-01-02", 7, "7 hari"),
            ("2026-11-28", "2026-01-02", 365, nil),
        ] as [(String, String, Int, String?)])
    func dateWindow(_ today: String, _ heldOn: String, _ days: Int, _ expected: String?) {
        let problem = KnowledgeSharingRules.dateProblem(Self.d(heldOn), today: Self.d(today), windowDays: days)
        if let expected {
            #expect(problem?.contains(expected) == true, "\(problem ?? "accepted")")
        } else {
            #expect(problem == nil)
        }
    }

    @Test func validationNamesHeldOnForADateOutsideTheWindow() {
        var i = KnowledgeSessionInput()
        i.topic = "Berbagi praktik baik"
        i.heldOn = "2020-06-01"
        i.minutes = "60"
        i.attendees = "199001012015011001"
        guard
            case .failure(let e) = KnowledgeSharingRules.validate(
                i, hostNIP: KnowledgeSharingRulesTests.host, today: KnowledgeSharingRulesTests.today, windowDays: 30)
        else {
            Issue.record("a session in 2020 was accepted")
            return
        }
        #expect(e["held_on"]?.contains("2020") == true)
        #expect(e.messages.count == 1)
    }

    /// (state, held on, confirm?, today, the field of the problem or nil)
    @Test(
        arguments: [
            (KnowledgeSessionState.pending, "2026-11-20", true, "2026-11-28", nil),
            (.pending, "2026-11-20", false, "2026-11-28", nil),
            (.confirmed, "2026-11-20", true, "2026-11-28", "state"),
            (.confirmed, "2026-11-20", false, "2026-11-28", "state"),
            (.rejected, "2026-11-20", true, "2026-11-28", "state"),
            (.pending, "2026-12-30", true, "2027-01-04", "held_on"),  // confirming would credit a closed year
            (.pending, "2026-12-30", false, "2027-01-04", nil),  // rejecting it still may
        ] as [(KnowledgeSessionState, String, Bool, String, String?)])
    func decisions(
        _ state: KnowledgeSessionState, _ heldOn: String, _ confirm: Bool, _ today: String, _ field: String?
    ) {
        let problem = KnowledgeSharingRules.decisionProblem(
            state: state, heldOn: Self.d(heldOn), confirm: confirm, today: Self.d(today))
        #expect(problem.map { Array($0.messages.keys) } == field.map { [$0] })
    }

    @Test(
        arguments: [("30", 30), ("1", 1), (" 365 ", 365), ("0", nil), ("366", nil), ("", nil), ("tiga puluh", nil)]
            as [(String, Int?)])
    func windowSetting(_ text: String, _ days: Int?) {
        switch KnowledgeSharingRules.windowDays(text) {
        case .success(let v): #expect(v == days)
        case .failure(let e):
            #expect(days == nil)
            #expect(e["window_days"] != nil)
        }
    }

    @Test func decisionNotes() throws {
        #expect(try KnowledgeSharingRules.decisionNote("  ").get() == nil)
        #expect(try KnowledgeSharingRules.decisionNote(" Peserta tidak hadir ").get() == "Peserta tidak hadir")
        #expect(throws: FieldErrors.self) {
            try KnowledgeSharingRules.decisionNote(String(repeating: "a", count: 501)).get()
        }
    }
}
