import Testing

@testable import AsahCore

struct StandardRulesTests {
    static let known: Set<String> = Set(CompetencyDictionary.nationalCodes + ["T.HUB.01"])

    static let cases: [([StandardRules.Item], Int)] = [
        ([.init(code: "M.01", level: 3), .init(code: "T.HUB.01", level: 2)], 0),
        ([], 1),
        ([.init(code: "X.99", level: 3)], 1),
        ([.init(code: "M.01", level: 6)], 1),
        ([.init(code: "M.01", level: 0), .init(code: "M.01", level: 2)], 2),
    ]

    @Test(arguments: cases)
    func problems(items: [StandardRules.Item], count: Int) {
        #expect(StandardRules.problems(items, knownCodes: Self.known).count == count)
    }

    @Test func defaultsFollowThePositionKind() {
        let items = StandardRules.defaults(kind: .administrator, jenjang: nil, .standard)
        #expect(items.count == 9)
        #expect(items.allSatisfy { $0.level == 3 })
        #expect(StandardRules.defaults(kind: .fungsional, jenjang: .ahliMadya, .standard).first?.level == 3)
    }
}
