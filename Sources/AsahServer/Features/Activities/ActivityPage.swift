import AsahCore
import Foundation
import Plot

/// One activity: what it is, its sessions and what it develops; the participant's own place (ask,
/// cancel, check in, certificate); for those who run it, the participants, attendance and closing.
struct ActivityPage {
    struct Mine {
        var enrolmentID: UUID
        var state: EnrolmentState
        var certificate: String?
        var note: String?
        /// The participant's reaction (L1): may give it now, or already has.
        var reaction: ReactionStatus? = nil
    }

    enum ReactionStatus { case may, done }

    struct Model {
        var chrome: PageChrome
        var agencyCode: String?
        var activity: ActivityDetail
        var provider: String
        var competencyNames: [String: String]
        var mine: Mine?
        var canEnrol: Bool
        var canRun: Bool
        var canManage: Bool
        var today: String
        /// The kinds of test the activity has ("pre", "post").
        var tests: Set<String> = []
        var error: String?
    }

    static func render(_ m: Model) -> HTML {
        let a = m.activity
        return Layout.page(m.chrome) {
            if let code = m.agencyCode { tag("p") { link(SiteURL.activities(code), "‹ Semua kegiatan") } }
            tag("h1") { txt(a.title) }
            if let error = m.error { tag("p") { txt(error) }.cls("error").attr("role", "alert") }
            UI.facts([
                ("Jenis diklat", a.jenisDiklat ?? "-"), ("Penyelenggara", m.provider),
                ("Moda", LearningMode(rawValue: a.mode)?.label ?? a.mode), ("Tempat", a.place ?? "-"),
                ("Jam pelajaran", a.jp.display),
                ("Kapasitas", a.capacity.map { "\(a.seatsTaken) dari \($0) kursi terisi" } ?? "Tidak dibatasi"),
                ("Status", ActivityStatus(rawValue: a.status)?.label ?? a.status),
                ("Syarat selesai", completionText(a)),
            ])
            if let d = a.description { tag("p") { txt(d) } }
            if m.canManage { statusActions(m) }
            mine(m)
            tag("h2") { txt("Jadwal") }
            UI.table(headers: ["Tanggal", "Jam"] + (m.canRun ? ["Kode hadir", "Kehadiran"] : []), stacked: true) {
                for s in a.sessions {
                    tag("tr") {
                        UI.cell("Tanggal") { txt(CivilDate(iso: s.date).map(IndonesianFormat.date) ?? s.date) }
                        UI.cell("Jam") { txt("\(s.startsAt)–\(s.endsAt)") }
                        if m.canRun {
                            UI.cell("Kode hadir") { tag("code") { txt(s.checkinCode ?? "-") } }
                            UI.cell("Kehadiran") {
                                if ActivityStatus(rawValue: a.status)?.takesAttendance == true {
                                    link(SiteURL.attendanceSheet(a.id, s.id), "Isi daftar hadir")
                                } else {
                                    txt("-")
                                }
                            }
                        }
                    }
                }
            }
            if !a.competencies.isEmpty {
                tag("h2") { txt("Kompetensi yang dikembangkan") }
                tag("ul") {
                    for c in a.competencies {
                        tag("li") { txt("\(c.code) \(m.competencyNames[c.code] ?? "") — level \(c.level)") }
                    }
                }
            }
            if m.canRun {
                tag("p") {
                    link(
                        SitePath.kegiatanEvaluasi.link(a.id.uuidString), "Lihat evaluasi kegiatan",
                        cls: "btn btn-secondary")
                }
                tag("h2") { txt("Pre-test dan post-test") }
                tag("p") {
                    for kind in ActivityTest.Kind.allCases {
                        link(
                            SitePath.kegiatanTesUbah.link(a.id.uuidString, kind.rawValue),
                            (m.tests.contains(kind.rawValue) ? "Ubah " : "Susun ") + kind.label.lowercased())
                        txt(" ")
                    }
                }
            }
            if m.canRun, let participants = a.participants { ParticipantsSection.render(m, participants) }
        }
    }

    /// The manager's buttons for the statuses the activity may move to (closing is below, with the participants).
    @ComponentBuilder
    static func statusActions(_ m: Model) -> Component {
        let next = ActivityStatus(rawValue: m.activity.status)?.nextByHand ?? []
        if !next.isEmpty {
            tag("div") {
                link(SitePath.kegiatanUbah.link(m.activity.id.uuidString), "Ubah kegiatan", cls: "btn btn-small")
                for status in next where status != .cancelled {
                    statusForm(m, status, cls: status == .planned ? "btn-link" : "btn btn-small")
                }
            }.cls("actions")
            if next.contains(.cancelled) {
                // Cancelling ends every place: one more step, without JavaScript.
                tag("details") {
                    tag("summary") { txt(ActivityStatus.cancelled.action + "…") }
                    tag("p") {
                        txt(
                            "Semua peserta, permintaan dan daftar tunggu kegiatan ini ikut dibatalkan. Tindakan ini tidak dapat diulang."
                        )
                    }
                    statusForm(m, .cancelled, label: "Ya, batalkan kegiatan", cls: "btn btn-small")
                }.cls("card")
            }
        }
    }

    static func statusForm(_ m: Model, _ status: ActivityStatus, label: String? = nil, cls: String)
        -> Component
    {
        postForm(action: SitePath.kegiatanStatus.link(m.activity.id.uuidString), csrf: m.chrome.csrf, cls: "inline") {
            voidTag("input", [("type", "hidden"), ("name", "status"), ("value", status.rawValue)])
            button(label ?? status.action, cls: cls)
        }
    }

    static func completionText(_ a: ActivityDetail) -> String {
        var text = "Hadir paling sedikit \(a.minAttendancePercent)% sesi"
        if let p = a.postTestPassingScore { text += " dan nilai post-test paling sedikit \(p)" }
        return text
    }

    @ComponentBuilder
    static func mine(_ m: Model) -> Component {
        if let mine = m.mine, mine.state != .cancelled, mine.state != .rejected {
            tag("section") {
                tag("h2") { txt("Keikutsertaan Anda") }
                tag("p") {
                    txt("Status: "); tag("b") { txt(mine.state.label) }
                }
                if let note = mine.note { tag("p") { txt(note) }.cls("muted") }
                if mine.state == .enrolled, m.activity.sessions.contains(where: { $0.date == m.today }) {
                    postForm(action: SitePath.kegiatanHadir.link(m.activity.id.uuidString), csrf: m.chrome.csrf) {
                        field(
                            "Kode hadir sesi hari ini", name: "kode", value: nil, required: true,
                            hint: "Enam huruf atau angka yang ditampilkan di tempat kegiatan.",
                            extra: [("autocapitalize", "characters"), ("autocomplete", "off")])
                        button("Catat kehadiran saya")
                    }
                }
                if mine.state == .enrolled {
                    for kind in ActivityTest.Kind.allCases where m.tests.contains(kind.rawValue) {
                        tag("p") {
                            link(
                                SiteURL.activityTest(m.activity.id, kind.rawValue),
                                "Kerjakan \(kind.label.lowercased())", cls: "btn")
                        }
                    }
                }
                if let code = mine.certificate {
                    tag("p") { link(SiteURL.certificate(code), "Lihat dan cetak sertifikat", cls: "btn") }
                }
                if mine.reaction == .may { ReactionForm.render(activityID: m.activity.id, csrf: m.chrome.csrf) }
                if mine.reaction == .done {
                    tag("p") { txt("Terima kasih, penilaian Anda atas kegiatan ini sudah tercatat.") }.cls("muted")
                }
                if [.requested, .enrolled, .waitlisted].contains(mine.state) {
                    postForm(action: SitePath.kegiatanBatal.link(m.activity.id.uuidString), csrf: m.chrome.csrf) {
                        button("Batalkan keikutsertaan", cls: "btn-link")
                    }
                }
            }.cls("card")
        } else if m.canEnrol {
            postForm(action: SitePath.kegiatanDaftar.link(m.activity.id.uuidString), csrf: m.chrome.csrf, cls: "card") {
                tag("p") {
                    txt(
                        m.activity.requiresApproval
                            ? "Pendaftaran memerlukan persetujuan kepala unit kerja Anda."
                            : "Anda langsung terdaftar bila masih ada kursi; bila penuh, Anda masuk daftar tunggu.")
                }
                button("Daftar kegiatan ini")
            }
        }
    }
}
