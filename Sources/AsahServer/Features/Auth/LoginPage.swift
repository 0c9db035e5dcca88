import Plot

struct LoginPage {
    struct Model {
        var chrome: PageChrome
        var username: String = ""
        var next: String?
        var error: String?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("div") {
                tag("h1") { txt("Masuk ke Asah") }
                tag("p") { txt("Sistem pengembangan kompetensi ASN pemerintah daerah.") }.cls("muted")
                if let error = m.error { tag("p") { txt(error) }.cls("error").attr("role", "alert") }
                postForm(action: SiteURL.login, csrf: m.chrome.csrf, cls: "card") {
                    if let next = m.next {
                        voidTag("input", [("type", "hidden"), ("name", "lanjut"), ("value", next)])
                    }
                    field(
                        "Nama pengguna", name: "username", value: m.username, required: true,
                        extra: [("autocomplete", "username"), ("autocapitalize", "none")])
                    field(
                        "Kata sandi", name: "password", value: nil, type: "password", required: true,
                        extra: [("autocomplete", "current-password")])
                    button("Masuk")
                }
                tag("p") {
                    txt("Baru menerima slip kode aktivasi? ")
                    link(SiteURL.activation, "Aktifkan akun Anda")
                }
                tag("p") { txt("Lupa kata sandi? Minta pengelola kepegawaian instansi Anda mengatur ulang akun.") }
                    .cls("muted")
            }.cls("login")
        }
    }
}
