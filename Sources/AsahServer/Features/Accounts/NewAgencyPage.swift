import AsahCore
import Plot

/// The administrator adds a local government and names its first manager, who gets an activation
/// slip; that manager then imports the SIASN export and opens everyone else's accounts.
struct NewAgencyPage {
    struct Model {
        var chrome: PageChrome
        var input = AgencySetupRules.Input(kind: AgencyKind.kota.rawValue)
        var errors: [String: String] = [:]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Instansi baru") }
            tag("p") { link(SiteURL.agencies, "Kembali ke daftar instansi") }
            if !m.errors.isEmpty {
                tag("p") { txt("Instansi belum dibuat. Periksa isian yang ditandai.") }.cls("error")
                    .attr("role", "alert")
            }
            postForm(action: SiteURL.newAgency, csrf: m.chrome.csrf, cls: "card") {
                field(
                    "Nama instansi", name: "name", value: m.input.name, error: m.errors["name"], required: true,
                    hint: "Misalnya Pemerintah Kota Binjai.")
                field(
                    "Kode", name: "code", value: m.input.code, error: m.errors["code"], required: true,
                    hint: "Dipakai di alamat halaman, misalnya binjai untuk /instansi/binjai.",
                    extra: [("autocapitalize", "none")])
                selectField(
                    "Jenis", name: "kind", options: AgencyKind.allCases.map { ($0.rawValue, $0.label) },
                    selected: m.input.kind, error: m.errors["kind"])
                selectField(
                    "Provinsi", name: "province", options: IndonesianTimeZone.provinceNames.map { ($0, $0) },
                    selected: m.input.province, error: m.errors["province"], includeEmpty: "— pilih provinsi —")
                tag("h2") { txt("Pengelola pertama") }
                tag("p") {
                    txt("Pengelola kepegawaian instansi ini menerima slip kode aktivasi, lalu mengimpor data SIASN ")
                    txt("dan membuka akun pegawai lainnya.")
                }.cls("hint")
                field(
                    "Nama pengelola", name: "manager_name", value: m.input.managerName, error: m.errors["manager_name"],
                    required: true)
                field(
                    "Nama pengguna pengelola", name: "manager_username", value: m.input.managerUsername,
                    error: m.errors["manager_username"], required: true, hint: "Misalnya pengelola.binjai.",
                    extra: [("autocapitalize", "none")])
                button("Buat instansi dan cetak slip")
            }
        }
    }
}
