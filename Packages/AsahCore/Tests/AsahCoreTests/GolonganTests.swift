import Testing

@testable import AsahCore

struct GolonganTests {
    @Test func tables() {
        #expect(GolonganTable.pns.count == 17)
        #expect(GolonganTable.pns.map(\.id) == [11, 12, 13, 14, 21, 22, 23, 24, 31, 32, 33, 34, 41, 42, 43, 44, 45])
        #expect(GolonganTable.pns.allSatisfy { !$0.isPPPK && $0.pangkat != nil })
        #expect(GolonganTable.pppk.count == 17)
        #expect(GolonganTable.pppk.map(\.id) == Array(1...17))
        #expect(GolonganTable.pppk.allSatisfy { $0.isPPPK && $0.pangkat == nil })
        #expect(GolonganTable.pppk.last?.name == "XVII")
    }

    @Test(arguments: [
        ("III/a", 31, "Penata Muda"), ("iii/A", 31, "Penata Muda"), ("III / a", 31, "Penata Muda"),
        (" IV/e ", 45, "Pembina Utama"), ("I/a", 11, "Juru Muda"), ("II/d", 24, "Pengatur Tingkat I"),
        ("IV/b", 42, "Pembina Tingkat I"), ("III-c", 33, "Penata"), ("IIIb", 32, "Penata Muda Tingkat I"),
    ])
    func pnsByName(name: String, id: Int, pangkat: String) {
        let g = GolonganTable.pns(named: name)
        #expect(g?.id == id)
        #expect(g?.pangkat == pangkat)
    }

    @Test(arguments: ["", "III", "III/f", "V/a", "IX", "III/ab", "/a", "Penata Muda", "31"])
    func pnsUnknownName(name: String) {
        #expect(GolonganTable.pns(named: name) == nil)
    }

    @Test(arguments: [(11, "I/a"), (34, "III/d"), (45, "IV/e")])
    func pnsById(id: Int, name: String) {
        #expect(GolonganTable.pns(id: id)?.name == name)
    }

    @Test(arguments: [0, 10, 15, 25, 35, 46, 99])
    func pnsUnknownId(id: Int) {
        #expect(GolonganTable.pns(id: id) == nil)
    }

    @Test(arguments: [
        ("I", 1), ("ix", 9), (" IX ", 9), ("XVII", 17), ("9", 9), ("17", 17), ("1", 1), ("xiv", 14),
    ])
    func pppkByName(name: String, id: Int) {
        let g = GolonganTable.pppk(named: name)
        #expect(g?.id == id)
        #expect(g?.isPPPK == true)
    }

    @Test(arguments: ["", "0", "18", "XVIII", "IIII", "III/a", "Golongan IX"])
    func pppkUnknownName(name: String) {
        #expect(GolonganTable.pppk(named: name) == nil)
    }

    @Test(arguments: [
        ("III/a", EmployeeStatus.pns, "III/a"), ("III/a", .cpns, "III/a"), ("IX", .pppk, "IX"),
        ("9", .pppk, "IX"),
    ])
    func namedByStatus(name: String, status: EmployeeStatus, expected: String) {
        #expect(GolonganTable.named(name, status: status)?.name == expected)
    }

    @Test func statusMismatch() {
        #expect(GolonganTable.named("IX", status: .pns) == nil)
        #expect(GolonganTable.named("III/a", status: .pppk) == nil)
    }

    @Test(arguments: [(11, "I"), (31, "IX"), (45, "XVII")])
    func pppkPairing(pnsId: Int, name: String) {
        #expect(GolonganTable.pppk(pairedWithPNSId: pnsId)?.name == name)
    }
}
