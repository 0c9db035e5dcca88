import Foundation
import Testing

@testable import AsahCore

struct EmploymentRulesTests {
    static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// (state, since, service start, months in 2026, counted in 2026's rate, minimum of 20 JP)
    static let cases: [(EmploymentState, String?, String?, Int, Bool, Int)] = [
        (.aktif, nil, nil, 12, true, 20),  // active since before anyone recorded it
        (.aktif, nil, "2010-03-01", 12, true, 20),
        (.aktif, "2026-07-01", nil, 6, true, 10),  // back from study leave on 1 July
        (.aktif, "2026-07-02", nil, 5, true, 9),  // 2 July: August to December, 8,33 → 9 JP
        (.aktif, "2026-12-01", nil, 1, true, 2),
        (.aktif, "2026-12-31", nil, 0, false, 0),  // no whole month: not held to a minimum this year
        (.aktif, nil, "2026-04-01", 9, true, 15),  // a new CPNS with TMT April 2026 (from the NIP)
        (.aktif, "2026-02-01", "2026-05-01", 8, true, 14),  // the later of the two starts
        (.aktif, nil, "2027-01-01", 0, false, 0),  // service starts next year
        (.aktif, "2025-03-15", nil, 12, true, 20),
        (.pensiun, "2026-05-01", nil, 12, false, 20),  // retired this year: out of the rate
        (.pensiun, "2027-01-01", nil, 12, true, 20),  // retired after the year ended: counted in it
        (.meninggal, "2026-12-31", nil, 12, false, 20),
        (.tugasBelajar, "2025-09-01", nil, 12, false, 20),  // on study leave: out while it lasts
        (.cltn, nil, nil, 12, false, 20),  // away since an unknown day
        (.pindah, "2026-02-01", nil, 12, false, 20),
    ]

    @Test(arguments: cases)
    func theYearOfService(
        state: EmploymentState, since: String?, start: String?, months: Int, counts: Bool, minimum: Int
    ) {
        let facts = ServiceFacts(state: state, since: since.map(Self.d), serviceStart: start.map(Self.d))
        #expect(ServiceYear.months(facts, year: 2026) == months)
        #expect(ServiceYear.counts(facts, year: 2026) == counts)
        #expect(ServiceYear.minimum(JP(whole: 20), months: months) == JP(whole: minimum))
    }

    @Test func aFullYearKeepsAFractionalMinimumExactly() {
        #expect(ServiceYear.minimum(JP(hundredths: 2450), months: 12) == JP(hundredths: 2450))
        #expect(ServiceYear.minimum(JP(hundredths: 2450), months: 6) == JP(whole: 13))  // 12,25 → 13
        #expect(ServiceYear.minimum(JP(whole: 20), months: 0) == .zero)
    }

    @Test(arguments: [
        ("198805052012121903", "2012-12-01"), ("199001012015031001", "2015-03-01"),
        ("199001012015131001", nil), ("1990", nil), ("19900101201503100x", nil),
    ])
    func theServiceStartComesFromTheNIP(nip: String, start: String?) {
        #expect(ServiceFacts.serviceStart(nip: nip) == start.map(Self.d))
    }

    @Test(arguments: [
        ("Aktif", EmploymentState.aktif), ("  tugas   belajar ", .tugasBelajar),
        ("Pemberhentian Sementara", .pemberhentianSementara), ("CLTN", .cltn),
        ("Cuti Di Luar Tanggungan Negara", .cltn), ("PENSIUN", .pensiun), ("Meninggal Dunia", .meninggal),
        ("Pindah Instansi", .pindah), ("Berhenti", .berhenti),
    ])
    func siasnNames(name: String, state: EmploymentState) {
        #expect(EmploymentState.siasn(name) == state)
    }

    @Test func anUnknownSiasnNameIsNil() {
        #expect(EmploymentState.siasn("Entah") == nil)
        #expect(EmploymentState.siasn("") == nil)
    }

    @Test func onlyActiveServiceIsActiveAndOnlyLeaversHaveLeft() {
        #expect(EmploymentState.allCases.filter(\.isActiveService) == [.aktif])
        #expect(EmploymentState.allCases.filter(\.hasLeft) == [.pensiun, .berhenti, .meninggal, .pindah])
    }
}

struct EmploymentChangeTests {
    static let today = CivilDate(iso: "2026-07-15")!

    /// (state, since, error fields)
    static let cases: [(String, String, Set<String>)] = [
        ("pensiun", "2026-07-01", []),
        ("aktif", "2026-07-15", []),
        (" tugas_belajar ", "2026-01-02", []),
        ("pensiun", "2026-07-16", ["since"]),  // tomorrow
        ("pensiun", "9999-12-31", ["since"]),
        ("pensiun", "1900-01-01", ["since"]),
        ("pensiun", "2026-02-30", ["since"]),
        ("pensiun", "", ["since"]),
        ("cuti", "2026-07-01", ["state"]),
        ("", "kemarin", ["state", "since"]),
    ]

    @Test(arguments: cases)
    func checks(state: String, since: String, errors: Set<String>) {
        switch EmploymentChange.make(state: state, since: since, today: Self.today) {
        case .success: #expect(errors.isEmpty)
        case .failure(let e): #expect(Set(e.messages.keys) == errors)
        }
    }
}
