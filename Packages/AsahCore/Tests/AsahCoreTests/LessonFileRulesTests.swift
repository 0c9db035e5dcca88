import Testing

@testable import AsahCore

@Suite("Lesson files to download")
struct LessonFileRulesTests {
    @Test(arguments: [
        ("Modul 1 SPBE.pdf", 1_000, "application/pdf"), ("paparan.PPTX", 5_000_000, LessonFileRules.types["pptx"]!),
        ("lembar-kerja.xlsx", 20 * 1024 * 1024, LessonFileRules.types["xlsx"]!), ("foto.jpeg", 10, "image/jpeg"),
    ])
    func accepted(name: String, size: Int, type: String) {
        #expect((try? LessonFileRules.check(filename: name, size: size).get()) == type)
    }

    @Test(arguments: [
        ("program.exe", 10, "harus PDF"), ("tanpa-ekstensi", 10, "harus PDF"), ("halaman.html", 10, "harus PDF"),
        ("kosong.pdf", 0, "kosong"), ("besar.pdf", 20 * 1024 * 1024 + 1, "20 MB"),
    ])
    func refused(name: String, size: Int, reason: String) {
        guard case .failure(let e) = LessonFileRules.check(filename: name, size: size) else {
            Issue.record("accepted \(name)")
            return
        }
        #expect(e["berkas"]?.contains(reason) == true, "\(e.messages)")
    }

    @Test func downloadNamesCannotBreakTheHeader() {
        #expect(LessonFileRules.downloadName("Modul 1 \"SPBE\".pdf") == "Modul1SPBE.pdf")
        #expect(LessonFileRules.downloadName("\r\n") == "materi")
        #expect(LessonFileRules.downloadName("Pelayanan_Prima-2026.pdf") == "Pelayanan_Prima-2026.pdf")
    }
}
