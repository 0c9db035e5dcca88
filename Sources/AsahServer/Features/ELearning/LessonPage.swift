import AsahCore
import Foundation
import Plot

/// One lesson: its text (safe HTML from Markdown), video link or file link, and a plain form to mark
/// it done. Works without JavaScript; with it, the lesson can be kept for offline reading and "mark
/// done" is queued while offline.
struct LessonPage {
    struct Model {
        var chrome: PageChrome
        var courseID: UUID
        var courseTitle: String
        var moduleTitle: String
        var lessonID: UUID
        var title: String
        var kind: LessonKind
        var html: String
        var url: String?
        var minutes: Int
        var doneOn: String?
        var canLearn: Bool
        var canAuthor: Bool
        var next: (url: String, title: String)?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.course(m.courseID), "‹ \(m.courseTitle)") }
            tag("p") { txt("\(m.moduleTitle) · \(m.kind.label), sekitar \(m.minutes) menit") }.cls("muted")
            tag("h1") { txt(m.title) }
            tag("article") {
                if let url = m.url {
                    tag("p") {
                        link(url, m.kind == .video ? "Tonton video" : "Unduh berkas", cls: "btn btn-secondary")
                            .attr("rel", "noopener noreferrer")
                    }
                }
                Node<Any>.raw(m.html)
            }.cls("lesson card")
            if m.canLearn {
                if let on = m.doneOn.flatMap(CivilDate.init(iso:)) {
                    tag("p") { txt("✓ Anda menandai materi ini selesai pada \(IndonesianFormat.date(on)).") }.cls("ok")
                } else {
                    postForm(action: SiteURL.lessonDone(m.courseID, m.lessonID), csrf: m.chrome.csrf, cls: "mark-done")
                    {
                        button("Tandai selesai")
                    }
                    .attr("data-course", m.courseID.uuidString).attr("data-lesson", m.lessonID.uuidString)
                }
                tag("p") {
                    tag("button") { txt("Simpan untuk dibaca offline") }
                        .attr("type", "button").cls("btn btn-secondary").attr("hidden", "hidden")
                        .attr("data-simpan", SiteURL.lesson(m.courseID, m.lessonID))
                    tag("span") {}.cls("muted").attr("data-status", "").attr("role", "status")
                }.cls("actions")
            }
            if let next = m.next {
                tag("p") {
                    txt("Berikutnya: "); link(next.url, next.title)
                }
            }
            if m.canAuthor { tag("p") { link(SiteURL.editLesson(m.courseID, m.lessonID), "Ubah materi") } }
            if m.canLearn { OfflineScript.tag }
        }
    }
}

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
