import AsahCore
import Plot

struct GapReportPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var agencyName: String
        var scopeName: String?
        var unitID: String?
        var report: GapReport
        var drill: (code: String, rows: [GapReportQueries.LargestGap])?
        var missingStandards: Int
        var canManage: Bool
    }

    static func render(_ m: Model) -> HTML {
        let r = m.report
        return Layout.page(m.chrome) {
            tag("h1") { txt("Kesenjangan kompetensi \(r.year)") }
            tag("p") { txt(m.agencyName + (m.scopeName.map { " · " + $0 } ?? "")) }.cls("muted")
            if m.missingStandards > 0 && m.canManage {
                postForm(action: SiteURL.completeStandards(m.agencyCode), csrf: m.chrome.csrf, cls: "card") {
                    tag("p") {
                        txt("\(UI.number(m.missingStandards)) jabatan belum memiliki standar kompetensi \(r.year); ")
                        txt("pegawainya belum masuk laporan ini.")
                    }
                    voidTag("input", [("type", "hidden"), ("name", "tahun"), ("value", String(r.year))])
                    button("Buat standar dari tahun lalu atau nilai bawaan", cls: "btn btn-secondary")
                }
            }
            tag("div") {
                UI.stat(UI.number(r.employees), "pegawai dengan standar")
                UI.stat(UI.number(r.assessed), "sudah dinilai")
                UI.stat(UI.number(r.units.reduce(0) { $0 + $1.withAnyGap }), "memiliki kesenjangan")
            }.cls("grid")
            tag("div") {
                link(
                    SiteURL.gapReport(m.agencyCode, year: r.year, unit: m.unitID) + "&format=csv", "Unduh CSV",
                    cls: "btn btn-secondary")
            }.cls("actions")
            if let drill = m.drill { drillDown(m, drill) }
            tag("h2") { txt("Per kompetensi") }
            UI.table(
                headers: [
                    "Kompetensi", "Pegawai", "Dinilai", "Standar rata-rata", "Saat ini rata-rata", "Dengan kesenjangan",
                    "Kesenjangan rata-rata",
                ],
                stacked: true
            ) {
                for c in r.competencies {
                    tag("tr") {
                        tag("td") {
                            tag("b") { txt(c.code) }
                            txt(" " + c.name)
                        }
                        UI.cell("Pegawai") { txt(UI.number(c.employees)) }
                        UI.cell("Dinilai") { txt(UI.number(c.assessed)) }
                        UI.cell("Standar rata-rata") { txt(IndonesianFormat.decimal(c.requiredAvg, fractionDigits: 1)) }
                        UI.cell("Saat ini rata-rata") {
                            txt(c.currentAvg.map { IndonesianFormat.decimal($0, fractionDigits: 1) } ?? "–")
                        }
                        UI.cell("Dengan kesenjangan") {
                            if c.withGap > 0 {
                                link(
                                    SiteURL.gapReport(m.agencyCode, year: r.year, unit: m.unitID, competency: c.code),
                                    UI.number(c.withGap))
                            } else {
                                txt("0")
                            }
                        }
                        UI.cell("Kesenjangan rata-rata") {
                            txt(c.averageGap.map { IndonesianFormat.decimal($0, fractionDigits: 2) } ?? "–")
                        }.attr("class", (c.averageGap ?? 0) >= 0.5 ? "gap-cell" : nil)
                    }
                }
            }
            tag("h2") { txt("Per unit kerja") }
            UI.table(headers: ["Unit kerja", "Pegawai", "Memiliki kesenjangan"], stacked: true) {
                for u in r.units {
                    tag("tr") {
                        tag("td") {
                            if let id = u.id {
                                link(SiteURL.gapReport(m.agencyCode, year: r.year, unit: id.uuidString), u.name)
                            } else {
                                txt(u.name)
                            }
                        }
                        UI.cell("Pegawai") { txt(UI.number(u.employees)) }
                        UI.cell("Memiliki kesenjangan") {
                            txt(UI.number(u.withAnyGap))
                            if let id = u.id {
                                txt(" · ")
                                link(SiteURL.heatmap(m.agencyCode, unit: id.uuidString, year: r.year), "peta")
                            }
                        }
                    }
                }
            }
            tag("h2") { txt("Sepuluh kesenjangan terbesar") }
            gapTable(r.largest, names: r.names)
        }
    }

    static func drillDown(_ m: Model, _ drill: (code: String, rows: [GapReportQueries.LargestGap])) -> Component {
        tag("section") {
            tag("h2") { txt("Pegawai dengan kesenjangan \(drill.code) \(m.report.names[drill.code] ?? "")") }
            gapTable(drill.rows, names: m.report.names)
        }.cls("card")
    }

    static func gapTable(_ rows: [GapReportQueries.LargestGap], names: [String: String]) -> Component {
        UI.table(headers: ["Pegawai", "Unit kerja", "Kompetensi", "Standar", "Saat ini", "Kesenjangan"], stacked: true)
        {
            for g in rows {
                tag("tr") {
                    tag("td") { link(SiteURL.competencyProfile(g.nip), g.name) }
                    UI.cell("Unit kerja") { txt(g.unitName ?? "–") }
                    UI.cell("Kompetensi") { txt(g.competencyCode + " " + (names[g.competencyCode] ?? "")) }
                    UI.cell("Standar") { txt(String(g.required)) }
                    UI.cell("Saat ini") { txt(String(g.current)) }
                    UI.cell("Kesenjangan") { txt("−\(g.required - g.current)") }.cls("gap-cell")
                }
            }
        }
    }
}
