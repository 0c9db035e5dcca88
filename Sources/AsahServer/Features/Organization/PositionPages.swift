import AsahCore
import Fluent
import Plot
import SQLKit
import Vapor

struct PositionListPage {
    struct Row: Decodable {
        var id: UUID
        var name: String
        var kind: String
        var jenjang: String?
        var unitName: String?
        var employees: Int
    }

    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var rows: [Row]
        var page: Int
        var pages: Int
        var total: Int
    }

    static let perPage = 60

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Jabatan") }
            tag("div") { link(SiteURL.newPosition(m.agencyCode), "Tambah jabatan", cls: "btn") }.cls("actions")
            tag("p") { txt("\(UI.number(m.total)) jabatan") }.cls("muted")
            UI.table(headers: ["Jabatan", "Jenis", "Unit kerja", "Pemangku", ""]) {
                for r in m.rows {
                    tag("tr") {
                        tag("td") { txt(r.name) }
                        tag("td") {
                            txt(
                                UI.positionKindLabel(r.kind)
                                    + (r.jenjang.flatMap(FungsionalJenjang.init(rawValue:)).map { " · " + $0.label }
                                        ?? ""))
                        }
                        tag("td") { txt(r.unitName ?? "-") }
                        tag("td") { txt(UI.number(r.employees)) }
                        tag("td") {
                            link(SiteURL.positionStandard(m.agencyCode, r.id.uuidString), "standar")
                            txt(" · ")
                            link(SiteURL.editPosition(m.agencyCode, r.id.uuidString), "ubah")
                        }
                    }
                }
            }
            UI.pager(page: m.page, pages: m.pages) { SiteURL.positions(m.agencyCode) + "?page=\($0)" }
        }
    }
}

struct PositionFormPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var action: String
        var name = ""
        var kind = ""
        var jenjang = ""
        var unitID = ""
        var units: [(value: String, label: String)]
        var errors: [String: String] = [:]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt(m.chrome.title) }
            postForm(action: m.action, csrf: m.chrome.csrf, cls: "card") {
                field("Nama jabatan", name: "name", value: m.name, error: m.errors["name"], required: true)
                selectField(
                    "Jenis jabatan", name: "kind", options: PositionKind.allCases.map { ($0.rawValue, $0.label) },
                    selected: m.kind, error: m.errors["kind"], includeEmpty: "(pilih)")
                selectField(
                    "Jenjang (khusus jabatan fungsional)", name: "jenjang",
                    options: FungsionalJenjang.allCases.map { ($0.rawValue, $0.label) }, selected: m.jenjang,
                    error: m.errors["jenjang"], includeEmpty: "(tidak ada)")
                selectField(
                    "Unit kerja", name: "unit_id", options: m.units, selected: m.unitID, error: m.errors["unit_id"],
                    includeEmpty: "(tidak terikat unit)")
                tag("div") {
                    button("Simpan")
                    link(SiteURL.positions(m.agencyCode), "Batal", cls: "btn btn-secondary")
                }.cls("actions")
            }
        }
    }
}
