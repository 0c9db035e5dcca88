import Foundation
import Testing

@testable import AsahCore
@testable import AsahDemo

@Suite("Demo competencies and assessments")
struct DemoCompetenciesTests {
    static let agencies = DemoData.agencies()
    static let today = CivilDate(iso: "2026-05-20")!

    @Test func technicalDictionary() {
        let codes = DemoCompetencies.technical.map(\.code)
        #expect(codes.count >= 10 && Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.hasPrefix("T.") && CompetencyDictionary.national(code: $0) == nil })
        for c in DemoCompetencies.technical {
            #expect(c.levels.count == 5 && c.levels.allSatisfy { !$0.isEmpty })
            #expect(!c.name.isEmpty && !c.definition.isEmpty)
        }
        #expect(DemoCompetencies.technical(code: "T.HUB.03")?.name == "Informasi Layanan Angkutan Umum")
    }

    @Test(arguments: agencies.map(\.code))
    func standardItems(code: String) {
        let agency = Self.agencies.first { $0.code == code }!
        let items = DemoCompetencies.standardItems(for: agency)
        let technical = Set(DemoCompetencies.technical.map(\.code))
        let byPosition = Dictionary(grouping: items, by: \.positionKey)
        #expect(Set(byPosition.keys) == Set(agency.positions.map(\.key)))
        for position in agency.positions {
            let own = byPosition[position.key] ?? []
            #expect((1...3).contains(own.count), "\(position.key): \(own.count)")
            #expect(Set(own.map(\.code)).count == own.count)
            #expect(own.allSatisfy { technical.contains($0.code) && (1...4).contains($0.level) })
        }
        #expect(items == DemoCompetencies.standardItems(for: agency))
        // Transport posts ask for the transport competencies.
        let dishub = items.filter { $0.positionKey.hasPrefix("dishub-angkutan") }
        #expect(dishub.contains { $0.code == "T.HUB.03" })
        #expect(items.contains { $0.positionKey.hasPrefix("dishub-pkb.penguji") && $0.code == "T.HUB.02" })
        // Heads of OPD (JPT Pratama) need level 4.
        #expect(items.filter { $0.positionKey == "dishub.kepala" }.allSatisfy { $0.level == 4 })
    }

    @Test(arguments: agencies.map(\.code))
    func assessmentsAreConsistent(code: String) {
        let agency = Self.agencies.first { $0.code == code }!
        let assessments = DemoCompetencies.assessments(for: agency, today: Self.today)
        #expect(assessments == DemoCompetencies.assessments(for: agency, today: Self.today))

        let employees = Dictionary(uniqueKeysWithValues: agency.employees.map { ($0.nip, $0) })
        let positions = Dictionary(uniqueKeysWithValues: agency.positions.map { ($0.key, $0) })
        let earliest = Self.today.addingYears(-3)
        for a in assessments {
            guard let employee = employees[a.nip], let position = positions[employee.positionKey] else {
                Issue.record("unknown NIP \(a.nip)")
                continue
            }
            #expect((1...5).contains(a.level))
            #expect(a.assessedOn > earliest && a.assessedOn <= Self.today)
            let required = DemoCompetencies.requirements(position).map(\.code)
            #expect(required.contains(a.code), "\(a.code) not required of \(position.key)")
            #expect(
                CompetencyDictionary.national(code: a.code) != nil || DemoCompetencies.technical(code: a.code) != nil)
            if a.source == .supervisor {
                #expect(a.assessorNIP != nil && a.assessorNIP == employee.supervisorNIP)
            } else {
                #expect(a.assessorNIP == nil)
            }
            if a.source == .assessmentCenter { #expect(CompetencyDictionary.national(code: a.code) != nil) }
        }

        // About 85 % assessed; the demo logins always.
        let assessed = Set(assessments.map(\.nip))
        let share = Double(assessed.count) / Double(agency.employees.count)
        #expect((0.75...0.95).contains(share), "\(share)")
        #expect(assessed.contains(agency.unitHeadNIP) && assessed.contains(agency.sampleEmployeeNIP))
        // Mixed sources.
        let sources = Set(assessments.map(\.source))
        #expect(sources == Set(AssessmentSource.allCases))
        // Most heads have an assessment-centre result.
        let heads = agency.employees.filter { $0.positionKey.hasSuffix(".kepala") && assessed.contains($0.nip) }
        let withAC = heads.filter { h in assessments.contains { $0.nip == h.nip && $0.source == .assessmentCenter } }
        #expect(Double(withAC.count) >= 0.75 * Double(heads.count))
    }

    /// Current levels sit around the required level: mostly met, gaps of 1 sometimes, 2 rarely.
    @Test(arguments: agencies.map(\.code))
    func gapsAreRealistic(code: String) {
        let agency = Self.agencies.first { $0.code == code }!
        let gaps = Self.currentGaps(agency).map(\.gap)
        let total = Double(gaps.count)
        #expect(total > 500)
        let none = Double(gaps.filter { $0 == 0 }.count) / total
        let large = Double(gaps.filter { $0 >= 2 }.count) / total
        #expect(none > 0.6, "\(none)")
        #expect(large < 0.12, "\(large)")
        #expect(gaps.allSatisfy { (0...4).contains($0) })
    }

    static func mean(_ xs: [Int]) -> Double { Double(xs.reduce(0, +)) / Double(max(1, xs.count)) }

    /// With the default national levels: only Medan's Dishub heads (required ≥ 2) can show a gap,
    /// yet the unit's mean gap is still well above the agency's.
    @Test(arguments: ["M.05", "M.03"])
    func medanDishubWeakUnderDefaults(code: String) {
        let medan = Self.agencies.first { $0.code == "medan" }!
        let rows = Self.currentGaps(medan, overrides: false).filter { $0.code == code }
        let dishub = rows.filter { DemoCompetencies.isWeakUnit($0.unitKey) }.map(\.gap)
        let all = rows.map(\.gap)
        #expect(dishub.count >= 20)
        #expect(
            Self.mean(dishub) >= 1.5 * Self.mean(all) && Self.mean(dishub) - Self.mean(all) >= 0.15,
            "\(code): \(Self.mean(dishub)) vs \(Self.mean(all))")
        // The heads there have a gap of 1–2 almost always.
        let heads = Self.currentGaps(medan, overrides: false, headsOnly: true)
            .filter { $0.code == code && DemoCompetencies.isWeakUnit($0.unitKey) }.map(\.gap)
        #expect(Double(heads.filter { $0 >= 1 }.count) >= 0.75 * Double(heads.count))
    }

    /// With the demo's per-position raise (front-line staff need level 2), most of the unit has a gap of 1–2.
    @Test(arguments: ["M.05", "M.03"])
    func medanDishubWeakWithOverrides(code: String) {
        let medan = Self.agencies.first { $0.code == "medan" }!
        let overrides = DemoCompetencies.nationalOverrides(for: medan)
        #expect(!overrides.isEmpty && overrides.allSatisfy { $0.level == 2 && ["M.03", "M.05"].contains($0.code) })
        #expect(
            Self.agencies.filter { $0.code != "medan" }.allSatisfy {
                DemoCompetencies.nationalOverrides(for: $0).isEmpty
            })
        let rows = Self.currentGaps(medan, overrides: true).filter { $0.code == code }
        let dishub = rows.filter { DemoCompetencies.isWeakUnit($0.unitKey) }.map(\.gap)
        #expect(Double(dishub.filter { (1...2).contains($0) }.count) > 0.6 * Double(dishub.count))
        #expect(Self.mean(dishub) >= 2 * Self.mean(rows.map(\.gap)))
    }

    @Test func medanDishubWeakInPublicTransportInformation() {
        let rows = Self.agencies.map { agency in
            (agency.code, Self.currentGaps(agency, overrides: false).filter { $0.code == "T.HUB.03" }.map(\.gap))
        }
        let medan = rows.first { $0.0 == "medan" }!.1
        let others = rows.filter { $0.0 != "medan" }.flatMap(\.1)
        #expect(medan.count >= 10)
        #expect(Double(medan.filter { (1...2).contains($0) }.count) > 0.6 * Double(medan.count))
        #expect(Self.mean(medan) >= 2 * Self.mean(others), "\(Self.mean(medan)) vs \(Self.mean(others))")
        // Other competencies of the same staff are not weak.
        let hub01 = Self.currentGaps(Self.agencies.first { $0.code == "medan" }!, overrides: false)
            .filter { $0.code == "T.HUB.01" }.map(\.gap)
        #expect(Self.mean(medan) >= 2 * Self.mean(hub01))
    }

    /// (unit, code, gap) of every assessed competency, from the current level under the standard rule.
    static func currentGaps(
        _ agency: DemoAgency, overrides: Bool = false, headsOnly: Bool = false
    ) -> [(unitKey: String, code: String, gap: Int)] {
        var raised: [String: [String: Int]] = [:]
        if overrides {
            for item in DemoCompetencies.nationalOverrides(for: agency) {
                raised[item.positionKey, default: [:]][item.code] = item.level
            }
        }
        let facts = Dictionary(
            grouping: DemoCompetencies.assessments(for: agency, today: today), by: { $0.nip + "|" + $0.code })
        let positions = Dictionary(uniqueKeysWithValues: agency.positions.map { ($0.key, $0) })
        var rows: [(String, String, Int)] = []
        for employee in agency.employees where !headsOnly || employee.positionKey.hasSuffix(".kepala") {
            let position = positions[employee.positionKey]!
            for (code, required) in DemoCompetencies.requirements(position, overrides: raised[position.key] ?? [:]) {
                guard let list = facts[employee.nip + "|" + code],
                    let current = CurrentLevelRule.current(of: list.map(\.fact), today: today)
                else { continue }
                let gap = GapItem(code: code, required: required, current: current.level).gap!
                rows.append((employee.unitKey, code, gap))
            }
        }
        return rows
    }
}
