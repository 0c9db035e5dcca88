import AsahCore
import Plot

struct EmployeeListPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var agencyName: String
        var heading: String
        var search: String
        var unitFilter: (id: String, name: String)?
        var rows: [EmployeeQueries.ListRow]
        var page: Int
        var per: Int
        var total: Int
        var canManage: Bool
    }

    static func render(_ m: Model) -> HTML {
        let pages = max(1, (m.total + m.per - 1) / m.per)
        return Layout.page(m.chrome) {
            tag("h1") { txt(m.heading) }
            tag("p") {
                txt(m.agencyName)
                if let unit = m.unitFilter { txt(" · unit: \(unit.name)") }
            }.cls("muted")
            tag("form") {
                if let unit = m.unitFilter {
                    voidTag("input", [("type", "hidden"), ("name", "unit"), ("value", unit.id)])
                }
                field("Cari nama atau NIP", name: "q", value: m.search, type: "search")
                button("Cari")
            }.attr("method", "get").attr("action", SiteURL.employees(m.agencyCode)).cls("search")
            if m.canManage {
                tag("div") { link(SiteURL.newEmployee(m.agencyCode), "Tambah pegawai", cls: "btn btn-secondary") }
                    .cls("actions")
            }
            tag("p") { txt("\(UI.number(m.total)) pegawai ditemukan") }.attr("role", "status")
            if !m.rows.isEmpty { table(m.rows) }
            UI.pager(page: m.page, pages: pages) {
                SiteURL.employees(m.agencyCode, q: m.search, unit: m.unitFilter?.id, page: $0)
            }
        }
    }

    static func table(_ rows: [EmployeeQueries.ListRow]) -> Component {
        UI.table(headers: ["Nama", "NIP", "Status", "Gol.", "Jabatan", "Unit kerja"], stacked: true) {
            for r in rows {
                tag("tr") {
                    tag("td") { link(SiteURL.employee(r.nip), r.fullName) }
                    UI.cell("NIP") { txt(NIP.format(r.nip)) }.cls("nip")
                    UI.cell("Status") { txt(UI.statusLabel(r.status)) }
                    UI.cell("Golongan") { txt(r.golongan ?? "-") }
                    UI.cell("Jabatan") { txt(r.positionName ?? "-") }
                    UI.cell("Unit kerja") { txt(r.unitName ?? "-") }
                }
            }
        }
    }
}
