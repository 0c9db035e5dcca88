import AsahCore
import Foundation
import Plot

/// The facilitator's attendance list for one session: a tick per enrolled participant, made for a
/// phone; printed, it becomes a sheet with a column for signatures.
struct AttendancePage {
    struct Row {
        var nip: String
        var name: String
        var unit: String?
        var present: Bool
    }

    struct Model {
        var chrome: PageChrome
        var activityID: UUID
        var title: String
        var sessionID: UUID
        var date: String
        var time: String
        var checkinCode: String
        var rows: [Row]
        var error: String?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.activity(m.activityID), "‹ Kembali ke kegiatan") }.cls("no-print")
            tag("h1") { txt("Daftar hadir") }
            tag("p") {
                tag("b") { txt(m.title) }
                voidTag("br", [])
                txt((CivilDate(iso: m.date).map(IndonesianFormat.date) ?? m.date) + ", " + m.time)
            }
            tag("p") {
                txt("Kode hadir untuk peserta: "); tag("code") { txt(m.checkinCode) }
            }.cls("no-print")
            if let error = m.error { tag("p") { txt(error) }.cls("error").attr("role", "alert") }
            if m.rows.isEmpty {
                tag("p") { txt("Belum ada peserta terdaftar.") }.cls("muted")
            } else {
                postForm(action: SiteURL.attendanceSheet(m.activityID, m.sessionID), csrf: m.chrome.csrf, cls: "roll") {
                    tag("fieldset") {
                        tag("legend") { txt("Centang peserta yang hadir (\(m.rows.count) peserta terdaftar)") }
                        for (i, r) in m.rows.enumerated() {
                            tag("label") {
                                voidTag(
                                    "input",
                                    [
                                        ("type", "checkbox"), ("name", "hadir[]"), ("value", r.nip),
                                        ("checked", r.present ? "checked" : nil),
                                    ])
                                tag("span") {
                                    txt("\(i + 1). \(r.name)")
                                    voidTag("br", [])
                                    tag("small") { txt(NIP.format(r.nip) + (r.unit.map { " · " + $0 } ?? "")) }.cls(
                                        "muted")
                                }
                                tag("span") { txt("Tanda tangan: ____________") }.cls("sign")
                            }
                        }
                    }
                    tag("p") { button("Simpan daftar hadir") }.cls("no-print")
                }
            }
        }
    }
}

/// A printable certificate of completion with its verification code.
struct CertificatePage {
    struct Model {
        var chrome: PageChrome
        var certificate: IssuedCertificate
        var fullNIP: String
        var verifyURL: String
    }

    static func render(_ m: Model) -> HTML {
        let c = m.certificate
        return Layout.page(m.chrome) {
            tag("div") {
                tag("p") { txt(c.agency) }
                tag("h1") { txt("Sertifikat") }
                tag("p") { txt("diberikan kepada") }
                tag("p") { txt(c.name) }.cls("who")
                tag("p") { txt("NIP " + m.fullNIP) }
                tag("p") { txt("yang telah menyelesaikan") }
                tag("p") { tag("b") { txt(c.activity) } }
                tag("p") {
                    txt((c.jenisDiklat ?? "") + " · " + c.jp.display)
                    if let d = c.completedOn.flatMap(CivilDate.init(iso:)) { txt(" · " + IndonesianFormat.date(d)) }
                }
                tag("p") {
                    txt("Kode verifikasi ")
                    tag("b") { txt(c.code) }
                    voidTag("br", [])
                    tag("small") { txt("Periksa keaslian di " + m.verifyURL) }
                }
            }.cls("certificate")
            tag("p") { txt("Gunakan menu cetak peramban untuk mencetak atau menyimpan sebagai PDF.") }.cls(
                "muted no-print")
        }
    }
}
