import AsahCore
import Plot
import Vapor

/// Public check of a certificate: anyone (an employer, an auditor) types or scans the code printed on
/// it. Shows only what the certificate itself states, with the NIP masked.
struct VerificationPage {
    struct Model {
        var chrome: PageChrome
        var typed: String = ""
        var certificate: IssuedCertificate?
        var notFound = false
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Verifikasi sertifikat") }
            tag("p") {
                txt("Masukkan kode verifikasi yang tercetak pada sertifikat kegiatan pengembangan kompetensi.")
            }.cls("muted")
            tag("form") {
                field(
                    "Kode verifikasi", name: "kode", value: m.typed, required: true, hint: "Contoh: 7KQ2M-9XD4R",
                    extra: [("autocapitalize", "characters"), ("autocomplete", "off")])
                button("Periksa")
            }.attr("method", "get").attr("action", SitePath.verifikasi.link()).cls("card")
            if let c = m.certificate {
                tag("section") {
                    tag("h2") { txt("Sertifikat sah") }.cls("ok")
                    UI.facts([
                        ("Nama", c.name), ("NIP", NIP.format(c.nip)), ("Instansi", c.agency), ("Kegiatan", c.activity),
                        ("Jenis diklat", c.jenisDiklat ?? "-"), ("Jam pelajaran", c.jp.display),
                        (
                            "Tanggal selesai",
                            c.completedOn.flatMap(CivilDate.init(iso:)).map(IndonesianFormat.date) ?? "-"
                        ),
                        ("Kode", c.code),
                    ])
                }.cls("card").attr("aria-live", "polite")
            } else if m.notFound {
                tag("p") {
                    txt(
                        "Kode \(m.typed) tidak terdaftar. Periksa kembali penulisannya; huruf O dan angka 0 dianggap sama."
                    )
                }.cls("error").attr("role", "alert")
            }
        }
    }
}
