import Foundation
import Testing

@testable import AsahCore
@testable import AsahDemo

@Suite("Yearly JP status and compliance")
struct JPYearTests {
    @Test(arguments: [
        (EmployeeStatus.pns, 2000, JPYearStatus.met), (.pns, 2500, .met),
        (.pns, 1999, .below(missing: JP(hundredths: 1))),
        (.pns, 0, .below(missing: JP(whole: 20))), (.cpns, 2000, .met),
        (.cpns, 1250, .below(missing: JP(hundredths: 750))),
        (.pppk, 0, .withinLimit), (.pppk, 2400, .withinLimit), (.pppk, 2401, .overLimit(excess: JP(hundredths: 1))),
        (.pppk, 4000, .overLimit(excess: JP(whole: 16))),
    ])
    func status(status: EmployeeStatus, hundredths: Int, expected: JPYearStatus) {
        #expect(JPYear.status(status, total: JP(hundredths: hundredths)) == expected)
    }

    @Test func customTargets() {
        let targets = JPTargets(pnsMinimum: JP(whole: 30), pppkMaximum: JP(whole: 40))
        #expect(JPYear.status(.pns, total: JP(whole: 25), targets: targets) == .below(missing: JP(whole: 5)))
        #expect(JPYear.status(.pppk, total: JP(whole: 30), targets: targets) == .withinLimit)
        #expect(JPTargets() == .standard && JPTargets.standard.pnsMinimum == JP(whole: 20))
        #expect(JPTargets.standard.pppkMaximum == JP(whole: 24))
    }

    @Test(arguments: [
        (JPYearStatus.met, "Terpenuhi", false), (.below(missing: JP(hundredths: 250)), "Kurang 2,5 JP", false),
        (.withinLimit, "Dalam batas", false), (.overLimit(excess: JP(hundredths: 150)), "Melebihi batas 1,5 JP", true),
    ])
    func labels(status: JPYearStatus, label: String, warning: Bool) {
        #expect(status.label == label && status.isWarning == warning)
    }

    @Test(arguments: [
        ("20", "24", Int?.some(2000), Int?.some(2400), [String]()), ("20", "24,5", 2000, 2450, []),
        ("0", "24", nil, nil, ["pns_minimum"]), ("20", "1000,01", nil, nil, ["pppk_maximum"]),
        ("abc", "", nil, nil, ["pns_minimum", "pppk_maximum"]), ("1", "1000", 100, 100_000, []),
    ])
    func targetsForm(pns: String, pppk: String, minimum: Int?, maximum: Int?, errors: [String]) {
        switch JPTargets.make(pnsMinimum: pns, pppkMaximum: pppk) {
        case .success(let t):
            #expect(t.pnsMinimum.hundredths == minimum && t.pppkMaximum.hundredths == maximum && errors.isEmpty)
        case .failure(let e):
            #expect(e.messages.keys.sorted() == errors.sorted())
        }
    }

    @Test func targetsAreStoredAsPlainJP() throws {
        let json = String(
            decoding: try JSONEncoder().encode(JPTargets(pppkMaximum: JP(hundredths: 2450))), as: UTF8.self)
        #expect(json.contains("\"pppkMaximum\":24.5") && json.contains("\"pnsMinimum\":20"))
        let back = try JSONDecoder().decode(JPTargets.self, from: Data(json.utf8))
        #expect(back.pppkMaximum == JP(hundredths: 2450))
    }

    static func totals(_ pns: [Int], pppk: [Int] = [], cpns: [Int] = []) -> [JPEmployeeTotal] {
        pns.map { JPEmployeeTotal(status: .pns, total: JP(hundredths: $0)) }
            + pppk.map { JPEmployeeTotal(status: .pppk, total: JP(hundredths: $0)) }
            + cpns.map { JPEmployeeTotal(status: .cpns, total: JP(hundredths: $0)) }
    }

    @Test(arguments: [
        (totals([]), 0, 0, Int?.none, "–"),
        (totals([], pppk: [3000, 0]), 0, 0, nil, "–"),
        (totals([2000, 1999], pppk: [0, 0, 0]), 2, 1, 500, "50%"),
        (totals([2000, 5000], cpns: [2000]), 3, 3, 1000, "100%"),
        (totals([0, 0, 2000]), 3, 1, 333, "33,3%"),
        (totals([2000, 2000, 0]), 3, 2, 667, "66,7%"),
        (totals([2000] + Array(repeating: 0, count: 7)), 8, 1, 125, "12,5%"),
        (totals(Array(repeating: 2000, count: 1000) + [1999]), 1001, 1000, 999, "99,9%"),
        (totals([1999, 0]), 2, 0, 0, "0%"),
    ])
    func compliance(totals: [JPEmployeeTotal], counted: Int, met: Int, tenths: Int?, display: String) {
        let c = JPYear.compliance(totals)
        #expect(c.counted == counted && c.met == met && c.percentTenths == tenths && c.display == display)
    }

    /// Random agencies (seeded) against a direct count; 100 % only when everyone met it.
    @Test(arguments: [UInt64(3), 17, 20_000])
    func complianceBruteForce(seed: UInt64) {
        var rng = DemoRNG(seed: seed)
        for _ in 0..<300 {
            let target = JP(hundredths: rng.pick([2000, 2000, 2400, 1000]))
            let targets = JPTargets(pnsMinimum: target)
            let totals = (0..<rng.int(0...60)).map { _ in
                JPEmployeeTotal(status: rng.pick(EmployeeStatus.allCases), total: JP(hundredths: rng.int(0...4000)))
            }
            var counted = 0
            var met = 0
            for t in totals where t.status != .pppk {
                counted += 1
                if t.total.hundredths >= target.hundredths { met += 1 }
                #expect(
                    JPYear.status(t.status, total: t.total, targets: targets)
                        == (t.total >= target ? .met : .below(missing: target - t.total)))
            }
            let c = JPYear.compliance(totals, targets: targets)
            #expect(c.counted == counted && c.met == met)
            guard let tenths = c.percentTenths else {
                #expect(counted == 0)
                continue
            }
            // Within half a tenth of the exact share (or pulled off 0 or 100 by one tenth).
            let exact = Double(met * 1000) / Double(counted)
            #expect(abs(Double(tenths) - exact) <= 0.5 || tenths == 999 || tenths == 1)
            #expect((tenths == 1000) == (met == counted))
            #expect((tenths == 0) == (met == 0))
        }
    }

    @Test func yearTotal() {
        let entries = [
            LedgerEntryFact(
                date: CivilDate(year: 2026, month: 1, day: 1)!, conversionCode: "B3", jp: JP(hundredths: 133)),
            LedgerEntryFact(
                date: CivilDate(year: 2026, month: 12, day: 31)!, conversionCode: "C3", jp: JP(hundredths: 67)),
            LedgerEntryFact(date: CivilDate(year: 2025, month: 12, day: 31)!, conversionCode: "C3", jp: JP(whole: 3)),
        ]
        #expect(JPYear.total(entries, year: 2026) == JP(whole: 2))
        #expect(JPYear.total(entries, year: 2025) == JP(whole: 3))
    }
}
