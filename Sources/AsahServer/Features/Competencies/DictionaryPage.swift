import AsahCore
import Plot

/// The agency's competency dictionary, and the form for a new teknis competency.
struct DictionaryPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var entries: [CompetencyQueries.Entry]
        var canManage: Bool
        var input: TechnicalCompetencyInput?
        var errors: [String: String] = [:]
        var importIssues: [ImportIssue] = []
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Kamus kompetensi") }
            tag("p") {
                txt(
                    "Kompetensi manajerial dan sosial kultural mengikuti Permen PANRB 38/2017; kompetensi teknis ditetapkan instansi."
                )
            }.cls("muted")
            for group in CompetencyGroup.allCases {
                let entries = m.entries.filter { $0.group == group }
                if !entries.isEmpty {
                    tag("h2") { txt(group.label) }
                    for entry in entries { detail(entry) }
                }
            }
            tag("div") {
                link(
                    SitePath.instansiKompetensiEkspor.link(m.agencyCode), "Unduh kompetensi teknis (CSV)",
                    cls: "btn btn-secondary")
            }
            .cls("actions")
            if m.canManage {
                importForm(m)
                tag("div") {
                    link(
                        SiteURL.competencySettings(m.agencyCode), "Pengaturan level dan kategori JPM",
                        cls: "btn btn-secondary")
                    link(SiteURL.assessmentImport(m.agencyCode), "Impor hasil penilaian", cls: "btn btn-secondary")
                }.cls("actions")
                form(m)
            }
        }
    }

    static func detail(_ e: CompetencyQueries.Entry) -> Component {
        tag("details") {
            tag("summary") {
                tag("b") { txt(e.code) }; txt(" " + e.name)
            }
            tag("p") { txt(e.definition) }
            tag("ol") {
                for (i, level) in e.levels.enumerated() {
                    tag("li") {
                        txt(level)
                        let indicators = i < e.indicators.count ? e.indicators[i] : []
                        if !indicators.isEmpty {
                            tag("ul") { for indicator in indicators { tag("li") { txt(indicator) } } }.cls("indicators")
                        }
                    }
                }
            }
        }.cls("card")
    }

    static func importForm(_ m: Model) -> Component {
        tag("section") {
            tag("h2") { txt("Impor kompetensi teknis dari CSV") }
            if !m.importIssues.isEmpty {
                tag("p") { txt("\(m.importIssues.count) masalah ditemukan — tidak ada data yang disimpan") }.cls(
                    "error"
                ).attr("role", "alert")
                UI.table(headers: ["Baris", "Kolom", "Masalah"]) {
                    for issue in m.importIssues.prefix(200) {
                        tag("tr") {
                            tag("td") { txt(String(issue.row)) }
                            tag("td") { txt(issue.column) }
                            tag("td") { txt(issue.message) }
                        }
                    }
                }
            }
            postForm(
                action: SitePath.instansiKompetensiImpor.link(m.agencyCode), csrf: m.chrome.csrf, multipart: true,
                cls: "card"
            ) {
                tag("p") {
                    txt(
                        "Kolom: KODE, NAMA, JENIS (teknis/pemerintahan), DEFINISI, LEVEL 1 sampai LEVEL 5. Kode yang sudah ada diperbarui."
                    )
                }
                .cls("hint")
                field(
                    "Berkas kompetensi (CSV)", name: "berkas", value: nil, type: "file", required: true,
                    extra: [("accept", ".csv,.txt,text/csv")])
                button("Impor", cls: "btn btn-secondary")
            }
        }
    }

    static func form(_ m: Model) -> Component {
        let i = m.input
        return tag("section") {
            tag("h2") { txt("Tambah kompetensi teknis") }
            postForm(action: SiteURL.competencies(m.agencyCode), csrf: m.chrome.csrf, cls: "card") {
                field(
                    "Kode", name: "code", value: i?.code, error: m.errors["code"], required: true,
                    hint: "Contoh: T.HUB.04")
                field("Nama", name: "name", value: i?.name, error: m.errors["name"], required: true)
                selectField(
                    "Jenis", name: "group", options: [("teknis", "Teknis"), ("pemerintahan", "Pemerintahan")],
                    selected: i?.group ?? "teknis", error: m.errors["group"])
                field(
                    "Definisi", name: "definition", value: i?.definition, error: m.errors["definition"], required: true)
                for level in 1...5 {
                    field(
                        "Deskripsi level \(level)", name: "level_\(level)",
                        value: i.flatMap { $0.levels.count >= level ? $0.levels[level - 1] : nil },
                        error: m.errors["level_\(level)"] ?? (level == 1 ? m.errors["levels"] : nil), required: true)
                }
                button("Simpan kompetensi")
            }
        }
    }
}
