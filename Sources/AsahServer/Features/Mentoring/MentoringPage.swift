import AsahCore
import Foundation
import Plot

/// An employee's mentorships, as mentee or as mentor: the goal, the sessions with who confirmed
/// them and the JP they gave, the form to log a session and, for the other side, "Konfirmasi".
struct MentoringPage {
    struct Session {
        var id: UUID
        var heldOn: String
        var minutes: Int
        var topic: String
        var actions: String?
        var loggedBy: MentorshipSide
        var confirmed: Bool
        var credited: Int?
        var note: String?
    }

    struct Pair {
        var id: UUID
        var kind: MentorshipKind
        var goal: String
        var period: String
        var mentorName: String
        var menteeName: String
        /// The viewer's side, when they are one of the two.
        var mySide: MentorshipSide?
        var sessions: [Session]
    }

    struct Model {
        var chrome: PageChrome
        var nip: String
        var name: String
        var pairs: [Pair]
        var canCreate: Bool
        var input: MentorshipInput
        var errors: [String: String]
        var today: String
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.employee(m.nip), "‹ " + m.name) }
            tag("h1") { txt("Mentoring dan coaching") }
            if m.pairs.isEmpty { tag("p") { txt("Belum ada pembimbingan.") }.cls("card") }
            for p in m.pairs { pair(m, p) }
            if m.canCreate { createForm(m) }
        }
    }

    static func pair(_ m: Model, _ p: Pair) -> Component {
        tag("section") {
            tag("h2") { txt("\(p.kind.label): \(p.menteeName)") }
            UI.facts([("Mentor", p.mentorName), ("Dibimbing", p.menteeName), ("Tujuan", p.goal), ("Masa", p.period)])
            if !p.sessions.isEmpty {
                UI.table(headers: ["Tanggal", "Topik", "Dicatat oleh", "Status"], stacked: true) {
                    for s in p.sessions {
                        tag("tr") {
                            UI.cell("Tanggal") {
                                txt(
                                    (CivilDate(iso: s.heldOn).map(IndonesianFormat.date) ?? s.heldOn)
                                        + " · \(s.minutes) menit")
                            }
                            UI.cell("Topik") {
                                txt(s.topic)
                                if let a = s.actions {
                                    voidTag("br", []); tag("small") { txt("Tindak lanjut: " + a) }.cls("muted")
                                }
                            }
                            UI.cell("Dicatat oleh") { txt(s.loggedBy == .mentor ? "Mentor" : "Pegawai yang dibimbing") }
                            UI.cell("Status") { status(m, p, s) }
                        }
                    }
                }
            }
            if p.mySide != nil {
                postForm(action: SiteURL.mentoringSessions(p.id), csrf: m.chrome.csrf) {
                    tag("h3") { txt("Catat sesi") }
                    tag("div") {
                        field(
                            "Tanggal", name: "held_on", value: m.today, type: "date", required: true,
                            id: "held-\(p.id.uuidString)")
                        field(
                            "Lama (menit)", name: "minutes", value: "60", type: "number", required: true,
                            id: "min-\(p.id.uuidString)", extra: [("min", "15"), ("max", "480")])
                    }.cls("session-row")
                    field("Topik", name: "topic", value: nil, required: true, id: "topic-\(p.id.uuidString)")
                    field("Tindak lanjut yang disepakati", name: "actions", value: nil, id: "act-\(p.id.uuidString)")
                    button("Simpan sesi")
                }
            }
        }.cls("card")
    }

    @ComponentBuilder
    static func status(_ m: Model, _ p: Pair, _ s: Session) -> Component {
        if s.confirmed {
            txt(
                s.credited.map { $0 > 0 ? "Dikonfirmasi · \(JP(hundredths: $0).display)" : "Dikonfirmasi" }
                    ?? "Dikonfirmasi")
            if let note = s.note { voidTag("br", []); tag("small") { txt(note) }.cls("muted") }
        } else if p.mySide == s.loggedBy.other {
            postForm(action: SiteURL.mentoringConfirm(s.id), csrf: m.chrome.csrf, cls: "inline") {
                button("Konfirmasi", cls: "btn btn-small")
            }
        } else {
            txt(s.loggedBy == .mentor ? "Menunggu konfirmasi pegawai yang dibimbing" : "Menunggu konfirmasi mentor")
        }
    }

    static func createForm(_ m: Model) -> Component {
        postForm(action: SiteURL.mentoring(m.nip), csrf: m.chrome.csrf, cls: "card") {
            tag("h2") { txt("Pembimbingan baru untuk \(m.name)") }
            if !m.errors.isEmpty {
                tag("p") { txt("Belum tersimpan. Perbaiki isian yang ditandai.") }.cls("error").attr("role", "alert")
            }
            field(
                "NIP mentor atau coach", name: "mentor_nip", value: m.input.mentorNIP, error: m.errors["mentor_nip"],
                required: true,
                hint: "Boleh dari unit kerja lain dalam instansi.", extra: [("inputmode", "numeric")])
            selectField(
                "Jenis", name: "kind", options: MentorshipKind.allCases.map { ($0.rawValue, $0.label) },
                selected: m.input.kind, error: m.errors["kind"])
            field("Tujuan", name: "goal", value: m.input.goal, error: m.errors["goal"], required: true)
            tag("div") {
                field(
                    "Mulai", name: "starts_on", value: m.input.startsOn, error: m.errors["starts_on"], type: "date",
                    required: true)
                field(
                    "Selesai", name: "ends_on", value: m.input.endsOn, error: m.errors["ends_on"], type: "date",
                    required: true)
            }.cls("session-row")
            button("Simpan pembimbingan")
        }
    }
}
