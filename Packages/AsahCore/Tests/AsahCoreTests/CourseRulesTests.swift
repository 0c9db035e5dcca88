import Foundation
import Testing

@testable import AsahCore

@Suite("E-learning courses")
struct CourseRulesTests {
    static let l1 = UUID(), l2 = UUID(), l3 = UUID(), m1 = UUID(), m2 = UUID(), other = UUID()
    static let course = [
        CourseRules.Module(id: m1, lessonIDs: [l1, l2], hasQuiz: true),
        CourseRules.Module(id: m2, lessonIDs: [l3], hasQuiz: false),
    ]

    // (lessons done, quizzes passed, done count, passed count, complete, percent)
    @Test(arguments: [
        ([UUID](), [UUID](), 0, 0, false, 0),
        ([l1, l2, l3], [], 3, 0, false, 75),  // the quiz of module 1 is missing
        ([l1, l3], [m1], 2, 1, false, 75),  // one lesson is missing
        ([l1, l2, l3], [m1], 3, 1, true, 100),
        ([l1, l2, l3, other], [m1, m2, other], 3, 1, true, 100),  // others' lessons and a quiz-less module are ignored
    ])
    func completionNeedsEveryLessonAndEveryQuiz(
        done: [UUID], passed: [UUID], doneCount: Int, passedCount: Int, complete: Bool, percent: Int
    ) {
        let p = CourseRules.progress(Self.course, done: Set(done), passedQuizzes: Set(passed))
        #expect(p.lessonsDone == doneCount)
        #expect(p.lessonsTotal == 3)
        #expect(p.quizzesPassed == passedCount)
        #expect(p.quizzesTotal == 1)
        #expect(p.isComplete == complete)
        #expect(p.percent == percent)
    }

    @Test func aCourseWithoutLessonsIsNeverComplete() {
        let empty = [CourseRules.Module(id: Self.m1, lessonIDs: [], hasQuiz: false)]
        #expect(!CourseRules.progress(empty, done: [], passedQuizzes: []).isComplete)
        #expect(!CourseRules.progress([], done: [], passedQuizzes: []).isComplete)
    }

    static let d1 = CivilDate(year: 2026, month: 3, day: 2)!
    static let d2 = CivilDate(year: 2026, month: 3, day: 3)!

    // (minutes per day, existing JP of code C3 on d1 in hundredths, credited hundredths per day, a reason on day 1)
    @Test(arguments: [
        ([d1: 90], 0, [200], false),  // 90 min = 2 JP
        ([d1: 60], 0, [133], false),  // rounded to hundredths
        ([d1: 240], 0, [300], true),  // 5,33 JP studied, at most 3 JP a day
        ([d1: 90, d2: 90], 0, [200, 200], false),  // one entry per day of study
        ([d1: 180, d2: 45], 0, [300, 100], true),
        ([d1: 90], 200, [100], true),  // another course already gave 2 JP that day
        ([d1: 90], 300, [0], true),  // the day is full
        ([d1: 0, d2: 45], 0, [100], false),  // days without minutes are left out
    ])
    func courseJPIsCountedPerDayOfStudyWithinTheDayCap(
        minutes: [CivilDate: Int], existingHundredths: Int, credited: [Int], cut: Bool
    ) throws {
        let existing =
            existingHundredths == 0
            ? []
            : [
                LedgerEntryFact(date: Self.d1, conversionCode: "C3", jp: JP(hundredths: existingHundredths)),
                // Other rows never count.
                LedgerEntryFact(date: Self.d1, conversionCode: "C10", jp: JP(hundredths: 200)),
            ]
        let days = try CourseRules.credit(minutesByDay: minutes, table: .bpsDefault, existing: existing).get()
        #expect(days.map(\.credited.hundredths) == credited)
        #expect((days.first?.reason != nil) == cut)
        #expect(days.map(\.date) == days.map(\.date).sorted())
    }

    @Test func anAgencyTableWithALowerCapIsApplied() throws {
        var table = JPConversionTable.bpsDefault
        let i = table.rules.firstIndex { $0.code == "C3" }!
        table.rules[i].domestic?.maxJP = JP(hundredths: 150)
        let days = try CourseRules.credit(minutesByDay: [Self.d1: 120], table: table, existing: []).get()
        #expect(days.map(\.credited.hundredths) == [150])
        // Learners are told the agency's cap, not the default.
        #expect(CourseRules.dayCap(table: table) == JP(hundredths: 150))
        #expect(CourseRules.dayCapText(CourseRules.dayCap(table: table)) == "paling banyak 1,5 JP per hari belajar")
        #expect(CourseRules.dayCap(table: .bpsDefault) == JP(whole: 3))
        table.rules[i].domestic?.maxJP = nil
        #expect(CourseRules.dayCapText(CourseRules.dayCap(table: table)) == "")
    }

    @Test func theMostACourseCanCredit() {
        #expect(CourseRules.maxJP(lessonMinutes: [30, 15, 45]) == JP(hundredths: 200))
        #expect(CourseRules.maxJP(lessonMinutes: []) == .zero)
    }

    // (reported, counted): today is 2026-07-15; one day ahead counts as today, 30 days back stand.
    @Test(
        arguments: [
            ("2026-07-15", "2026-07-15"), ("2026-07-16", "2026-07-15"), ("2026-07-17", nil),
            ("2026-06-15", "2026-06-15"), ("2026-06-14", nil), ("1900-01-01", nil), ("9999-12-31", nil),
        ] as [(String, String?)])
    func anOfflineDayCountsWithinItsWindow(reported: String, counted: String?) {
        let today = CivilDate(iso: "2026-07-15")!
        #expect(CourseRules.learnedOn(CivilDate(iso: reported)!, today: today)?.iso == counted)
    }
}
