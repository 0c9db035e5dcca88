import Testing

@testable import AsahCore

/// Issue 9, finding 9: any year was saved (`99999999999999`, `-5`; dates in 1900 or 9999).
struct WorkYearTests {
    @Test(arguments: [("2026", 2026), ("2000", 2000), ("2100", 2100), (" 2030 ", 2030)] as [(String, Int)])
    func accepted(_ text: String, year: Int) {
        #expect(WorkYear.parse(text) == year)
    }

    @Test(arguments: ["1999", "2101", "99999999999999", "-5", "", "20x6", "0202", "+2026"])
    func refused(_ text: String) {
        #expect(WorkYear.parse(text) == nil)
    }

    /// (date typed, the field's error: nil when accepted)
    @Test(
        arguments: [
            ("2026-03-02", nil), ("1900-01-01", WorkYear.message), ("9999-12-31", WorkYear.message),
            ("2026-02-30", "Isi tanggal."), ("", "Isi tanggal."),
        ] as [(String, String?)])
    func dates(_ text: String, error: String?) {
        var errors: [String: String] = [:]
        let date = WorkYear.date(text, field: "held_on", missing: "Isi tanggal.", into: &errors)
        #expect(errors["held_on"] == error)
        #expect((date == nil) == (error != nil))
    }

    @Test func learningElsewhereInNineteenHundredIsRefused() {
        var input = ExternalLearningInput()
        input.title = "Kursus"
        input.jenisDiklatID = "9"
        input.provider = "Universitas"
        input.startedOn = "1900-01-01"
        input.finishedOn = "1900-01-02"
        let today = CivilDate(year: 2026, month: 12, day: 6)!
        guard case .failure(let errors) = ExternalLearningRules.validate(input, today: today) else {
            Issue.record("a course in 1900 was accepted")
            return
        }
        #expect(errors["started_on"] == WorkYear.message)
        #expect(errors["finished_on"] == WorkYear.message)
    }

    @Test func aMentorshipOrProjectIn9999IsRefused() {
        var m = MentorshipInput()
        m.mentorNIP = "196608011988031001"
        m.goal = "Menulis laporan"
        m.startsOn = "9999-01-01"
        m.endsOn = "9999-02-01"
        guard case .failure(let errors) = MentoringRules.validate(m, menteeNIP: "199001152015032002") else {
            Issue.record("a mentorship in 9999 was accepted")
            return
        }
        #expect(errors["starts_on"] == WorkYear.message)
        var p = InnovationInput()
        p.title = "Proyek"
        p.problem = "Masalah"
        p.startsOn = "1900-01-01"
        p.endsOn = "1900-02-01"
        guard case .failure(let pe) = InnovationRules.validate(p, knownCompetencies: []) else {
            Issue.record("a project in 1900 was accepted")
            return
        }
        #expect(pe["starts_on"] == WorkYear.message)
    }
}
