import AsahCore
import Foundation
import Plot

/// A participant taking a pre- or post-test: one question after another with radio buttons (no
/// JavaScript), the score right after sending.
struct TestPage {
    struct Model {
        var chrome: PageChrome
        var activityID: UUID
        var title: String
        var kind: ActivityTest.Kind
        var questions: [QuizQuestion]
        var passingScore: Int?
        var result: TestService.Result?
        var error: String?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.activity(m.activityID), "‹ Kembali ke kegiatan") }
            tag("h1") { txt("\(m.kind.label): \(m.title)") }
            if let error = m.error { tag("p") { txt(error) }.cls("error").attr("role", "alert") }
            if let r = m.result {
                tag("section") {
                    tag("h2") { txt("Nilai Anda \(r.score)") }
                    if let passed = r.passed, let passing = m.passingScore {
                        tag("p") {
                            txt(passed ? "Lulus (nilai lulus \(passing)). " : "Belum lulus (nilai lulus \(passing)). ")
                            txt("Nilai terbaik yang dihitung: \(r.bestScore).")
                        }.cls(passed ? "ok" : "bad")
                    }
                    if let left = r.attemptsLeft { tag("p") { txt("Sisa kesempatan: \(left).") }.cls("muted") }
                }.cls("card").attr("role", "status")
            } else {
                if let passing = m.passingScore, m.kind == .post {
                    tag("p") { txt("\(m.questions.count) soal. Nilai lulus \(passing).") }.cls("muted")
                }
                postForm(action: SiteURL.activityTest(m.activityID, m.kind.rawValue), csrf: m.chrome.csrf) {
                    for (i, q) in m.questions.enumerated() {
                        tag("fieldset") {
                            tag("legend") { txt("\(i + 1). \(q.text)") }
                            for (j, option) in q.options.enumerated() {
                                tag("div") {
                                    voidTag(
                                        "input",
                                        [
                                            ("type", "radio"), ("name", "j\(i + 1)"), ("value", String(j)),
                                            ("id", "j\(i + 1)-\(j)"),
                                        ])
                                    tag("label") { txt(option.text) }.attr("for", "j\(i + 1)-\(j)")
                                }.cls("check")
                            }
                        }
                    }
                    button("Kirim jawaban")
                }
            }
        }
    }
}

/// Those who run an activity write its test as text (see `QuizText`).
struct TestEditPage {
    struct Model {
        var chrome: PageChrome
        var activityID: UUID
        var title: String
        var kind: ActivityTest.Kind
        var text: String
        var maxAttempts: String
        var errors: [String]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.activity(m.activityID), "‹ Kembali ke kegiatan") }
            tag("h1") { txt("Susun \(m.kind.label.lowercased()): \(m.title)") }
            if !m.errors.isEmpty {
                tag("div") {
                    tag("p") { txt("Soal belum tersimpan:") }
                    tag("ul") { for e in m.errors { tag("li") { txt(e) } } }
                }.cls("error").attr("role", "alert")
            }
            postForm(
                action: SitePath.kegiatanTesUbah.link(m.activityID.uuidString, m.kind.rawValue), csrf: m.chrome.csrf,
                cls: "card"
            ) {
                tag("p") {
                    txt(
                        "Tulis setiap soal pada satu baris, lalu pilihan jawabannya di baris-baris berikutnya: awali jawaban benar dengan tanda * dan jawaban lain dengan tanda -. Pisahkan soal dengan satu baris kosong."
                    )
                }.cls("hint")
                tag("div") {
                    tag("label") { txt("Soal dan pilihan jawaban") }.attr("for", "f-soal")
                    tag("textarea") { txt(m.text) }.attr("id", "f-soal").attr("name", "soal").attr("rows", "16")
                }.cls("field")
                if m.kind == .post {
                    field(
                        "Kesempatan mengerjakan", name: "kesempatan", value: m.maxAttempts, type: "number",
                        hint: "Kosongkan bila tidak dibatasi.", extra: [("min", "1")])
                }
                button("Simpan soal")
            }
        }
    }
}
