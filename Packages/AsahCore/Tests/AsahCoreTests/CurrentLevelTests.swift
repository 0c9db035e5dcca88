import Foundation
import Testing

@testable import AsahCore

@Suite("Current level of a competency")
struct CurrentLevelTests {
    static let today = CivilDate(iso: "2026-03-15")!

    static func f(_ level: Int, _ source: AssessmentSource, _ iso: String) -> AssessmentFact {
        AssessmentFact(level: level, source: source, assessedOn: CivilDate(iso: iso)!)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let facts: [AssessmentFact]
        /// Expected level, source and date; nil = no current level.
        let expected: (Int, AssessmentSource?, String)?
        var settings = CurrentLevelSettings.standard
        var testDescription: String { name }
    }

    static let priorityCases: [Case] = [
        Case(name: "no facts", facts: [], expected: nil),
        Case(
            name: "single self", facts: [f(2, .selfAssessment, "2025-01-01")],
            expected: (2, .selfAssessment, "2025-01-01")),
        Case(
            name: "AC beats newer supervisor",
            facts: [f(4, .supervisor, "2026-01-10"), f(2, .assessmentCenter, "2024-05-01")],
            expected: (2, .assessmentCenter, "2024-05-01")),
        Case(
            name: "supervisor beats 360, test and self",
            facts: [
                f(5, .selfAssessment, "2026-03-01"), f(2, .test, "2026-02-01"), f(4, .multiRater, "2026-01-01"),
                f(3, .supervisor, "2023-01-01"),
            ],
            expected: (3, .supervisor, "2023-01-01")),
        Case(
            name: "360 beats test",
            facts: [f(2, .test, "2026-02-01"), f(4, .multiRater, "2025-01-01")],
            expected: (4, .multiRater, "2025-01-01")),
        Case(
            name: "test beats self",
            facts: [f(5, .selfAssessment, "2026-02-01"), f(2, .test, "2020-01-01")], expected: (2, .test, "2020-01-01")),
        Case(
            name: "AC exactly 3 years old still counts",
            facts: [f(3, .assessmentCenter, "2023-03-15"), f(1, .supervisor, "2026-01-01")],
            expected: (3, .assessmentCenter, "2023-03-15")),
        Case(
            name: "AC 3 years and a day old is ignored",
            facts: [f(3, .assessmentCenter, "2023-03-14"), f(1, .supervisor, "2026-01-01")],
            expected: (1, .supervisor, "2026-01-01")),
        Case(name: "only a stale AC", facts: [f(3, .assessmentCenter, "2022-12-31")], expected: nil),
        Case(
            name: "the window only applies to AC",
            facts: [f(2, .supervisor, "2015-06-01")], expected: (2, .supervisor, "2015-06-01")),
        Case(
            name: "latest of the source wins",
            facts: [f(2, .supervisor, "2025-01-01"), f(4, .supervisor, "2025-06-01"), f(3, .supervisor, "2024-01-01")],
            expected: (4, .supervisor, "2025-06-01")),
        Case(
            name: "same date: the later in the input wins",
            facts: [f(4, .supervisor, "2025-06-01"), f(2, .supervisor, "2025-06-01")],
            expected: (2, .supervisor, "2025-06-01")),
        Case(
            name: "stale AC does not hide a valid AC",
            facts: [f(5, .assessmentCenter, "2021-01-01"), f(2, .assessmentCenter, "2024-01-01")],
            expected: (2, .assessmentCenter, "2024-01-01")),
        Case(
            name: "invalid levels ignored",
            facts: [
                f(0, .assessmentCenter, "2025-01-01"), f(6, .supervisor, "2025-01-01"),
                f(-1, .supervisor, "2026-01-01"),
                f(3, .test, "2024-01-01"),
            ],
            expected: (3, .test, "2024-01-01")),
        Case(
            name: "only invalid levels",
            facts: [f(0, .supervisor, "2025-01-01"), f(7, .selfAssessment, "2025-01-01")], expected: nil),
        Case(
            name: "a newer invalid fact does not hide the latest valid one",
            facts: [f(2, .supervisor, "2025-01-01"), f(0, .supervisor, "2026-01-01")],
            expected: (2, .supervisor, "2025-01-01")),
        Case(
            name: "custom priority: self first",
            facts: [f(3, .supervisor, "2025-01-01"), f(5, .selfAssessment, "2024-01-01")],
            expected: (5, .selfAssessment, "2024-01-01"),
            settings: CurrentLevelSettings(priority: [.selfAssessment, .supervisor])),
        Case(
            name: "source not in the priority list is never used",
            facts: [f(3, .test, "2025-01-01")], expected: nil,
            settings: CurrentLevelSettings(priority: [.assessmentCenter, .supervisor])),
        Case(
            name: "a 5-year AC window",
            facts: [f(4, .assessmentCenter, "2021-03-15"), f(2, .supervisor, "2025-01-01")],
            expected: (4, .assessmentCenter, "2021-03-15"), settings: CurrentLevelSettings(assessmentCenterYears: 5)),
    ]

    @Test(arguments: priorityCases)
    func priority(c: Case) {
        check(c)
    }

    static let weighted = CurrentLevelSettings(mode: .weighted)

    static let weightedCases: [Case] = [
        Case(name: "nothing usable", facts: [f(0, .supervisor, "2025-01-01")], expected: nil, settings: weighted),
        Case(
            name: "one source is itself",
            facts: [f(3, .supervisor, "2025-01-01")], expected: (3, nil, "2025-01-01"), settings: weighted),
        // (0.5·4 + 0.25·2) / 0.75 = 3.33 → 3
        Case(
            name: "AC and supervisor renormalised",
            facts: [f(4, .assessmentCenter, "2024-01-01"), f(2, .supervisor, "2025-02-01")],
            expected: (3, nil, "2025-02-01"), settings: weighted),
        // (0.5·3 + 0.25·4 + 0.1·4 + 0.1·4 + 0.05·4) / 1.0 = 3.5 → 4 (half up)
        Case(
            name: "all five, exact half rounds up",
            facts: [
                f(3, .assessmentCenter, "2024-01-01"), f(4, .supervisor, "2025-01-01"), f(4, .multiRater, "2025-01-01"),
                f(4, .test, "2025-01-01"), f(4, .selfAssessment, "2025-03-01"),
            ],
            expected: (4, nil, "2025-03-01"), settings: weighted),
        // (0.1·2 + 0.05·3) / 0.15 = 2.33 → 2
        Case(
            name: "test and self only",
            facts: [f(2, .test, "2025-01-01"), f(3, .selfAssessment, "2025-05-01")], expected: (2, nil, "2025-05-01"),
            settings: weighted),
        // (0.1·2 + 0.1·3) / 0.2 = 2.5 → 3
        Case(
            name: "test and 360 at a half",
            facts: [f(2, .test, "2025-01-01"), f(3, .multiRater, "2024-05-01")], expected: (3, nil, "2025-01-01"),
            settings: weighted),
        // Only the latest supervisor rating counts: (0.25·1 + 0.05·2)/0.3 = 1.17 → 1
        Case(
            name: "latest of each source",
            facts: [
                f(5, .supervisor, "2024-01-01"), f(1, .supervisor, "2025-01-01"), f(2, .selfAssessment, "2023-01-01"),
            ],
            expected: (1, nil, "2025-01-01"), settings: weighted),
        // Stale AC left out: supervisor alone.
        Case(
            name: "stale AC left out",
            facts: [f(5, .assessmentCenter, "2022-01-01"), f(2, .supervisor, "2025-01-01")],
            expected: (2, nil, "2025-01-01"), settings: weighted),
        Case(
            name: "zero weight means unused",
            facts: [f(5, .selfAssessment, "2025-01-01")], expected: nil,
            settings: CurrentLevelSettings(mode: .weighted, weights: [.supervisor: 1, .selfAssessment: 0])),
    ]

    @Test(arguments: weightedCases)
    func weightedMean(c: Case) {
        check(c)
    }

    private func check(_ c: Case) {
        let result = CurrentLevelRule.current(of: c.facts, today: Self.today, settings: c.settings)
        guard let (level, source, iso) = c.expected else {
            #expect(result == nil)
            return
        }
        #expect(result?.level == level)
        #expect(result?.source == source)
        #expect(result?.assessedOn == CivilDate(iso: iso))
    }

    @Test func basisListsTheFactsUsed() {
        let ac = Self.f(4, .assessmentCenter, "2024-01-01")
        let old = Self.f(5, .supervisor, "2023-01-01")
        let sup = Self.f(2, .supervisor, "2025-02-01")
        let bad = Self.f(9, .test, "2025-02-01")
        let facts = [old, ac, sup, bad]
        #expect(CurrentLevelRule.current(of: facts, today: Self.today)?.basis == [ac])
        #expect(CurrentLevelRule.current(of: facts, today: Self.today, settings: Self.weighted)?.basis == [ac, sup])
    }

    @Test func leapDayWindow() {
        // 29 Feb 2028 minus 3 years is 28 Feb 2025: a result of that day still counts.
        let today = CivilDate(iso: "2028-02-29")!
        let facts = [Self.f(3, .assessmentCenter, "2025-02-28")]
        #expect(CurrentLevelRule.current(of: facts, today: today)?.level == 3)
        #expect(CurrentLevelRule.current(of: [Self.f(3, .assessmentCenter, "2025-02-27")], today: today) == nil)
    }

    @Test(arguments: [
        (AssessmentSource.assessmentCenter, "assessment_center", "Assessment center"),
        (.supervisor, "supervisor", "Atasan langsung"), (.selfAssessment, "self", "Penilaian diri"),
        (.test, "test", "Tes"), (.multiRater, "multi_rater", "Penilaian 360°"),
    ])
    func sources(source: AssessmentSource, raw: String, label: String) {
        #expect(source.rawValue == raw && source.label == label)
    }

    @Test func settingsDefaultsAndJSON() throws {
        let s = CurrentLevelSettings.standard
        #expect(s.mode == .priority && s.assessmentCenterYears == 3)
        #expect(s.priority == [.assessmentCenter, .supervisor, .multiRater, .test, .selfAssessment])
        #expect(
            s.weights == [
                .assessmentCenter: 0.5, .supervisor: 0.25, .multiRater: 0.1, .test: 0.1, .selfAssessment: 0.05,
            ])
        let json = try JSONEncoder().encode(s)
        #expect(String(decoding: json, as: UTF8.self).contains("\"assessment_center\":0.5"))
        #expect(try JSONDecoder().decode(CurrentLevelSettings.self, from: json) == s)
        let partial = try JSONDecoder().decode(CurrentLevelSettings.self, from: Data(#"{"mode":"weighted"}"#.utf8))
        #expect(partial.mode == .weighted && partial.weights == s.weights && partial.priority == s.priority)
    }

    @Test(arguments: [
        ("2026-03-15", -3, "2023-03-15"), ("2028-02-29", -3, "2025-02-28"), ("2028-02-29", -4, "2024-02-29"),
        ("2024-12-31", 1, "2025-12-31"),
    ])
    func addingYears(from: String, years: Int, to: String) {
        #expect(CivilDate(iso: from)!.addingYears(years) == CivilDate(iso: to))
    }

    @Test(arguments: [
        ("2026-03-15", -1, "2026-03-14"), ("2026-03-01", -1, "2026-02-28"), ("2024-03-01", -1, "2024-02-29"),
        ("2026-01-01", -1, "2025-12-31"), ("2026-03-15", -1095, "2023-03-16"), ("1970-01-01", 0, "1970-01-01"),
        ("2000-02-28", 366, "2001-02-28"),
    ])
    func addingDays(from: String, days: Int, to: String) {
        #expect(CivilDate(iso: from)!.addingDays(days) == CivilDate(iso: to))
    }
}
