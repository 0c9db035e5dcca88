import AsahCore
import Foundation
import Plot

/// An agency and its unit tree.
struct AgencyPage {
    struct Model {
        var chrome: PageChrome
        var code: String
        var name: String
        var kind: String
        var province: String
        var timeZone: IndonesianTimeZone
        var units: [OrganizationQueries.UnitRow]
        var canManage: Bool
    }

    static func render(_ m: Model) -> HTML {
        let children = Dictionary(grouping: m.units, by: { $0.parentID })
        let total = m.units.reduce(0) { $0 + $1.employees }
        let totals = subtreeTotals(m.units)
        return Layout.page(m.chrome) {
            tag("h1") { txt(m.name) }
            tag("p") {
                txt(
                    "\(AgencyKind(rawValue: m.kind)?.label ?? m.kind) · \(m.province) · \(m.timeZone.rawValue) · \(UI.number(total)) pegawai"
                )
            }.cls("muted")
            tag("div") {
                link(SiteURL.employees(m.code), "Semua pegawai", cls: "btn")
                if m.canManage {
                    link(SiteURL.newUnit(m.code), "Tambah unit kerja", cls: "btn btn-secondary")
                    link(SiteURL.positions(m.code), "Jabatan", cls: "btn btn-secondary")
                    link(SiteURL.supervision(m.code), "Atasan dan kepala unit", cls: "btn btn-secondary")
                    link(SiteURL.transfers(m.code), "Mutasi", cls: "btn btn-secondary")
                    link(SiteURL.agencySettings(m.code), "Pengaturan instansi", cls: "btn btn-secondary")
                }
            }.cls("actions")
            tag("h2") { txt("Struktur unit kerja") }
            if m.units.isEmpty {
                tag("p") { txt("Belum ada unit kerja. Tambahkan unit atau impor data SIASN.") }
            } else {
                tag("div") { branch(nil, children, totals, m) }.cls("card")
            }
        }
    }

    /// Employees of each unit including its sub-units (paths nest, so a unit's total sums the
    /// own counts of every unit whose path starts with its path).
    static func subtreeTotals(_ units: [OrganizationQueries.UnitRow]) -> [UUID: Int] {
        let sorted = units.sorted { $0.path < $1.path }
        var totals: [UUID: Int] = [:]
        for (i, unit) in sorted.enumerated() {
            var sum = unit.employees
            var j = i + 1
            while j < sorted.count, sorted[j].path.hasPrefix(unit.path) {
                sum += sorted[j].employees
                j += 1
            }
            totals[unit.id] = sum
        }
        return totals
    }

    static func branch(
        _ parent: UUID?, _ children: [UUID?: [OrganizationQueries.UnitRow]], _ totals: [UUID: Int], _ m: Model
    ) -> Component {
        tag("ul") {
            for unit in children[parent] ?? [] {
                tag("li") {
                    link(SiteURL.employees(m.code, unit: unit.id.uuidString), unit.name)
                    tag("span") { txt(" · \(UI.number(totals[unit.id] ?? unit.employees)) pegawai") }.cls("count")
                    if let head = unit.headName { tag("span") { txt(" · kepala: " + head) }.cls("count") }
                    if m.canManage {
                        txt(" ")
                        link(SiteURL.editUnit(m.code, unit.id.uuidString), "ubah", cls: "count")
                    }
                    if children[unit.id] != nil { branch(unit.id, children, totals, m) }
                }
            }
        }.cls(parent == nil ? "tree" : "")
    }
}
