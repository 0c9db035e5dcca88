import AsahCore
import Plot

/// The agency's own settings: its time zone, which decides when its day starts (today's check-in code,
/// the latest date a form accepts, the year a page opens on).
struct AgencySettingsPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var agencyName: String
        var province: String
        var timeZone: String
        var activationDays: String
        var errors: [String: String] = [:]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Pengaturan instansi") }
            tag("p") { link(SiteURL.agency(m.agencyCode), "Kembali ke \(m.agencyName)") }
            if !m.errors.isEmpty {
                tag("p") { txt("Periksa kembali isian yang ditandai.") }.cls("error").attr("role", "alert")
            }
            postForm(action: SiteURL.agencySettings(m.agencyCode), csrf: m.chrome.csrf, cls: "card") {
                selectField(
                    "Zona waktu", name: "time_zone",
                    options: IndonesianTimeZone.allCases.map { ($0.rawValue, $0.label) },
                    selected: m.timeZone, error: m.errors["time_zone"])
                tag("div") {
                    tag("p") {
                        txt("Hari di Asah berganti pada tengah malam zona ini: kode hadir harian, tanggal terakhir ")
                        txt("yang boleh diisi, dan tahun yang dibuka halaman. ")
                        if let zone = IndonesianTimeZone.of(province: m.province) {
                            txt("Provinsi \(m.province) berada di zona \(zone.rawValue).")
                        }
                    }.cls("hint")
                }.cls("field")
                field(
                    "Masa berlaku kode aktivasi (hari)", name: "activation_days", value: m.activationDays,
                    error: m.errors["activation_days"], type: "number", required: true,
                    hint: "Kode pada slip akun baru dan akun yang diatur ulang berlaku sekian hari (1 sampai 90).",
                    extra: [("min", "1"), ("max", "90"), ("inputmode", "numeric")])
                button("Simpan pengaturan")
            }
        }
    }
}
