import AsahCore
import Foundation
import Plot

/// An employee's external learning: what they recorded and its state, and the form to record more.
struct ExternalLearningPage {
    struct Model {
        var chrome: PageChrome
        var nip: String
        var name: String
        var canSubmit: Bool
        var rows: [ExternalLearningQueries.Record]
        var input: ExternalLearningInput
        var errors: [String: String]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.employee(m.nip), "‹ " + m.name) }
            tag("h1") { txt("Pelatihan di luar instansi") }
            tag("p") {
                txt(
                    "Pelatihan, seminar atau kursus yang diikuti di luar kegiatan instansi. Setelah diperiksa pengelola kepegawaian, JP-nya masuk ke catatan JP tahunan."
                )
            }.cls("muted")
            if m.rows.isEmpty {
                tag("p") { txt("Belum ada catatan.") }.cls("card")
            } else {
                UI.table(headers: ["Pelatihan", "Tanggal", "JP", "Status"], stacked: true) {
                    for r in m.rows {
                        tag("tr") {
                            UI.cell("Pelatihan") {
                                txt(r.title)
                                voidTag("br", [])
                                tag("small") {
                                    txt(r.provider + " · " + (JenisDiklat.byID(r.jenisDiklatID)?.name ?? ""))
                                }.cls("muted")
                            }
                            UI.cell("Tanggal") { txt(ActivityListPage.dates(r.startedOn, r.finishedOn)) }
                            UI.cell("JP") { txt(JP(hundredths: r.jpHundredths).number) }
                            UI.cell("Status") {
                                txt(ExternalLearning.State(rawValue: r.state)?.label ?? r.state)
                                if let reason = r.reason {
                                    voidTag("br", []); tag("small") { txt("Alasan: " + reason) }
                                }
                            }
                        }
                    }
                }
            }
            if m.canSubmit { form(m) }
        }
    }

    static func form(_ m: Model) -> Component {
        let i = m.input
        return postForm(action: SiteURL.externalLearning(m.nip), csrf: m.chrome.csrf, multipart: true, cls: "card") {
            tag("h2") { txt("Catat pelatihan") }
            if !m.errors.isEmpty {
                tag("p") { txt("Catatan belum tersimpan. Perbaiki isian yang ditandai.") }.cls("error").attr(
                    "role", "alert")
            }
            field("Nama pelatihan", name: "title", value: i.title, error: m.errors["title"], required: true)
            selectField(
                "Jenis diklat (SIASN)", name: "jenis_diklat_id",
                options: JenisDiklat.all.map { (String($0.id), "\($0.id). \($0.name)") }, selected: i.jenisDiklatID,
                error: m.errors["jenis_diklat_id"], includeEmpty: "Pilih jenis diklat")
            field("Penyelenggara", name: "provider", value: i.provider, error: m.errors["provider"], required: true)
            tag("div") {
                field(
                    "Tanggal mulai", name: "started_on", value: i.startedOn, error: m.errors["started_on"],
                    type: "date",
                    required: true)
                field(
                    "Tanggal selesai", name: "finished_on", value: i.finishedOn, error: m.errors["finished_on"],
                    type: "date", required: true)
            }.cls("session-row")
            field(
                "JP pada sertifikat", name: "jp", value: i.jp, error: m.errors["jp"],
                hint: "Untuk pelatihan yang dihitung sesuai jam pelajaran. Seminar dan lokakarya dihitung per hari.",
                extra: [("inputmode", "decimal")])
            field("Nomor sertifikat", name: "certificate_no", value: i.certificateNo, error: m.errors["certificate_no"])
            tag("div") {
                voidTag(
                    "input",
                    [
                        ("type", "checkbox"), ("id", "f-international"), ("name", "international"), ("value", "ya"),
                        ("checked", i.international ? "checked" : nil),
                    ])
                tag("label") { txt("Diselenggarakan di luar negeri") }.attr("for", "f-international")
            }.cls("field check")
            field(
                "Sertifikat (PDF, JPG atau PNG, paling besar 5 MB)", name: "sertifikat", value: nil,
                error: m.errors["sertifikat"], type: "file", required: true,
                extra: [("accept", ".pdf,.jpg,.jpeg,.png")])
            button("Kirim untuk diperiksa")
        }
    }
}

/// The manager's queue of records waiting for a decision.
struct ExternalLearningQueuePage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var rows: [ExternalLearningQueries.Record]
        var error: String?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Pemeriksaan pelatihan di luar instansi") }
            if let error = m.error { tag("p") { txt(error) }.cls("error").attr("role", "alert") }
            if m.rows.isEmpty { tag("p") { txt("Tidak ada catatan yang menunggu pemeriksaan.") }.cls("card") }
            for r in m.rows {
                tag("section") {
                    tag("h2") { txt(r.title) }
                    UI.facts([
                        ("Pegawai", "\(r.name) (\(r.nip))"), ("Penyelenggara", r.provider),
                        ("Jenis diklat", JenisDiklat.byID(r.jenisDiklatID)?.name ?? "-"),
                        ("Tanggal", ActivityListPage.dates(r.startedOn, r.finishedOn)),
                        ("JP", JP(hundredths: r.jpHundredths).display), ("Nomor sertifikat", r.certificateNo ?? "-"),
                    ])
                    tag("p") { link(SiteURL.externalProof(r.id), "Lihat sertifikat (\(r.proofFilename))") }
                    postForm(action: SiteURL.externalDecision(r.id), csrf: m.chrome.csrf, cls: "inline") {
                        voidTag("input", [("type", "hidden"), ("name", "keputusan"), ("value", "terima")])
                        button("Terima dan catat JP")
                    }
                    postForm(action: SiteURL.externalDecision(r.id), csrf: m.chrome.csrf) {
                        voidTag("input", [("type", "hidden"), ("name", "keputusan"), ("value", "tolak")])
                        tag("div") {
                            tag("label") { txt("Alasan penolakan") }.attr("for", "alasan-" + r.id.uuidString)
                            voidTag(
                                "input", [("type", "text"), ("name", "alasan"), ("id", "alasan-" + r.id.uuidString)])
                        }.cls("field")
                        button("Tolak", cls: "btn-link")
                    }
                }.cls("card")
            }
        }
    }
}
