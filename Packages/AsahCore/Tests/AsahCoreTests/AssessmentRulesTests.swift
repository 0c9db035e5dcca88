import Testing

@testable import AsahCore

struct AssessmentRulesTests {
    static let today = CivilDate(year: 2026, month: 11, day: 28)!
    static let known: Set<String> = ["M.01", "T.HUB.01"]

    /// (code, level, source, date, url, failing field or nil)
    static let cases: [(String, String, String, String, String, String?)] = [
        ("M.01", "3", "supervisor", "2026-05-31", "", nil),
        ("t.hub.01", "5", "assessment_center", "31-05-2026", "https://bkpsdm.example/ac.pdf", nil),
        ("M.09", "3", "self", "2026-05-31", "", "competency"),
        ("M.01", "6", "self", "2026-05-31", "", "level"),
        ("M.01", "tiga", "self", "2026-05-31", "", "level"),
        ("M.01", "3", "boss", "2026-05-31", "", "source"),
        ("M.01", "3", "test", "2026-12-01", "", "assessed_on"),
        ("M.01", "3", "test", "1999-12-31", "", "assessed_on"),
        ("M.01", "3", "test", "kemarin", "", "assessed_on"),
        ("M.01", "3", "test", "2026-05-31", "javascript:alert(1)", "evidence_url"),
    ]

    @Test(arguments: cases)
    func validates(code: String, level: String, source: String, date: String, url: String, failing: String?) {
        let input = AssessmentInput(code: code, level: level, source: source, assessedOn: date, evidenceURL: url)
        switch AssessmentRules.validate(input, knownCodes: Self.known, today: Self.today) {
        case .success(let v):
            #expect(failing == nil)
            #expect(v.code == code.uppercased())
        case .failure(let errors):
            #expect(failing != nil && errors[failing!] != nil, "\(errors.messages)")
        }
    }
}
