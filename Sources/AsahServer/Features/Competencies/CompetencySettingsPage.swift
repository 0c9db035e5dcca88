import AsahCore
import Plot

/// The agency's competency settings: how the current level is decided, and the JPM thresholds.
struct CompetencySettingsPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var current: CurrentLevelSettings
        var thresholds: GapThresholds
        var defaults: StandardDefaults
        var errors: [String: String] = [:]
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
    }

    static func levelSelect(_ label: String, name: String, value: Int) -> Component {
        selectField(label, name: name, options: (1...5).map { (String($0), "Level \($0)") }, selected: String(value))
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Pengaturan kompetensi") }
            if !m.errors.isEmpty {
                tag("p") { txt("Periksa kembali isian yang ditandai.") }.cls("error").attr("role", "alert")
            }
            postForm(action: SiteURL.competencySettings(m.agencyCode), csrf: m.chrome.csrf, cls: "card") {
                tag("h2") { txt("Level saat ini") }
                selectField(
                    "Cara menentukan level saat ini", name: "mode",
                    options: [
                        ("priority", "Prioritas sumber: assessment center, atasan, 360°, tes, lalu penilaian diri"),
                        ("weighted", "Rata-rata berbobot dari hasil terbaru tiap sumber"),
                    ], selected: m.current.mode.rawValue, error: m.errors["mode"])
                field(
                    "Hasil assessment center berlaku (tahun)", name: "ac_years",
                    value: String(m.current.assessmentCenterYears),
                    error: m.errors["ac_years"], type: "number", extra: [("min", "1"), ("max", "10")])
                for source in AssessmentSource.allCases {
                    field(
                        "Bobot " + source.label, name: "weight_" + source.rawValue,
                        value: number(m.current.weights[source] ?? 0), error: m.errors["weight_" + source.rawValue],
                        type: "number", extra: [("min", "0"), ("max", "1"), ("step", "0.05")])
                }
                tag("p") {
                    txt(
                        "Bobot dipakai hanya pada rata-rata berbobot. Menyimpan akan menghitung ulang level saat ini seluruh pegawai."
                    )
                }
                .cls("hint")
                tag("h2") { txt("Rumus dan batas kategori JPM (%)") }
                selectField(
                    "Rumus JPM", name: "jpm_formula", options: JPMFormula.allCases.map { ($0.rawValue, $0.label) },
                    selected: m.thresholds.formula.rawValue, error: m.errors["jpm_formula"])
                tag("p") {
                    txt(
                        "LKI: level kompetensi individu, LKJ: level kompetensi jabatan, dijumlah atas kompetensi yang "
                            + "sudah dinilai. Dengan rumus pertama, level di atas standar pada satu kompetensi tidak "
                            + "menutup kekurangan pada kompetensi lain; dengan rumus kedua menutupnya, dan JPM paling "
                            + "tinggi 100 %.")
                }.cls("hint")
                field(
                    "Optimal (O) mulai", name: "optimal", value: number(m.thresholds.optimal),
                    error: m.errors["optimal"], type: "number")
                field(
                    "Cukup Optimal (CO) mulai", name: "cukup_optimal", value: number(m.thresholds.cukupOptimal),
                    error: m.errors["cukup_optimal"], type: "number")
                field(
                    "Memenuhi Syarat (MS) mulai", name: "memenuhi_syarat", value: number(m.thresholds.memenuhiSyarat),
                    error: m.errors["memenuhi_syarat"], type: "number")
                field(
                    "Masih Memenuhi Syarat (MMS) mulai", name: "masih_memenuhi_syarat",
                    value: number(m.thresholds.masihMemenuhiSyarat), error: m.errors["masih_memenuhi_syarat"],
                    type: "number")
                tag("h2") { txt("Level bawaan standar manajerial dan sosial kultural") }
                tag("p") {
                    txt("Dipakai saat standar jabatan dibuat dari nilai bawaan; standar yang sudah ada tidak berubah.")
                }.cls("hint")
                tag("div") {
                    for kind in PositionKind.allCases where kind != .fungsional {
                        levelSelect(
                            "Jabatan " + kind.label, name: "default_" + kind.rawValue,
                            value: m.defaults.byKind[kind] ?? 1)
                    }
                    for jenjang in FungsionalJenjang.allCases {
                        levelSelect(
                            "Fungsional " + jenjang.label, name: "default_" + jenjang.rawValue,
                            value: m.defaults.byJenjang[jenjang] ?? 1)
                    }
                }.cls("standard-grid")
                button("Simpan pengaturan")
            }
        }
    }
}
