import AsahCore
import Plot

/// The agency's JP settings: the PNS minimum, the PPPK maximum and the reminder month.
struct JPSettingsPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var pnsMinimum: String
        var pppkMaximum: String
        var reminderMonth: Int
        var errors: [String: String] = [:]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Pengaturan JP") }
            tag("p") { link(SiteURL.compliance(m.agencyCode), "Kembali ke pemenuhan JP") }
            if !m.errors.isEmpty {
                tag("p") { txt("Periksa kembali isian yang ditandai.") }.cls("error").attr("role", "alert")
            }
            postForm(action: SiteURL.jpSettings(m.agencyCode), csrf: m.chrome.csrf, cls: "card") {
                field(
                    "Minimal JP PNS dan CPNS per tahun", name: "pns_minimum", value: m.pnsMinimum,
                    error: m.errors["pns_minimum"], required: true,
                    hint: "PP 11/2017 Pasal 203 ayat 4: paling sedikit 20 JP setahun.",
                    extra: [("inputmode", "decimal")])
                field(
                    "Batas JP PPPK per tahun", name: "pppk_maximum", value: m.pppkMaximum,
                    error: m.errors["pppk_maximum"],
                    required: true,
                    hint: "PP 49/2018 Pasal 40 ayat 1: paling banyak 24 JP setahun. Melebihi batas hanya diberi tanda.",
                    extra: [("inputmode", "decimal")])
                selectField(
                    "Pengingat di beranda mulai bulan", name: "reminder_month",
                    options: (1...12).map { (String($0), IndonesianFormat.month($0)) },
                    selected: String(m.reminderMonth),
                    error: m.errors["reminder_month"])
                tag("div") {
                    tag("p") {
                        txt(
                            "Mulai bulan ini, PNS yang belum mencapai minimal melihat pengingat di beranda, kepala unit "
                        )
                        txt("melihat jumlahnya di unitnya, dan pengelola melihat persentase pemenuhan instansi.")
                    }.cls("hint")
                }.cls("field")
                button("Simpan pengaturan")
            }
        }
    }
}
