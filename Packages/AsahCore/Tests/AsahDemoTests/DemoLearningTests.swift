import Foundation
import Testing

@testable import AsahCore
@testable import AsahDemo

@Suite("Demo JP ledger")
struct DemoLearningTests {
    static let agencies = DemoData.agencies()
    static let today = CivilDate(iso: "2026-11-28")!

    static func totals(_ entries: [DemoLearningEntry], year: Int) -> [String: Int] {
        entries.filter { $0.date.year == year }.reduce(into: [:]) { $0[$1.nip, default: 0] += $1.jp.hundredths }
    }

    @Test(arguments: agencies.map(\.code))
    func linesFollowTheConversionRules(code: String) {
        let agency = Self.agencies.first { $0.code == code }!
        let entries = DemoLearning.entries(for: agency, today: Self.today)
        #expect(entries == DemoLearning.entries(for: agency, today: Self.today))
        let nips = Set(agency.employees.map(\.nip))
        let start = CivilDate(iso: "2025-01-01")!
        var sessions: [String: Int] = [:]
        var elearningDays = Set<String>()
        for e in entries {
            #expect(nips.contains(e.nip))
            #expect(e.date >= start && e.date <= Self.today, "\(e.date)")
            #expect(((e.date.dayNumber + 3) % 7) < 5, "a working day: \(e.date)")
            #expect(JenisDiklat.byID(e.jenisDiklatID) != nil)
            #expect(!e.title.isEmpty && !e.provider.isEmpty)
            switch e.source {
            case .mentoring:
                #expect(e.jp == JP(whole: 2) && [14, 15].contains(e.jenisDiklatID) && e.certificateNo == nil)
                sessions["\(e.nip)|\(e.date.year)-\(e.date.month)", default: 0] += 1
            case .course:
                #expect(e.jenisDiklatID == 16 && e.jp <= JP(whole: 3) && e.minutes != nil)
                #expect(elearningDays.insert(e.nip + e.date.iso).inserted, "one e-learning line a day")
            case .activity, .external:
                let classroom = JenisDiklat.byID(e.jenisDiklatID)?.kind == .klasikal
                #expect(classroom)
                // Classroom training counts its actual JP and carries a certificate; seminars count per day.
                if e.minutes != nil {
                    #expect(e.certificateNo != nil && e.minutes == e.jp.hundredths * 45 / 100)
                } else {
                    #expect(e.certificateNo == nil && [9, 4, 7].contains(e.jenisDiklatID))
                }
            }
        }
        #expect(sessions.values.allSatisfy { $0 <= 2 }, "at most two mentoring sessions a month")
        #expect(Set(entries.map(\.source)) == Set(DemoLearningEntry.Source.allCases))
        let certificates = entries.compactMap(\.certificateNo)
        #expect(Set(certificates).count == certificates.count, "certificate numbers are unique")
    }

    @Test(arguments: agencies.map(\.code))
    func aRealisticSpread(code: String) {
        let agency = Self.agencies.first { $0.code == code }!
        let entries = DemoLearning.entries(for: agency, today: Self.today)
        let pns = agency.employees.filter { $0.status != .pppk }.map(\.nip)
        let pppk = agency.employees.filter { $0.status == .pppk }.map(\.nip)
        for (year, low, high) in [(2025, 0.8, 0.95), (2026, 0.5, 0.72)] {
            let totals = Self.totals(entries, year: year)
            let met = pns.filter { totals[$0, default: 0] >= 2000 }.count
            let share = Double(met) / Double(pns.count)
            #expect(share >= low && share <= high, "\(year): \(share)")
            #expect(pns.contains { totals[$0, default: 0] < 1000 }, "someone clearly below in \(year)")
            #expect(pppk.filter { totals[$0, default: 0] > 2400 }.count == 2, "two PPPK past the limit in \(year)")
        }
        let mine = Self.totals(entries, year: 2026)[agency.sampleEmployeeNIP, default: 0]
        #expect(mine > 0 && mine < 2000, "the sample employee is behind this year: \(mine)")
    }

    @Test func earlyInTheYearFewerHaveReachedIt() {
        let agency = Self.agencies.first { $0.code == "medan" }!
        let march = CivilDate(iso: "2026-03-10")!
        let entries = DemoLearning.entries(for: agency, today: march)
        #expect(entries.allSatisfy { $0.date <= march })
        let totals = Self.totals(entries, year: 2026)
        let pns = agency.employees.filter { $0.status != .pppk }
        let share = Double(pns.filter { totals[$0.nip, default: 0] >= 2000 }.count) / Double(pns.count)
        #expect(share < 0.25, "\(share)")
        // In the first days of January there is no ledger for the new year yet.
        #expect(
            DemoLearning.entries(for: agency, today: CivilDate(iso: "2026-01-03")!).allSatisfy { $0.date.year == 2025 })
    }
}
