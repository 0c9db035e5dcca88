import AsahCore
import Foundation
import Plot

/// Requests for a place waiting on the viewer's decision (a unit head's staff, or the whole agency
/// for a manager), each approved or refused in one tap.
struct ApprovalPage {
    struct Model {
        var chrome: PageChrome
        var scopeName: String
        var rows: [ApprovalQueries.PlaceRequest]
        var error: String?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Persetujuan kegiatan") }
            tag("p") {
                txt(
                    "Permintaan ikut kegiatan pengembangan kompetensi dari pegawai \(m.scopeName) yang menunggu keputusan Anda. Pegawai yang disetujui mendapat tempat, atau masuk daftar tunggu bila kegiatan sudah penuh."
                )
            }.cls("muted")
            if let error = m.error { tag("p") { txt(error) }.cls("error").attr("role", "alert") }
            if m.rows.isEmpty {
                tag("p") { txt("Tidak ada permintaan yang menunggu keputusan.") }.cls("card")
            } else {
                UI.table(headers: ["Pegawai", "Kegiatan", "Tanggal", "JP", "Keputusan"], stacked: true) {
                    for r in m.rows {
                        tag("tr") {
                            UI.cell("Pegawai") {
                                txt(r.name)
                                voidTag("br", [])
                                tag("small") { txt(NIP.format(r.nip) + (r.unitName.map { " · " + $0 } ?? "")) }.cls(
                                    "muted")
                            }
                            UI.cell("Kegiatan") { link(SiteURL.activity(r.activityID), r.title) }
                            UI.cell("Tanggal") { txt(ActivityListPage.dates(r.firstDay, r.lastDay)) }
                            UI.cell("JP") { txt(JP(hundredths: r.jpHundredths).number) }
                            UI.cell("Keputusan") { decision(m, r) }
                        }
                    }
                }
            }
        }
    }

    static func decision(_ m: Model, _ r: ApprovalQueries.PlaceRequest) -> Component {
        tag("div") {
            decisionForms(
                action: SitePath.persetujuanKegiatanByEnrolment.link(r.enrolmentID.uuidString), csrf: m.chrome.csrf)
        }
    }

    /// Approve and refuse, as two one-button forms (also on the activity's participant list).
    @ComponentBuilder
    static func decisionForms(action: String, csrf: String) -> Component {
        postForm(action: action, csrf: csrf, cls: "inline") {
            voidTag("input", [("type", "hidden"), ("name", "setuju"), ("value", "ya")])
            button("Setujui", cls: "btn btn-small")
        }
        postForm(action: action, csrf: csrf, cls: "inline") {
            voidTag("input", [("type", "hidden"), ("name", "setuju"), ("value", "tidak")])
            button("Tolak", cls: "btn-link")
        }
    }
}
