import AsahCore
import Foundation
import Plot

/// A module's quiz: radio buttons, the score right after sending (no JavaScript).
struct ModuleQuizPage {
    struct Model {
        var chrome: PageChrome
        var courseID: UUID
        var moduleID: UUID
        var moduleTitle: String
        var questions: [QuizQuestion]
        var passingScore: Int
        var attemptsLeft: Int?
        var bestScore: Int?
        var result: CourseProgressService.QuizResult?
        var error: String?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.course(m.courseID), "‹ Kembali ke kursus") }
            tag("h1") { txt("Kuis: \(m.moduleTitle)") }
            if let error = m.error { tag("p") { txt(error) }.cls("error").attr("role", "alert") }
            if let r = m.result {
                tag("section") {
                    tag("h2") { txt("Nilai Anda \(r.score)") }
                    tag("p") {
                        txt(
                            r.passed
                                ? "Lulus (nilai lulus \(m.passingScore)). "
                                : "Belum lulus (nilai lulus \(m.passingScore)). ")
                        txt("Nilai terbaik: \(r.bestScore).")
                    }.cls(r.passed ? "ok" : "bad")
                    if let left = r.attemptsLeft { tag("p") { txt("Sisa kesempatan: \(left).") }.cls("muted") }
                    if r.progress.finishedNow == true, let jp = r.progress.creditedJp {
                        tag("p") { txt("Selamat, kursus selesai! \(jp.display) dicatat di JP Anda.") }.cls("ok")
                    }
                    tag("p") { link(SiteURL.course(m.courseID), "Lanjut ke kursus") }
                }.cls("card").attr("role", "status")
            } else if m.attemptsLeft == 0 {
                tag("p") {
                    txt("Kesempatan mengerjakan kuis ini sudah habis.")
                    if let best = m.bestScore { txt(" Nilai terbaik Anda \(best).") }
                }.cls("card")
            } else {
                tag("p") {
                    txt("\(m.questions.count) soal. Nilai lulus \(m.passingScore).")
                    if let best = m.bestScore { txt(" Nilai terbaik Anda \(best).") }
                    if let left = m.attemptsLeft { txt(" Sisa kesempatan: \(left).") }
                }.cls("muted")
                postForm(action: SiteURL.moduleQuiz(m.courseID, m.moduleID), csrf: m.chrome.csrf) {
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
