import Testing

@testable import AsahCore

@Suite("Jenis diklat (SIASN)")
struct JenisDiklatTests {
    @Test(arguments: [
        (1, LearningKind.klasikal, "B1"), (2, .klasikal, "B4"), (3, .klasikal, "B3"), (4, .klasikal, "B7"),
        (5, .klasikal, "B2"), (6, .klasikal, "B5"), (7, .klasikal, "B11"), (8, .klasikal, "B10"), (9, .klasikal, "B6"),
        (10, .nonklasikal, "C11"), (11, .klasikal, "B8"), (12, .klasikal, "B9"), (13, .klasikal, "B3"),
        (14, .nonklasikal, "C1"), (15, .nonklasikal, "C2"), (16, .nonklasikal, "C3"), (17, .nonklasikal, "C4"),
        (18, .nonklasikal, "C5"), (19, .nonklasikal, "C6"), (20, .nonklasikal, "C7"), (21, .nonklasikal, "C8"),
        (22, .nonklasikal, "C9"), (23, .nonklasikal, "C10"), (24, .nonklasikal, "C2"), (25, .nonklasikal, "C4"),
    ])
    func mapping(id: Int, kind: LearningKind, code: String) throws {
        let jenis = try #require(JenisDiklat.byID(id))
        #expect(jenis.id == id && jenis.kind == kind && jenis.conversionCode == code)
        // The default row exists and counts domestic learning.
        let rule = try #require(JPConversionTable.bpsDefault.rule(for: jenis))
        #expect(rule.domestic != nil)
    }

    @Test(arguments: [
        (1, "Diklat Struktural"), (13, "Pengembangan Kompetensi dalam Bentuk Pelatihan Klasikal Lainnya"),
        (16, "E-Learning"), (19, "Pembelajaran Alam Terbuka (Outbond)"),
        (21, "Pertukaran antara PNS dengan Pegawai Swasta/BUMN/BUMD"),
        (23, "Komunitas Belajar (Community of Practices)"), (24, "Bimbingan di Tempat Kerja"),
        (25, "Pengembangan Kompetensi dalam Bentuk Pelatihan Nonklasikal Lainnya"),
    ])
    func names(id: Int, name: String) {
        #expect(JenisDiklat.byID(id)?.name == name)
    }

    @Test func listIsCompleteAndOrdered() {
        #expect(JenisDiklat.all.map(\.id) == Array(1...25))
        #expect(Set(JenisDiklat.all.map(\.name)).count == 25)
        #expect(JenisDiklat.all(.klasikal).count == 12 && JenisDiklat.all(.nonklasikal).count == 13)
        for bad in [0, 26, -1, Int.max] { #expect(JenisDiklat.byID(bad) == nil) }
        #expect(LearningKind.klasikal.label == "Klasikal" && LearningKind.nonklasikal.label == "Nonklasikal")
        #expect(LearningKind(rawValue: "nonklasikal") == .nonklasikal)
    }
}
