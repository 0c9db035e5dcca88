import AsahCore
import Foundation
import Plot

/// The activation slips of accounts just opened or reset, to print and hand over: the codes are shown
/// only here, once; a lost slip means a reset.
struct AccountSlipsPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String?
        var agencyName: String
        var zone: IndonesianTimeZone
        var slips: [AccountService.Slip]
        var skipped: Int
        /// Where the slips send people, e.g. `https://asah.medan.go.id/aktivasi`.
        var activationAddress: String
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt(m.slips.count == 1 ? "Slip aktivasi akun" : "Slip aktivasi \(m.slips.count) akun") }
            tag("div") {
                if m.slips.isEmpty {
                    tag("p") { txt("Tidak ada akun baru: semua pegawai yang dipilih sudah punya akun.") }
                } else {
                    tag("p") {
                        txt("Cetak halaman ini (Ctrl+P), gunting per slip, dan serahkan kepada pemiliknya. ")
                        txt("Kode hanya ditampilkan sekali; jika slip hilang, atur ulang akunnya untuk kode baru.")
                    }
                }
                if m.skipped > 0 {
                    tag("p") { txt("\(UI.number(m.skipped)) pegawai dilewati karena sudah punya akun.") }
                        .cls("muted")
                }
                if let code = m.agencyCode { tag("p") { link(SiteURL.accounts(code), "Kembali ke daftar akun") } }
            }.cls("no-print")
            tag("div") {
                for slip in m.slips {
                    tag("article") {
                        tag("h2") { txt(slip.name) }
                        tag("p") { txt(m.agencyName + (slip.unitName.map { " · " + $0 } ?? "")) }.cls("muted")
                        UI.facts(
                            [("NIP", slip.nip.map(NIP.format) ?? "-"), ("Nama pengguna", slip.username)])
                        tag("p") { txt("Kode aktivasi") }.cls("muted")
                        tag("p") { txt(slip.code) }.cls("code")
                        tag("p") {
                            txt("Buka \(m.activationAddress), isi nama pengguna dan kode ini, lalu buat kata sandi ")
                            txt("Anda sendiri. Kode berlaku sampai ")
                            txt(IndonesianFormat.date(CivilDate(slip.expiresAt, in: m.zone.timeZone)) + ".")
                        }.cls("hint")
                    }.cls("slip")
                }
            }.cls("slips")
        }
    }
}
