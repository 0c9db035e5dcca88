import AsahCore
import Plot

/// An employee's competencies against their position's standard: chart, table, JPM, history and,
/// for those allowed, a form to record an assessment.
struct CompetencyProfilePage {
    struct Model {
        var chrome: PageChrome
        var employee: EmployeeQueries.Detail
        var profile: ProfileQueries.Profile
        var history: [ProfileQueries.HistoryRow]
        var names: [String: String]
        /// Sources the viewer may record; empty hides the form.
        var sources: [AssessmentSource]
        var today: String
        var errors: [String: String] = [:]
    }

    static func render(_ m: Model) -> HTML {
        let e = m.employee, p = m.profile
        return Layout.page(m.chrome) {
            tag("h1") { txt("Profil kompetensi") }
            tag("p") {
                link(SiteURL.employee(e.nip), e.fullName)
                txt(" · " + (e.positionName ?? "belum memiliki jabatan") + " · standar tahun \(p.year)")
            }.cls("muted")
            if !p.hasStandard {
                tag("p") {
                    txt("Jabatan ini belum memiliki standar kompetensi untuk tahun \(p.year). ")
                    txt("Pengelola kepegawaian dapat membuatnya dari halaman jabatan.")
                }.cls("card")
            } else {
                summary(p)
                tag("div") {
                    LevelChart.svg(
                        p.items.map { .init(label: $0.name, required: $0.required, current: $0.current) },
                        title: "Level standar dan level saat ini per kompetensi")
                    tag("p") {
                        tag("span") { txt("") }.cls("met"); txt("memenuhi")
                        tag("span") { txt("") }.cls("gap"); txt("di bawah standar")
                        tag("span") { txt("") }.cls("req"); txt("level standar")
                    }.cls("legend")
                }.cls("card")
                table(p.items)
            }
            if !m.sources.isEmpty { form(m) }
            if !m.history.isEmpty { history(m) }
        }
    }

    static func summary(_ p: ProfileQueries.Profile) -> Component {
        tag("div") {
            stats(p)
            if let jpm = p.jpm { tag("p") { txt("Rumus JPM instansi: " + jpm.formula.label) }.cls("hint") }
        }
    }

    static func stats(_ p: ProfileQueries.Profile) -> Component {
        let assessed = p.items.filter { $0.current != nil }.count
        return tag("div") {
            if let jpm = p.jpm, let mapping = jpm.mapping, let selection = jpm.selection {
                UI.stat(jpm.percent.display, "Job person match (JPM)")
                UI.stat(mapping.rawValue, "Pemetaan: " + mapping.label)
                UI.stat(selection.rawValue, "Seleksi: " + selection.label)
            } else if let jpm = p.jpm {
                UI.stat(
                    jpm.percent.display + " (sementara)",
                    "JPM dari \(jpm.assessed) dari \(jpm.total) kompetensi; kategori ditetapkan setelah semua dinilai")
            } else {
                UI.stat("–", "JPM: belum ada penilaian")
            }
            UI.stat("\(assessed) / \(p.items.count)", "kompetensi sudah dinilai")
        }.cls("grid")
    }

    /// The behaviour the standard's level asks for (national competencies, Permen PANRB 38/2017).
    static func indicators(code: String, level: Int) -> Component {
        guard let competency = CompetencyDictionary.national(code: code),
            let asked = competency.levels.first(where: { $0.level == level }), !asked.indicators.isEmpty
        else { return EmptyComponent() }
        return tag("details") {
            tag("summary") { txt("Perilaku level \(level)") }
            tag("ul") { for indicator in asked.indicators { tag("li") { txt(indicator) } } }.cls("indicators")
        }
    }

    static func table(_ items: [ProfileQueries.Item]) -> Component {
        UI.table(headers: ["Kompetensi", "Standar", "Saat ini", "Kesenjangan", "Sumber"], stacked: true) {
            for item in items {
                tag("tr") {
                    tag("td") {
                        tag("b") { txt(item.code) }
                        txt(" " + item.name)
                        tag("span") { txt(" · " + item.group.label) }.cls("muted")
                        indicators(code: item.code, level: item.required)
                    }
                    UI.cell("Standar") { txt(String(item.required)) }
                    UI.cell("Saat ini") { txt(item.current.map(String.init) ?? "belum dinilai") }
                    if let gap = item.gap, gap > 0 {
                        UI.cell("Kesenjangan") { txt("−\(gap)") }.cls("gap-cell")
                    } else {
                        UI.cell("Kesenjangan") { txt(item.gap == nil ? "–" : "0") }
                    }
                    UI.cell("Sumber") { txt(sourceText(item)) }
                }
            }
        }
    }

    static func sourceText(_ item: ProfileQueries.Item) -> String {
        guard item.current != nil else { return "–" }
        let date = item.assessedOn.flatMap(CivilDate.init(iso:)).map(IndonesianFormat.date) ?? ""
        let source = item.isWeighted ? "rata-rata berbobot" : (item.source?.label ?? "")
        return source + (date.isEmpty ? "" : ", " + date)
    }

    static func form(_ m: Model) -> Component {
        tag("section") {
            tag("h2") { txt("Catat penilaian") }
            postForm(
                action: SiteURL.competencyProfile(m.employee.nip), csrf: m.chrome.csrf, multipart: true, cls: "card"
            ) {
                selectField(
                    "Kompetensi", name: "competency",
                    options: m.profile.items.map { ($0.code, "\($0.code) \($0.name)") }, selected: nil,
                    error: m.errors["competency"])
                selectField(
                    "Level", name: "level", options: (1...5).map { (String($0), "Level \($0)") }, selected: nil,
                    error: m.errors["level"])
                selectField(
                    "Sumber penilaian", name: "source", options: m.sources.map { ($0.rawValue, $0.label) },
                    selected: m.sources.first?.rawValue, error: m.errors["source"])
                field(
                    "Tanggal penilaian", name: "assessed_on", value: m.today, error: m.errors["assessed_on"],
                    type: "date",
                    required: true)
                field("Catatan (opsional)", name: "note", value: nil, error: m.errors["note"])
                field(
                    "Tautan bukti (opsional)", name: "evidence_url", value: nil, error: m.errors["evidence_url"],
                    type: "url", hint: "Misalnya tautan laporan assessment center atau sertifikat.")
                field(
                    "Berkas bukti (opsional)", name: "bukti", value: nil, error: m.errors["evidence_file"],
                    type: "file",
                    hint: "PDF, JPG atau PNG, paling besar 5 MB.", extra: [("accept", ".pdf,.jpg,.jpeg,.png")])
                button("Simpan penilaian")
            }
        }
    }

    static func history(_ m: Model) -> Component {
        tag("section") {
            tag("h2") { txt("Riwayat penilaian") }
            UI.table(headers: ["Tanggal", "Kompetensi", "Level", "Sumber", "Penilai", "Catatan"], stacked: true) {
                for h in m.history {
                    tag("tr") {
                        tag("td") { txt(CivilDate(iso: h.assessedOn).map(IndonesianFormat.date) ?? h.assessedOn) }
                        UI.cell("Kompetensi") { txt(h.competencyCode + " " + (m.names[h.competencyCode] ?? "")) }
                        UI.cell("Level") { txt(String(h.level)) }
                        UI.cell("Sumber") { txt(AssessmentSource(rawValue: h.source)?.label ?? h.source) }
                        UI.cell("Penilai") {
                            txt(h.assessorName ?? "–")
                            if let at = h.assessedAt { tag("div") { txt("di " + at) }.cls("muted") }
                        }
                        UI.cell("Catatan") {
                            txt(h.note ?? "")
                            if let url = h.evidenceURL, url.hasPrefix("https://") || url.hasPrefix("http://") {
                                txt(" ")
                                link(url, "tautan bukti")
                            }
                            if let file = h.evidenceID {
                                txt(" ")
                                link(
                                    SitePath.pegawaiKompetensiBukti.link(m.employee.nip, file.uuidString),
                                    "berkas bukti")
                            }
                        }
                    }
                }
            }
        }
    }
}
