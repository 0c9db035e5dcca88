import AsahCore
import Plot

/// The first sign-in with the slip: login name, the code, and the person's own password twice.
struct ActivationPage {
    struct Model {
        var chrome: PageChrome
        var username = ""
        /// The code as typed, kept only when the password was refused (the code itself was not checked).
        var code: String?
        var errors: [String: String] = [:]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Aktivasi akun") }
            tag("p") {
                txt(
                    "Isi nama pengguna dan kode aktivasi dari slip yang Anda terima, lalu buat kata sandi Anda sendiri."
                )
            }
            if let error = m.errors["form"] { tag("p") { txt(error) }.cls("error").attr("role", "alert") }
            postForm(action: SiteURL.activation, csrf: m.chrome.csrf, cls: "card login") {
                field(
                    "Nama pengguna (biasanya NIP)", name: "username", value: m.username, error: m.errors["username"],
                    required: true, extra: [("autocomplete", "username"), ("autocapitalize", "none")])
                field(
                    "Kode aktivasi", name: "kode", value: m.code, error: m.errors["kode"], required: true,
                    hint: "Sepuluh huruf dan angka, misalnya K7PQM-3XWRA.",
                    extra: [("autocomplete", "one-time-code"), ("autocapitalize", "characters")])
                passwordFields(errors: m.errors)
                button("Aktifkan akun")
            }
            tag("p") { link(SiteURL.login, "Sudah punya kata sandi? Masuk") }
        }
    }

    /// The new password and its repetition, with the rule stated before anyone gets it wrong.
    static func passwordFields(errors: [String: String]) -> Component {
        ComponentGroup {
            field(
                "Kata sandi baru", name: "password", value: nil, error: errors["password"], type: "password",
                required: true,
                hint: "Paling sedikit \(PasswordRules.minimumLength) karakter, bukan NIP, bukan kata sandi yang umum.",
                extra: [("autocomplete", "new-password"), ("minlength", String(PasswordRules.minimumLength))])
            field(
                "Ulangi kata sandi baru", name: "password_again", value: nil, error: errors["password_again"],
                type: "password", required: true, extra: [("autocomplete", "new-password")])
        }
    }
}
