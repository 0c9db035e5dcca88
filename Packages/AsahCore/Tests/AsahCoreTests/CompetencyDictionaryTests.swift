import Foundation
import Testing

@testable import AsahCore

/// The national dictionary, read from its embedded JSON: 9 competencies (M.01–M.08, SK.01), each with
/// 5 levels in order, 45 level descriptions and 136 behaviour indicators in all, none empty.
struct CompetencyDictionaryTests {
    @Test func theEmbeddedDictionaryHasItsShape() {
        let all = CompetencyDictionary.national
        #expect(all.map(\.code) == ["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"])
        #expect(all.filter { $0.group == .manajerial }.count == 8)
        #expect(all.allSatisfy { $0.levels.map(\.level) == [1, 2, 3, 4, 5] })
        let levels = all.flatMap(\.levels)
        #expect(levels.count == 45)
        #expect(levels.flatMap(\.indicators).count == 136)
        #expect(levels.allSatisfy { !$0.description.isEmpty && !$0.indicators.contains { $0.isEmpty } })
        #expect(all.allSatisfy { !$0.name.isEmpty && !$0.definition.isEmpty })
        #expect(CompetencyDictionary.national(code: "SK.01")?.name == "Perekat Bangsa")
    }
}
