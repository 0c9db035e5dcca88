import Testing

@testable import AsahCore

struct BehaviourSurveyRulesTests {
    @Test(arguments: [
        ("2026-03-31", 3, "2026-06-30"), ("2026-11-30", 3, "2027-02-28"), ("2027-11-29", 3, "2028-02-29"),
        ("2026-01-15", 12, "2027-01-15"), ("2026-05-31", -3, "2026-02-28"), ("2026-01-10", -1, "2025-12-10"),
    ])
    func months(from: String, months: Int, to: String) {
        #expect(CivilDate(iso: from)!.addingMonths(months).iso == to)
    }

    /// Due from the day `months` after the last day, open for six months more.
    @Test func window() {
        let today = CivilDate(iso: "2026-07-15")!
        let w = BehaviourSurvey.dueWindow(today: today, months: 3)
        #expect(w.lowerBound.iso == "2025-10-15")
        #expect(w.upperBound.iso == "2026-04-15")
        #expect(BehaviourSurvey.dueDate(end: w.upperBound, months: 3) == today)
        #expect(!w.contains(CivilDate(iso: "2026-04-16")!))  // due tomorrow
    }

    /// (respondent, applied, change, report, evidence) → the fields refused.
    @Test(
        arguments: [
            (BehaviourSurvey.Respondent.participant, 4, nil, "Menerapkan daftar periksa di loket.", nil, [String]()),
            (.participant, 4, 5, "Laporan", "https://drive.example/bukti", []),
            (.participant, 4, nil, "  ", nil, ["report"]),
            (.participant, 0, nil, "Laporan", nil, ["applied"]),
            (.participant, nil, nil, nil, "ftp://x", ["applied", "evidence_url", "report"]),
            (.supervisor, 3, 4, nil, nil, []),
            (.supervisor, 3, nil, "Baik", nil, ["change"]),
            (.supervisor, 6, 6, nil, nil, ["applied", "change"]),
            (.supervisor, 3, 3, String(repeating: "x", count: 4001), nil, ["report"]),
        ] as [(BehaviourSurvey.Respondent, Int?, Int?, String?, String?, [String])])
    func answer(
        as who: BehaviourSurvey.Respondent, applied: Int?, change: Int?, report: String?, evidence: String?,
        refused: [String]
    ) {
        switch BehaviourAnswer.make(as: who, applied: applied, change: change, report: report, evidenceURL: evidence) {
        case .success(let a):
            #expect(refused.isEmpty)
            #expect(a.change == (who == .supervisor ? change : nil))  // a participant's "change" is not kept
        case .failure(let e): #expect(e.messages.keys.sorted() == refused)
        }
    }
}

extension BehaviourSurveyRulesTests {
    typealias T = AccessPolicyTests

    /// The staff member answers as participant, their supervisor as supervisor; the supervisor's own
    /// supervisor, managers and others do not answer.
    @Test func respondents() {
        #expect(AccessPolicy.behaviourRespondent(of: T.staffFacts, T.make(.staffSelf)) == .participant)
        #expect(AccessPolicy.behaviourRespondent(of: T.staffFacts, T.make(.supervisor)) == .supervisor)
        for who in [T.Who.admin, .managerMedan, .managerMamuju, .unitHeadDishub, .plainEmployee] {
            #expect(AccessPolicy.behaviourRespondent(of: T.staffFacts, T.make(who)) == nil)
        }
        let mamujuBoss = T.actor([.employee], agency: T.mamuju, employee: T.boss)
        #expect(AccessPolicy.behaviourRespondent(of: T.staffFacts, mamujuBoss) == nil)
    }
}
