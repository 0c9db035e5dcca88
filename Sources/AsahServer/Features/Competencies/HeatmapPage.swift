import AsahCore
import Plot

/// Employees of a unit × competencies, coloured by gap; sortable by name, total gap or one competency.
struct HeatmapPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var unitID: String
        var unitName: String
        var year: Int
        var codes: [String]
        var names: [String: String]
        var lines: [HeatmapQueries.EmployeeLine]
        var cells: [String: HeatmapQueries.Cell]
        var order: String
        var page: Int
        var pages: Int
        var total: Int
    }

    static func url(_ m: Model, order: String? = nil, page: Int? = nil) -> String {
        SiteURL.heatmap(m.agencyCode, unit: m.unitID, year: m.year) + "&urut=" + SiteURL.percent(order ?? m.order)
            + ((page ?? 1) > 1 ? "&page=\(page!)" : "")
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Peta kesenjangan · " + m.unitName) }
            tag("p") {
                txt("\(UI.number(m.total)) pegawai · standar \(m.year) · urutkan: ")
                link(url(m, order: "nama"), "nama")
                txt(" · ")
                link(url(m, order: "total"), "total kesenjangan")
                txt(" · atau klik kode kompetensi")
            }.cls("muted")
            tag("p") {
                tag("span") { txt("0") }.cls("hm g0"); txt(" memenuhi ")
                tag("span") { txt("1") }.cls("hm g1"); txt(" kurang 1 level ")
                tag("span") { txt("2+") }.cls("hm g2"); txt(" kurang 2 level atau lebih ")
                tag("span") { txt("?") }.cls("hm na"); txt(" belum dinilai")
            }.cls("legend")
            tag("div") { link(url(m) + "&format=csv", "Unduh CSV", cls: "btn btn-secondary") }.cls("actions")
            tag("div") {
                tag("table") {
                    tag("thead") {
                        tag("tr") {
                            tag("th") { txt("Pegawai") }.attr("scope", "col")
                            for code in m.codes {
                                tag("th") { link(url(m, order: code), code) }.attr("scope", "col").attr(
                                    "title", m.names[code])
                            }
                            tag("th") { txt("Total") }.attr("scope", "col")
                        }
                    }
                    tag("tbody") {
                        for line in m.lines {
                            tag("tr") {
                                tag("th") { link(SiteURL.competencyProfile(line.nip), line.name) }.attr("scope", "row")
                                for code in m.codes { cell(m.cells[line.id.uuidString + "|" + code]) }
                                tag("td") { txt(String(line.gapTotal)) }
                            }
                        }
                    }
                }.cls("heatmap")
            }.cls("table-wrap")
            UI.pager(page: m.page, pages: m.pages) { url(m, page: $0) }
        }
    }

    static func cell(_ c: HeatmapQueries.Cell?) -> Component {
        guard let c else { return tag("td") { txt("") } }
        guard let current = c.current else { return tag("td") { txt("?") }.cls("hm na") }
        let gap = max(0, c.required - current)
        return tag("td") { txt(String(gap)) }.cls(gap == 0 ? "hm g0" : gap == 1 ? "hm g1" : "hm g2")
            .attr("title", "standar \(c.required), saat ini \(current)")
    }
}
