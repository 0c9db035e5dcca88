import Testing

@testable import AsahCore

struct CompetencySettingsRulesTests {
    static let thresholdCases: [(Double?, Double?, Double?, Double?, String?)] = [
        (90, 78, 80, 68, nil),
        (85, 85, 80, 68, "cukup_optimal"),
        (90, 78, 60, 68, "masih_memenuhi_syarat"),
        (120, 78, 80, 68, "optimal"),
        (nil, 78, 80, 68, "optimal"),
    ]

    @Test(arguments: thresholdCases)
    func thresholds(o: Double?, co: Double?, ms: Double?, mms: Double?, failing: String?) {
        switch CompetencySettingsRules.thresholds(optimal: o, cukupOptimal: co, memenuhi: ms, masihMemenuhi: mms) {
        case .success(let t):
            #expect(failing == nil)
            #expect(t.optimal == o)
        case .failure(let e):
            #expect(failing != nil && e[failing!] != nil, "\(e.messages)")
        }
    }

    @Test func currentLevel() {
        let ok = CompetencySettingsRules.currentLevel(
            mode: "weighted", assessmentCenterYears: 2,
            weights: Dictionary(uniqueKeysWithValues: AssessmentSource.allCases.map { ($0, Optional(0.2)) }),
            base: .standard)
        #expect((try? ok.get())?.mode == .weighted)
        #expect((try? ok.get())?.assessmentCenterYears == 2)
        let zero = CompetencySettingsRules.currentLevel(
            mode: "weighted", assessmentCenterYears: 3,
            weights: Dictionary(uniqueKeysWithValues: AssessmentSource.allCases.map { ($0, Optional(0.0)) }),
            base: .standard)
        #expect((try? zero.get()) == nil)
        let badYears = CompetencySettingsRules.currentLevel(
            mode: "priority", assessmentCenterYears: 0,
            weights: Dictionary(uniqueKeysWithValues: AssessmentSource.allCases.map { ($0, Optional(0.5)) }),
            base: .standard)
        #expect((try? badYears.get()) == nil)
    }
}
