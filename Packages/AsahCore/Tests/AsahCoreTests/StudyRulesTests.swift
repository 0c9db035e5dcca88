import Testing

@testable import AsahCore

struct StudyRulesTests {
    static let today = CivilDate(iso: "2026-07-15")!

    static func input(
        _ kind: String = "tugas_belajar", institution: String = "Universitas Sumatera Utara",
        programme: String = "S2 Administrasi Publik", starts: String = "2025-08-01", ends: String = "2027-07-31"
    ) -> StudyInput {
        var i = StudyInput()
        i.kind = kind
        i.institution = institution
        i.programme = programme
        i.startsOn = starts
        i.endsOn = ends
        return i
    }

    static var study: ValidStudy { try! StudyRules.validate(input(), today: today).get() }

    @Test func aTwoYearStudyHasAtMostSixSemesters() {
        #expect(StudyRules.maxSemesters(Self.study) == 6)  // Aug 2025 – Jul 2027: 24 months, 4 + 2
    }

    @Test func aStudyIsRecordedWithItsInstitutionProgrammeAndDates() throws {
        let s = try StudyRules.validate(Self.input(), today: Self.today).get()
        #expect(s.kind == .tugasBelajar && s.kind.conversionCode == "A1")
        #expect(StudyKind.izinBelajar.conversionCode == "A2")
        #expect(s.programme == "S2 Administrasi Publik")
    }

    /// (input, the field refused)
    @Test(arguments: [
        (input("kursus"), "kind"), (input(institution: " "), "institution"), (input(programme: ""), "programme"),
        (input(starts: "1900-01-01"), "starts_on"), (input(ends: "9999-12-31"), "ends_on"),
        (input(ends: "2025-07-01"), "ends_on"), (input(starts: "2025-08-01", ends: "2035-08-01"), "ends_on"),
        (input(starts: "2028-01-01", ends: "2030-01-01"), "starts_on"),
    ])
    func aStudyIsRefused(input: StudyInput, field: String) {
        guard case .failure(let e) = StudyRules.validate(input, today: Self.today) else {
            Issue.record("accepted")
            return
        }
        #expect(e.messages[field] != nil, "\(e.messages)")
    }

    @Test func aCompletedSemesterCreditsTheTablesJP() throws {
        let done = try StudyRules.semester(
            number: "1", finishedOn: "2026-01-31", study: Self.study, recorded: [:], today: Self.today,
            table: .bpsDefault
        ).get()
        #expect(done.number == 1 && done.jp == JP(whole: 20))
        var table = JPConversionTable.bpsDefault
        let i = table.rules.firstIndex { $0.code == "A1" }!
        table.rules[i].domestic = JPRate(per: .semester, jp: JP(whole: 24))
        #expect(
            try StudyRules.semester(
                number: "2", finishedOn: "2026-06-30", study: Self.study, recorded: [1: Self.d("2026-01-31")],
                today: Self.today,
                table: table
            ).get().jp == JP(whole: 24), "the agency's own table")
    }

    static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// (number, finished on, recorded already, the field refused)
    @Test(
        arguments: [
            ("0", "2026-01-31", [:], "number"), ("7", "2026-01-31", [:], "number"), ("x", "2026-01-31", [:], "number"),
            ("1", "2026-01-31", [1: d("2026-01-31")], "number"), ("1", "2026-07-16", [:], "finished_on"),
            ("1", "2025-07-31", [:], "finished_on"), ("1", "", [:], "finished_on"),
            ("2", "2026-03-31", [1: d("2026-01-31")], "finished_on"),  // two semesters two months apart
        ] as [(String, String, [Int: CivilDate], String)])
    func aSemesterIsRefused(number: String, finished: String, recorded: [Int: CivilDate], field: String) {
        guard
            case .failure(let e) = StudyRules.semester(
                number: number, finishedOn: finished, study: Self.study, recorded: recorded, today: Self.today,
                table: .bpsDefault)
        else {
            Issue.record("accepted")
            return
        }
        #expect(e.messages[field] != nil, "\(e.messages)")
    }
}
