import AsahCore
import Foundation
import Plot

/// One account for a manager: its roles, the unit a unit head leads, whether it may sign in, and a
/// reset that hands out a new activation code.
struct AccountPage {
    struct Model {
        var chrome: PageChrome
        var account: AccountQueries.Listed
        var agencyCode: String?
        var zone: IndonesianTimeZone
        var units: [(id: String, name: String)]
        var roles: Set<Role>
        var unit: String
        var active: Bool
        var isSelf: Bool
        /// An administrator looking at another account: the administrator role is on the form.
        var grantsAdmin = false
        var errors: [String: String] = [:]
    }

    static func render(_ m: Model) -> HTML {
        let a = m.account
        return Layout.page(m.chrome) {
            tag("h1") { txt(a.displayName) }
            if let code = m.agencyCode { tag("p") { link(SiteURL.accounts(code), "Kembali ke daftar akun") } }
            UI.facts(
                [
                    ("Nama pengguna", a.username), ("NIP", a.nip.map(NIP.format) ?? "-"),
                    ("Unit kerja", a.unitName ?? "-"), ("Status", AccountListPage.status(a, zone: m.zone)),
                ])
            if let error = m.errors["form"] { tag("p") { txt(error) }.cls("error").attr("role", "alert") }
            postForm(action: SiteURL.account(a.username), csrf: m.chrome.csrf, cls: "card") {
                tag("h2") { txt("Peran dan status") }
                AccountListPage.roleChoices(
                    selected: m.roles, error: m.errors["roles"],
                    roles: AccountRules.agencyRoles + (m.grantsAdmin ? [.admin] : []))
                selectField(
                    "Unit kerja yang dipimpin (untuk kepala unit)", name: "unit",
                    options: m.units.map { ($0.id, $0.name) }, selected: m.unit, error: m.errors["unit"],
                    includeEmpty: "— bukan kepala unit —")
                if !m.isSelf {
                    tag("div") {
                        voidTag(
                            "input",
                            [
                                ("type", "checkbox"), ("id", "f-aktif"), ("name", "aktif"), ("value", "ya"),
                                ("checked", m.active ? "checked" : nil),
                            ])
                        tag("label") { txt("Akun aktif (boleh masuk)") }.attr("for", "f-aktif")
                    }.cls("check")
                }
                button("Simpan")
            }
            if !m.isSelf {
                postForm(action: SiteURL.resetAccount(a.username), csrf: m.chrome.csrf, cls: "card") {
                    tag("h2") { txt("Atur ulang kata sandi") }
                    tag("p") {
                        txt("Pemilik akun mendapat kode aktivasi baru untuk membuat kata sandi lagi. Kata sandi lama ")
                        txt("dan semua sesi masuknya, di peramban maupun aplikasi, langsung berhenti berlaku.")
                    }.cls("hint")
                    button("Atur ulang dan cetak kode baru", cls: "btn btn-secondary")
                }
            }
        }
    }
}
