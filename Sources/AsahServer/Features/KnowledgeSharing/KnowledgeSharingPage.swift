import AsahCore
import Plot
import Vapor

/// The agency's komunitas belajar: sessions waiting on the viewer's confirmation (with "Konfirmasi" and
/// "Tolak"), the confirmed sessions and the viewer's own in any state, the form to record one (the
/// signed-in employee hosts) and, for managers, the window in days.
struct KnowledgeSharingPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var lines: [KnowledgeSharingQueries.Line]
        var awaiting: [KnowledgeSharingQueries.Line]
        var viewer: UUID?
        var canRecord: Bool
        var input: KnowledgeSessionInput
        var errors: [String: String]
        var error: String?
        var windowDays: Int
        /// The window form's value and error, for managers only.
        var setting: (value: String, error: String?)?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.activities(m.agencyCode), "‹ Kegiatan pengembangan") }
            tag("h1") { txt("Komunitas belajar") }
            tag("p") {
                txt(
                    "Sesi berbagi pengetahuan antarpegawai. Pembawa materi mencatat sesinya paling lambat \(m.windowDays) hari setelah berlangsung. Setelah kepala unit kerjanya atau pengelola mengonfirmasi, pembawa materi dan setiap peserta mendapat JP sesuai lama sesi, paling banyak 2 JP per hari."
                )
            }.cls("muted")
            if let error = m.error { tag("p") { txt(error) }.cls("error").attr("role", "alert") }
            if !m.awaiting.isEmpty { awaiting(m) }
            tag("h2") { txt("Sesi") }
            if m.lines.isEmpty {
                tag("p") { txt("Belum ada sesi yang dikonfirmasi.") }.cls("card")
            } else {
                UI.table(headers: ["Tanggal", "Topik", "Pembawa materi", "Orang", "Status"], stacked: true) {
                    for l in m.lines {
                        tag("tr") {
                            cells(l)
                            UI.cell("Status") { status(l) }
                        }
                    }
                }
            }
            if m.canRecord { recordForm(m) }
            if let s = m.setting { settingForm(m, value: s.value, error: s.error) }
        }
    }

    @ComponentBuilder
    static func cells(_ l: KnowledgeSharingQueries.Line) -> Component {
        UI.cell("Tanggal") {
            txt((CivilDate(iso: l.heldOn).map(IndonesianFormat.date) ?? l.heldOn) + " · \(l.minutes) menit")
        }
        UI.cell("Topik") { txt(l.topic) }
        UI.cell("Pembawa materi") { txt(l.hostName) }
        UI.cell("Orang") { txt(String(l.attendees)) }
    }

    @ComponentBuilder
    static func status(_ l: KnowledgeSharingQueries.Line) -> Component {
        let state = l.state
        tag("span") { txt(state.label) }.cls("badge")
        if state == .rejected, let note = l.decisionNote {
            voidTag("br", [])
            tag("small") { txt(note) }.cls("muted")
        }
    }

    static func awaiting(_ m: Model) -> Component {
        tag("section") {
            tag("h2") { txt("Menunggu konfirmasi Anda") }
            tag("p") {
                txt(
                    "Pastikan sesi ini memang berlangsung dan pesertanya hadir. JP baru tercatat setelah Anda mengonfirmasi."
                )
            }
            .cls("muted")
            UI.table(headers: ["Tanggal", "Topik", "Pembawa materi", "Orang", "Keputusan"], stacked: true) {
                for l in m.awaiting {
                    tag("tr") {
                        cells(l)
                        UI.cell("Keputusan") {
                            postForm(action: SiteURL.knowledgeConfirm(l.id), csrf: m.chrome.csrf, cls: "inline") {
                                button("Konfirmasi", cls: "btn btn-small")
                            }
                            postForm(action: SiteURL.knowledgeReject(l.id), csrf: m.chrome.csrf, cls: "inline") {
                                tag("label") { txt("Alasan penolakan") }.attr("for", "catatan-" + l.id.uuidString).cls(
                                    "sr-only")
                                voidTag(
                                    "input",
                                    [
                                        ("type", "text"), ("name", "catatan"), ("id", "catatan-" + l.id.uuidString),
                                        ("placeholder", "Alasan (boleh kosong)"), ("maxlength", "500"),
                                    ])
                                button("Tolak", cls: "btn-link")
                            }
                        }
                    }
                }
            }
        }.cls("card")
    }

    static func recordForm(_ m: Model) -> Component {
        postForm(action: SiteURL.knowledgeSharing(m.agencyCode), csrf: m.chrome.csrf, cls: "card") {
            tag("h2") { txt("Catat sesi yang Anda bawakan") }
            tag("p") { txt("Sesi menunggu konfirmasi kepala unit kerja Anda atau pengelola sebelum JP tercatat.") }.cls(
                "muted")
            field("Topik", name: "topic", value: m.input.topic, error: m.errors["topic"], required: true)
            tag("div") {
                field(
                    "Tanggal", name: "held_on", value: m.input.heldOn, error: m.errors["held_on"], type: "date",
                    required: true,
                    hint: "Hari ini atau sampai \(m.windowDays) hari ke belakang, dalam tahun berjalan.")
                field(
                    "Lama (menit)", name: "minutes", value: m.input.minutes, error: m.errors["minutes"], type: "number",
                    required: true, extra: [("min", "15"), ("max", "480")])
            }.cls("session-row")
            tag("div") {
                tag("label") { txt("NIP peserta (satu per baris)") }.attr("for", "f-attendees")
                tag("textarea") { txt(m.input.attendees) }.attr("id", "f-attendees").attr("name", "attendees").attr(
                    "rows", "5"
                )
                .attr("aria-invalid", m.errors["attendees"] == nil ? nil : "true")
                if let e = m.errors["attendees"] { tag("p") { txt(e) }.cls("field-error") }
            }.cls(m.errors["attendees"] == nil ? "field" : "field has-error")
            field("Ringkasan", name: "summary", value: m.input.summary, error: m.errors["summary"])
            button("Simpan sesi")
        }
    }

    static func settingForm(_ m: Model, value: String, error: String?) -> Component {
        postForm(action: SiteURL.knowledgeSetting(m.agencyCode), csrf: m.chrome.csrf, cls: "card") {
            tag("h2") { txt("Batas waktu pencatatan") }
            field(
                "Hari setelah sesi", name: "window_days", value: value, error: error, type: "number", required: true,
                hint:
                    "Sesi lebih lama dari ini, atau dari tahun yang sudah lewat, tidak dapat dicatat. Bawaan \(KnowledgeSharingRules.defaultWindowDays) hari.",
                extra: [
                    ("min", "\(KnowledgeSharingRules.windowDaysRange.lowerBound)"),
                    ("max", "\(KnowledgeSharingRules.windowDaysRange.upperBound)"),
                ])
            button("Simpan")
        }
    }
}
