import AsahCore
import Plot

/// One's own account: who Asah knows one as, and changing one's password.
struct MyAccountPage {
    struct Model {
        var chrome: PageChrome
        var username: String
        var roles: [Role]
        var errors: [String: String] = [:]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Akun saya") }
            UI.facts(
                [("Nama pengguna", m.username), ("Peran", m.roles.map(\.label).joined(separator: ", "))])
            if !m.errors.isEmpty {
                tag("p") { txt("Kata sandi belum diubah. Periksa isian yang ditandai.") }.cls("error")
                    .attr("role", "alert")
            }
            postForm(action: SiteURL.myAccount, csrf: m.chrome.csrf, cls: "card") {
                tag("h2") { txt("Ubah kata sandi") }
                field(
                    "Kata sandi saat ini", name: "current_password", value: nil, error: m.errors["current_password"],
                    type: "password", required: true, extra: [("autocomplete", "current-password")])
                ActivationPage.passwordFields(errors: m.errors)
                tag("p") { txt("Setelah diubah, sesi masuk Anda di perangkat lain berakhir.") }.cls("hint")
                button("Ubah kata sandi")
            }
        }
    }
}
