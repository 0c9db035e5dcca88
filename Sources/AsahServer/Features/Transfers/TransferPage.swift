import AsahCore
import Foundation
import Plot

/// "Mutasi pegawai": the agency's managers ask another agency for a NIP, decide what others ask of
/// them, and follow both.
struct TransferPage {
    struct Model {
        var chrome: PageChrome
        var agencyID: UUID
        var agencyCode: String
        var agencyName: String
        var zone: IndonesianTimeZone
        var rows: [TransferQueries.Row]
        var actor: Actor
        var nip: String
        var error: String?
    }

    static func render(_ m: Model) -> HTML {
        let incoming = m.rows.filter { $0.fromAgencyID == m.agencyID && $0.state == .pending }
        let asked = m.rows.filter { $0.toAgencyID == m.agencyID }
        let given = m.rows.filter { $0.fromAgencyID == m.agencyID && $0.state != .pending }
        return Layout.page(m.chrome) {
            tag("h1") { txt("Mutasi pegawai") }
            tag("p") { link(SiteURL.agency(m.agencyCode), "Kembali ke \(m.agencyName)") }
            tag("p") {
                txt(
                    "Instansi penerima meminta pegawai dengan NIP-nya; pengelola instansi asal menyetujui atau menolak. "
                        + "Setelah disetujui, pegawai pindah beserta catatan JP, penilaian kompetensi, sertifikat dan "
                        + "riwayatnya, dengan keterangan instansi tempat setiap catatan diperoleh. Unit kerja dan "
                        + "jabatannya diatur oleh instansi penerima.")
            }.cls("hint")
            postForm(action: SiteURL.transfers(m.agencyCode), csrf: m.chrome.csrf, cls: "card") {
                tag("h2") { txt("Minta pegawai dari instansi lain") }
                field(
                    "NIP", name: "nip", value: m.nip, error: m.error, required: true,
                    extra: [("inputmode", "numeric"), ("autocomplete", "off")])
                tag("div") { button("Kirim permintaan") }.cls("actions")
            }
            waiting(m, incoming)
            section(
                "Permintaan instansi Anda", asked, empty: "Belum ada permintaan.", m,
                other: ("Instansi asal", { $0.fromName }))
            section(
                "Keputusan atas pegawai Anda", given, empty: "Belum ada keputusan.", m,
                other: ("Instansi penerima", { $0.toName }))
        }
    }

    static func waiting(_ m: Model, _ rows: [TransferQueries.Row]) -> Component {
        tag("section") {
            tag("h2") { txt("Menunggu keputusan Anda") }
            if rows.isEmpty {
                tag("p") { txt("Tidak ada permintaan mutasi atas pegawai instansi ini.") }.cls("card")
            } else {
                UI.table(headers: ["Pegawai", "Diminta oleh", "Tanggal", "Keputusan"], stacked: true) {
                    for t in rows {
                        tag("tr") {
                            UI.cell("Pegawai") {
                                link(SiteURL.employee(t.nip), t.employeeName)
                                tag("small") { txt(" · " + NIP.format(t.nip)) }.cls("muted nip")
                            }
                            UI.cell("Diminta oleh") { txt(t.toName) }
                            UI.cell("Tanggal") { txt(day(t.requestedAt, m.zone)) }
                            UI.cell("Keputusan") {
                                postForm(action: SiteURL.transferDecision(t.id), csrf: m.chrome.csrf) {
                                    voidTag("input", [("type", "hidden"), ("name", "approve"), ("value", "1")])
                                    button("Setujui mutasi")
                                }
                                postForm(action: SiteURL.transferDecision(t.id), csrf: m.chrome.csrf) {
                                    voidTag("input", [("type", "hidden"), ("name", "approve"), ("value", "0")])
                                    field(
                                        "Alasan menolak", name: "reason", value: nil,
                                        id: "reason-" + t.id.uuidString, extra: [("maxlength", "500")])
                                    button("Tolak", cls: "btn btn-secondary")
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func section(
        _ title: String, _ rows: [TransferQueries.Row], empty: String, _ m: Model,
        other: (String, (TransferQueries.Row) -> String)
    ) -> Component {
        tag("section") {
            tag("h2") { txt(title) }
            if rows.isEmpty {
                tag("p") { txt(empty) }.cls("card")
            } else {
                UI.table(headers: ["Pegawai", other.0, "Diminta", "Status"], stacked: true) {
                    for t in rows {
                        tag("tr") {
                            UI.cell("Pegawai") {
                                if AccessPolicy.seesTransferredName(from: t.fromAgencyID, state: t.state, m.actor) {
                                    if t.state == .approved && t.toAgencyID == m.agencyID {
                                        link(SiteURL.editEmployee(t.nip), t.employeeName)
                                    } else {
                                        txt(t.employeeName)
                                    }
                                    tag("small") { txt(" · ") }.cls("muted")
                                }
                                tag("span") { txt(NIP.format(t.nip)) }.cls("nip")
                            }
                            UI.cell(other.0) { txt(other.1(t)) }
                            UI.cell("Diminta") { txt(day(t.requestedAt, m.zone)) }
                            UI.cell("Status") {
                                txt(t.state.label)
                                if let decided = t.decidedAt { txt(" · " + day(decided, m.zone)) }
                                if let reason = t.reason { tag("div") { txt(reason) }.cls("muted") }
                                if t.state == .approved && t.toAgencyID == m.agencyID {
                                    tag("div") {
                                        link(SiteURL.editEmployee(t.nip), "Atur unit kerja dan jabatan")
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func day(_ date: Date, _ zone: IndonesianTimeZone) -> String {
        IndonesianFormat.date(CivilDate(date, in: zone.timeZone))
    }
}
