import AsahCore
import Plot

/// A position's job competency standard for a year; managers edit it and copy it to other positions.
struct StandardPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var positionID: String
        var positionName: String
        var positionKind: String
        var year: Int
        var status: String?
        /// Levels by code; for a position without a standard, the defaults.
        var levels: [String: Int]
        var dictionary: [CompetencyQueries.Entry]
        var canManage: Bool
        var sameUnitCount: Int
        var sameKindCount: Int
        var problems: [String] = []
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Standar kompetensi jabatan") }
            tag("p") {
                txt("\(m.positionName) · \(UI.positionKindLabel(m.positionKind)) · tahun \(m.year) · ")
                tag("span") {
                    txt(m.status.flatMap(CompetencyStandard.Status.init(rawValue:))?.label ?? "belum ada standar")
                }.cls("badge")
            }.cls("muted")
            tag("p") {
                link(SiteURL.positionStandard(m.agencyCode, m.positionID, year: m.year - 1), "‹ \(m.year - 1)")
                txt(" · ")
                link(SiteURL.positionStandard(m.agencyCode, m.positionID, year: m.year + 1), "\(m.year + 1) ›")
            }
            if m.status == nil {
                tag("p") {
                    txt(
                        "Jabatan ini belum memiliki standar untuk tahun \(m.year). Isian di bawah adalah nilai bawaan menurut jenis jabatan."
                    )
                }
                .cls("card")
            }
            for problem in m.problems { tag("p") { txt(problem) }.cls("error").attr("role", "alert") }
            if m.canManage { editForm(m) } else { readOnly(m) }
            if m.canManage && m.status != nil {
                tag("div") {
                    link(
                        SiteURL.candidates(m.agencyCode, m.positionID) + "?tahun=\(m.year)",
                        "Siapa yang cocok untuk jabatan ini?", cls: "btn btn-secondary")
                }
                .cls("actions")
                copyForm(m)
            }
        }
    }

    static func readOnly(_ m: Model) -> Component {
        UI.table(headers: ["Kompetensi", "Kelompok", "Level"], stacked: true) {
            for entry in m.dictionary where m.levels[entry.code] != nil {
                tag("tr") {
                    tag("td") {
                        tag("b") { txt(entry.code) }; txt(" " + entry.name)
                    }
                    UI.cell("Kelompok") { txt(entry.group.label) }
                    UI.cell("Level") { txt(String(m.levels[entry.code]!)) }
                }
            }
        }
    }

    static func editForm(_ m: Model) -> Component {
        postForm(
            action: SiteURL.positionStandard(m.agencyCode, m.positionID, year: m.year), csrf: m.chrome.csrf, cls: "card"
        ) {
            voidTag("input", [("type", "hidden"), ("name", "tahun"), ("value", String(m.year))])
            tag("p") { txt("Pilih level yang dibutuhkan; kosongkan kompetensi yang tidak dipersyaratkan.") }.cls("hint")
            tag("div") {
                for entry in m.dictionary {
                    selectField(
                        entry.code + " " + entry.name + " (" + entry.group.label + ")", name: "level_" + entry.code,
                        options: (1...5).map { (String($0), "Level \($0)") },
                        selected: m.levels[entry.code].map(String.init),
                        includeEmpty: "— tidak dipersyaratkan")
                }
            }.cls("standard-grid")
            selectField(
                "Status", name: "status", options: CompetencyStandard.Status.allCases.map { ($0.rawValue, $0.label) },
                selected: m.status ?? CompetencyStandard.Status.draft.rawValue)
            button("Simpan standar")
        }
    }

    static func copyForm(_ m: Model) -> Component {
        postForm(
            action: SitePath.instansiJabatanStandarSalin.link(m.agencyCode, m.positionID), csrf: m.chrome.csrf,
            cls: "card"
        ) {
            tag("h2") { txt("Salin standar ini") }
            voidTag("input", [("type", "hidden"), ("name", "tahun"), ("value", String(m.year))])
            selectField(
                "Salin ke", name: "target",
                options: [
                    ("unit", "jabatan lain di unit kerja yang sama (\(m.sameUnitCount))"),
                    (
                        "kind",
                        "semua jabatan \(UI.positionKindLabel(m.positionKind)) lain di instansi (\(m.sameKindCount))"
                    ),
                ], selected: "unit")
            tag("p") { txt("Standar tahun \(m.year) jabatan tujuan akan diganti dan berstatus draf.") }.cls("hint")
            button("Salin standar", cls: "btn btn-secondary")
        }
    }
}
