import Foundation
import Testing

@testable import AsahCore
@testable import AsahDemo

@Suite("Competency gap and JPM")
struct GapRulesTests {
    @Test(arguments: [
        (3, Int?.some(3), Int?.some(0)), (3, 2, 1), (3, 1, 2), (4, 5, 0), (1, 5, 0), (5, 1, 4), (2, nil, nil),
    ])
    func gap(required: Int, current: Int?, gap: Int?) {
        let item = GapItem(code: "M.01", required: required, current: current)
        #expect(item.gap == gap)
        #expect(item.isAssessed == (current != nil))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// (required, current) per competency.
        let items: [(Int, Int?)]
        let jpm: Double?
        let assessed: Int
        let mapping: MappingCategory?
        let selection: SelectionCategory?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "empty", items: [], jpm: nil, assessed: 0, mapping: nil, selection: nil),
        Case(name: "none assessed", items: [(3, nil), (3, nil)], jpm: nil, assessed: 0, mapping: nil, selection: nil),
        Case(name: "all required 0", items: [(0, 2), (0, 3)], jpm: nil, assessed: 2, mapping: nil, selection: nil),
        Case(
            name: "all met", items: Array(repeating: (3, 3), count: 9), jpm: 100, assessed: 9, mapping: .optimal,
            selection: .memenuhiSyarat),
        // A surplus does not make up for a gap elsewhere: (3 + 2) / 6.
        Case(
            name: "surplus capped", items: [(3, 5), (3, 2)], jpm: 500.0 / 6, assessed: 2, mapping: .cukupOptimal,
            selection: .memenuhiSyarat),
        Case(
            name: "all surplus", items: [(1, 5), (1, 4)], jpm: 100, assessed: 2, mapping: .optimal,
            selection: .memenuhiSyarat),
        // Unassessed left out, never counted as zero: (3 + 2) / (3 + 3).
        Case(
            name: "partial assessment: provisional, no category", items: [(3, 3), (3, 2), (4, nil), (2, nil)],
            jpm: 500.0 / 6, assessed: 2, mapping: nil, selection: nil),
        // 449 of 499 = 89,98 %, shown 90,0 %: Optimal, as shown.
        Case(
            name: "categorised as shown", items: [(449, 449), (50, 0)], jpm: 44_900.0 / 499, assessed: 2,
            mapping: .optimal, selection: .memenuhiSyarat),
        // 9 of 10 = 90 exactly → O.
        Case(
            name: "90 is optimal", items: [(5, 5), (5, 4)], jpm: 90, assessed: 2, mapping: .optimal,
            selection: .memenuhiSyarat),
        // 8 of 10 = 80 exactly → MS, CO.
        Case(
            name: "80 is MS", items: [(5, 4), (5, 4)], jpm: 80, assessed: 2, mapping: .cukupOptimal,
            selection: .memenuhiSyarat),
        // 39 of 50 = 78 exactly → CO, MMS.
        Case(
            name: "78 is CO",
            items: Array(repeating: (5, 4), count: 9) + [(5, 3)],
            jpm: 78, assessed: 10, mapping: .cukupOptimal, selection: .masihMemenuhiSyarat),
        // 17 of 25 = 68 exactly → MMS, KO.
        Case(
            name: "68 is MMS", items: [(5, 4), (5, 4), (5, 3), (5, 3), (5, 3)], jpm: 68, assessed: 5,
            mapping: .kurangOptimal, selection: .masihMemenuhiSyarat),
        // 2 of 3 = 66.7 → KMS, KO.
        Case(
            name: "below 68", items: [(3, 2)], jpm: 200.0 / 3, assessed: 1, mapping: .kurangOptimal,
            selection: .kurangMemenuhiSyarat),
        // Administrator (3 × 9) with two gaps of 1: 25 / 27 = 92.6.
        Case(
            name: "administrator two small gaps",
            items: Array(repeating: (3, 3), count: 7) + [(3, 2), (3, 2)], jpm: 2500.0 / 27, assessed: 9,
            mapping: .optimal, selection: .memenuhiSyarat),
    ]

    @Test(arguments: cases)
    func jpm(c: Case) {
        let items = c.items.enumerated().map {
            GapItem(code: "C\($0.offset)", required: $0.element.0, current: $0.element.1)
        }
        let result = GapRules.jpm(items)
        guard let expected = c.jpm else {
            #expect(result == nil)
            return
        }
        guard let result else {
            Issue.record("no JPM")
            return
        }
        #expect(abs(result.jpm - expected) < 1e-9)
        #expect(result.assessed == c.assessed && result.total == items.count)
        #expect(result.isComplete == (c.assessed == items.count))
        #expect(result.mapping == c.mapping && result.selection == c.selection)
    }

    @Test(arguments: [
        (100.0, MappingCategory.optimal, SelectionCategory.memenuhiSyarat), (90, .optimal, .memenuhiSyarat),
        (89.99, .cukupOptimal, .memenuhiSyarat), (89.999, .cukupOptimal, .memenuhiSyarat),
        (80, .cukupOptimal, .memenuhiSyarat), (79.99, .cukupOptimal, .masihMemenuhiSyarat),
        (78, .cukupOptimal, .masihMemenuhiSyarat), (77.99, .kurangOptimal, .masihMemenuhiSyarat),
        (68, .kurangOptimal, .masihMemenuhiSyarat), (67.99, .kurangOptimal, .kurangMemenuhiSyarat),
        (0, .kurangOptimal, .kurangMemenuhiSyarat),
    ])
    func thresholds(jpm: Double, mapping: MappingCategory, selection: SelectionCategory) {
        #expect(GapRules.mapping(jpm, .standard) == mapping)
        #expect(GapRules.selection(jpm, .standard) == selection)
    }

    @Test func customThresholds() throws {
        let t = GapThresholds(optimal: 95, cukupOptimal: 85, memenuhiSyarat: 75, masihMemenuhiSyarat: 60)
        #expect(GapRules.mapping(92, t) == .cukupOptimal && GapRules.mapping(84, t) == .kurangOptimal)
        #expect(GapRules.selection(75, t) == .memenuhiSyarat && GapRules.selection(60, t) == .masihMemenuhiSyarat)
        let items = [GapItem(code: "M.01", required: 4, current: 3)]
        #expect(GapRules.jpm(items, thresholds: t)?.selection == .memenuhiSyarat)
        #expect(GapRules.jpm(items)?.selection == .masihMemenuhiSyarat)
        let json = try JSONEncoder().encode(t)
        #expect(try JSONDecoder().decode(GapThresholds.self, from: json) == t)
        #expect(GapThresholds() == .standard)
    }

    /// (levels as (required, current), JPM shown under `min`, under `ratio`)
    @Test(
        arguments: [
            ([(3, 4), (3, 2)], "83.3", "100.0"),  // 3 + 2 of 6 · (4 + 2) of 6
            ([(3, 3), (4, 3)], "85.7", "85.7"),  // no level above the standard: the two agree
            ([(2, 5), (4, 1)], "50.0", "100.0"),  // capped at 100 %
            ([(4, 5), (4, 2), (3, 2)], "72.7", "81.8"),  // 8 of 11 · 9 of 11
            ([(3, nil), (3, 4)], "100.0", "100.0"),  // the unassessed one is left out under both
        ] as [([(Int, Int?)], String, String)])
    func theAgencysFormula(levels: [(Int, Int?)], minimum: String, ratio: String) throws {
        let items = levels.enumerated().map {
            GapItem(code: "M.0\($0.offset + 1)", required: $0.element.0, current: $0.element.1)
        }
        let byMin = try #require(GapRules.jpm(items, thresholds: GapThresholds(formula: .minimum)))
        let byRatio = try #require(GapRules.jpm(items, thresholds: GapThresholds(formula: .ratio)))
        #expect(String(format: "%.1f", byMin.percent.value) == minimum)
        #expect(String(format: "%.1f", byRatio.percent.value) == ratio)
        #expect(byRatio.formula == .ratio && byMin.formula == .minimum)
        #expect(byRatio.jpm <= 100)
    }

    @Test func settingsSavedBeforeTheFormulaKeepTodaysFormula() throws {
        let old = Data(#"{"optimal":90,"cukupOptimal":78,"memenuhiSyarat":80,"masihMemenuhiSyarat":68}"#.utf8)
        #expect(try JSONDecoder().decode(GapThresholds.self, from: old) == .standard)
        let ratio = GapThresholds(formula: .ratio)
        #expect(try JSONDecoder().decode(GapThresholds.self, from: JSONEncoder().encode(ratio)) == ratio)
        #expect(
            CompetencySettingsRules.thresholds(
                optimal: 90, cukupOptimal: 78, memenuhi: 80, masihMemenuhi: 68, formula: "ratio"
            ).map(\.formula) == .success(.ratio))
        guard
            case .failure(let e) = CompetencySettingsRules.thresholds(
                optimal: 90, cukupOptimal: 78, memenuhi: 80, masihMemenuhi: 68, formula: "avg")
        else { Issue.record("accepted"); return }
        #expect(e.messages["jpm_formula"] != nil)
    }

    @Test(arguments: [
        (MappingCategory.optimal, "O", "Optimal"), (.cukupOptimal, "CO", "Cukup Optimal"),
        (.kurangOptimal, "KO", "Kurang Optimal"),
    ])
    func mappingLabels(category: MappingCategory, raw: String, label: String) {
        #expect(category.rawValue == raw && category.label == label)
    }

    @Test(arguments: [
        (SelectionCategory.memenuhiSyarat, "MS", "Memenuhi Syarat"),
        (.masihMemenuhiSyarat, "MMS", "Masih Memenuhi Syarat"),
        (.kurangMemenuhiSyarat, "KMS", "Kurang Memenuhi Syarat"),
    ])
    func selectionLabels(category: SelectionCategory, raw: String, label: String) {
        #expect(category.rawValue == raw && category.label == label)
    }

    /// Random positions (seeded) against a direct recomputation of the formula.
    @Test(arguments: [UInt64(1), 42, 0xA5A5])
    func bruteForce(seed: UInt64) {
        var rng = DemoRNG(seed: seed)
        for _ in 0..<500 {
            let items = (0..<rng.int(0...14)).map { i in
                GapItem(code: "C\(i)", required: rng.int(0...5), current: rng.chance(0.25) ? nil : rng.int(1...5))
            }
            var met = 0
            var required = 0
            for item in items {
                guard let current = item.current else { continue }
                met += current < item.required ? current : item.required
                required += item.required
            }
            let result = GapRules.jpm(items)
            guard required > 0 else {
                #expect(result == nil)
                continue
            }
            let expected = 100 * Double(met) / Double(required)
            #expect(result.map { abs($0.jpm - expected) < 1e-9 } == true)
            #expect(result.map { (0...100).contains($0.jpm) } == true)
            #expect(result?.assessed == items.filter(\.isAssessed).count)
            #expect(result?.total == items.count)
            let gaps = items.compactMap(\.gap).reduce(0, +)
            // Σ min(current, required) = Σ required − Σ gap over the assessed items.
            #expect(required - gaps == met)
        }
    }
}
