import AsahCore
import Plot

struct CandidatesPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var positionID: String
        var positionName: String
        var year: Int
        var candidates: [CandidateQueries.Candidate]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Kandidat untuk jabatan") }
            tag("p") {
                link(SiteURL.positionStandard(m.agencyCode, m.positionID, year: m.year), m.positionName)
                txt(
                    " · standar \(m.year) · diurutkan menurut JPM (hanya kompetensi yang sudah dinilai; paling sedikit separuh dinilai)"
                )
                if let formula = m.candidates.first?.formula { txt(" · rumus JPM: " + formula.label) }
            }.cls("muted")
            tag("div") {
                link(
                    SiteURL.candidates(m.agencyCode, m.positionID) + "?tahun=\(m.year)&format=csv", "Unduh CSV",
                    cls: "btn btn-secondary")
            }.cls("actions")
            if m.candidates.isEmpty {
                tag("p") { txt("Belum ada pegawai dengan penilaian yang cukup untuk standar jabatan ini.") }.cls("card")
            } else {
                UI.table(
                    headers: ["#", "Pegawai", "Jabatan sekarang", "Unit kerja", "JPM", "Kategori", "Dinilai"],
                    stacked: true
                ) {
                    for (i, c) in m.candidates.enumerated() {
                        tag("tr") {
                            tag("td") { txt(String(i + 1)) }
                            UI.cell("Pegawai") { link(SiteURL.competencyProfile(c.row.nip), c.fullName) }
                            UI.cell("Jabatan sekarang") { txt(c.row.positionName ?? "–") }
                            UI.cell("Unit kerja") { txt(c.row.unitName ?? "–") }
                            UI.cell("JPM") { txt(c.percent.display + (c.isComplete ? "" : " (sementara)")) }
                            UI.cell("Kategori") {
                                txt(c.selection.map { $0.rawValue + " · " + $0.label } ?? "menunggu penilaian lengkap")
                            }
                            UI.cell("Dinilai") { txt("\(c.row.assessed) / \(c.total)") }
                        }
                    }
                }
            }
        }
    }
}
