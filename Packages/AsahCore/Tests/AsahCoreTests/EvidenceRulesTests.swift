import Testing

@testable import AsahCore

struct EvidenceRulesTests {
    static let cases: [(String, Int, String?)] = [
        ("laporan-ac.pdf", 1000, "application/pdf"),
        ("Sertifikat.PNG", 5 * 1024 * 1024, "image/png"),
        ("foto.jpeg", 10, "image/jpeg"),
        ("besar.pdf", 5 * 1024 * 1024 + 1, nil),
        ("skrip.html", 10, nil),
        ("tanpa-ekstensi", 10, nil),
    ]

    @Test(arguments: cases)
    func checks(name: String, size: Int, type: String?) {
        #expect((try? EvidenceRules.check(filename: name, size: size).get()) == type)
    }
}
