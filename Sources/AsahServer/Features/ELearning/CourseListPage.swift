import AsahCore
import Foundation
import Plot

/// The agency's e-learning courses: what each holds and, for a learner, how far they are.
struct CourseListPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var agencyName: String
        var canAuthor: Bool
        var rows: [CourseQueries.ListRow]
        /// The agency's e-learning day cap (nil: none).
        var dayCap: JP? = JP(whole: 3)
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("E-learning \(m.agencyName)") }
            tag("p") {
                let cap = CourseRules.dayCapText(m.dayCap)
                txt(
                    "Belajar mandiri kapan saja, juga dari ponsel. Kursus yang selesai menambah JP Anda"
                        + (cap.isEmpty ? "." : " (\(cap))."))
            }.cls("muted")
            if m.canAuthor {
                tag("p") { link(SiteURL.newCourse(m.agencyCode), "+ Kursus baru", cls: "btn") }.cls("actions")
            }
            if m.rows.isEmpty {
                tag("p") { txt("Belum ada kursus.") }.cls("card")
            }
            for r in m.rows {
                tag("section") {
                    tag("h2") { link(SiteURL.course(r.id), r.title) }
                    if !r.published {
                        tag("p") { tag("span") { txt("Draf, belum terlihat oleh pegawai") }.cls("badge") }
                    }
                    if !r.summary.isEmpty { tag("p") { txt(r.summary) } }
                    tag("p") {
                        txt(
                            "\(r.modules) modul · \(r.lessons) materi · hingga \(CourseRules.maxJP(lessonMinutes: [r.minutes]).display)"
                        )
                    }.cls("muted")
                    if let done = r.completedOn.flatMap(CivilDate.init(iso:)) {
                        tag("p") { txt("Selesai \(IndonesianFormat.date(done)).") }.cls("ok")
                    } else if r.done > 0 {
                        ProgressBar.svg(value: r.done, max: max(r.lessons, 1), tone: .short)
                        tag("p") { txt("\(r.done) dari \(r.lessons) materi selesai.") }.cls("muted")
                    }
                }.cls("card")
            }
        }
    }
}
