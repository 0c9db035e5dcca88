import AsahCore
import Foundation
import Plot

/// A course's outline: modules, their lessons and quizzes, with the learner's progress; for managers
/// the authoring links. "Simpan untuk dibaca offline" appears only where the script runs.
struct CoursePage {
    struct Lesson {
        var id: UUID
        var title: String
        var kind: LessonKind
        var minutes: Int
        var doneOn: String?
    }

    struct Module {
        var id: UUID
        var title: String
        var lessons: [Lesson]
        var questions: Int
        var passingScore: Int?
        var bestScore: Int?
        var passed: Bool
    }

    struct Model {
        var chrome: PageChrome
        var courseID: UUID
        var agencyCode: String
        var title: String
        var summary: String
        var published: Bool
        var modules: [Module]
        var progress: CourseRules.Progress
        var maxJP: JP
        /// The agency's e-learning day cap (nil: none).
        var dayCap: JP? = JP(whole: 3)
        var completedOn: String?
        var credited: JP?
        var canLearn: Bool
        var canAuthor: Bool
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.courses(m.agencyCode), "‹ Semua kursus") }
            tag("h1") { txt(m.title) }
            if !m.published { tag("p") { tag("span") { txt("Draf, belum terlihat oleh pegawai") }.cls("badge") } }
            if !m.summary.isEmpty { tag("p") { txt(m.summary) } }
            tag("p") {
                let cap = CourseRules.dayCapText(m.dayCap)
                txt(
                    "\(m.progress.lessonsTotal) materi, \(m.progress.quizzesTotal) kuis · hingga \(m.maxJP.display)"
                        + (cap.isEmpty ? "" : ", " + cap))
            }.cls("muted")
            if m.canLearn { progress(m) }
            if m.canAuthor {
                tag("div") {
                    link(SiteURL.editCourse(m.courseID), "Ubah kursus", cls: "btn btn-secondary")
                    link(SiteURL.newModule(m.courseID), "+ Modul", cls: "btn btn-secondary")
                    link(SiteURL.courseLearners(m.courseID), "Peserta dan kemajuan", cls: "btn btn-secondary")
                }.cls("actions")
            }
            for (i, module) in m.modules.enumerated() {
                tag("section") {
                    tag("h2") { txt("Modul \(i + 1). \(module.title)") }
                    tag("ol") {
                        for l in module.lessons {
                            tag("li") {
                                link(SiteURL.lesson(m.courseID, l.id), l.title)
                                txt(" · \(l.kind.label), \(l.minutes) menit")
                                if l.doneOn != nil { tag("span") { txt(" ✓ selesai") }.cls("ok") }
                                if m.canAuthor { txt(" · "); link(SiteURL.editLesson(m.courseID, l.id), "ubah") }
                            }
                        }
                    }.cls("outline")
                    if module.questions > 0 {
                        tag("p") {
                            link(SiteURL.moduleQuiz(m.courseID, module.id), "Kuis modul (\(module.questions) soal)")
                            txt(" · nilai lulus \(module.passingScore ?? 0)")
                            if let best = module.bestScore { txt(" · nilai terbaik Anda \(best)") }
                            if module.passed { tag("span") { txt(" ✓ lulus") }.cls("ok") }
                        }
                    }
                    if m.canAuthor {
                        tag("p") {
                            link(SiteURL.newLesson(m.courseID, module.id), "+ Materi")
                            txt(" · ")
                            link(SiteURL.editModule(m.courseID, module.id), "Ubah modul dan kuis")
                        }.cls("muted")
                    }
                }.cls("card")
            }
            if m.modules.isEmpty { tag("p") { txt("Kursus ini belum memiliki modul.") }.cls("card") }
            if m.canLearn && !m.modules.isEmpty {
                tag("p") {
                    tag("button") { txt("Simpan semua materi untuk dibaca offline") }
                        .attr("type", "button").cls("btn btn-secondary").attr("hidden", "hidden")
                        .attr(
                            "data-simpan",
                            m.modules.flatMap(\.lessons).map { SiteURL.lesson(m.courseID, $0.id) }.joined(
                                separator: " ")
                        )
                        .attr("data-learner", m.chrome.user?.userID.uuidString)
                    tag("span") {}.cls("muted").attr("data-status", "").attr("role", "status")
                }.cls("actions")
                OfflineScript.tag
            }
        }
    }

    static func progress(_ m: Model) -> Component {
        tag("section") {
            tag("h2") { txt("Kemajuan Anda") }
            ProgressBar.svg(value: m.progress.percent, max: 100, tone: m.progress.isComplete ? .ok : .short)
            tag("p") {
                txt(
                    "\(m.progress.lessonsDone) dari \(m.progress.lessonsTotal) materi selesai, \(m.progress.quizzesPassed) dari \(m.progress.quizzesTotal) kuis lulus (\(m.progress.percent) %)."
                )
            }
            if let on = m.completedOn.flatMap(CivilDate.init(iso:)) {
                tag("p") {
                    txt(
                        "Kursus selesai \(IndonesianFormat.date(on)); dicatat \((m.credited ?? .zero).display) di JP Anda."
                    )
                }.cls("ok")
            }
        }.cls("card").attr("aria-label", "Kemajuan Anda")
    }
}
