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
                    .attr("data-progres", SiteURL.courseProgress(m.courseID))
                }
                tag("p") {
                    tag("button") { txt("Simpan untuk dibaca offline") }
                        .attr("type", "button").cls("btn btn-secondary").attr("hidden", "hidden")
                        .attr("data-simpan", SiteURL.lesson(m.courseID, m.lessonID))
                        .attr("data-learner", m.chrome.user?.userID.uuidString)
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
