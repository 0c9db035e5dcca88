import AsahCore
import Foundation
import Plot

/// Who learns a course and how far they are (managers).
struct CourseLearnersPage {
    struct Model {
        var chrome: PageChrome
        var courseID: UUID
        var title: String
        var lessons: Int
        var quizzes: Int
        var learners: [CourseQueries.Learner]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.course(m.courseID), "‹ Kembali ke kursus") }
            tag("h1") { txt("Peserta: \(m.title)") }
            let done = m.learners.filter { $0.completedOn != nil }.count
            tag("div") {
                UI.stat(UI.number(m.learners.count), "mulai belajar")
                UI.stat(UI.number(done), "selesai")
            }.cls("grid")
            tag("h2") { txt("Kemajuan per pegawai") }
            if m.learners.isEmpty {
                tag("p") { txt("Belum ada pegawai yang mulai belajar.") }.cls("card")
            } else {
                UI.table(
                    headers: ["Pegawai", "Materi", "Kuis lulus", "Terakhir belajar", "Selesai", "JP"], stacked: true
                ) {
                    for l in m.learners {
                        tag("tr") {
                            UI.cell("Pegawai") { link(SiteURL.employee(l.nip), l.name) }
                            UI.cell("Materi") { txt("\(l.lessonsDone) dari \(m.lessons)") }
                            UI.cell("Kuis lulus") { txt("\(l.quizzesPassed) dari \(m.quizzes)") }
                            UI.cell("Terakhir belajar") { txt(day(l.lastActivity)) }
                            UI.cell("Selesai") { txt(day(l.completedOn)) }
                            UI.cell("JP") { txt(l.creditedHundredths.map { JP(hundredths: $0).display } ?? "-") }
                        }
                    }
                }
            }
        }
    }

    static func day(_ iso: String?) -> String {
        iso.flatMap(CivilDate.init(iso:)).map(IndonesianFormat.date) ?? "-"
    }
}
