import AsahCore
import Fluent
import Plot
import SQLKit
import Vapor

struct UnitFormPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var action: String
        var name: String = ""
        var code: String = ""
        var parentID: String = ""
        var parents: [(value: String, label: String)]
        /// The unit's own positions, offered as its head position; empty for a new unit.
        var positions: [(value: String, label: String)] = []
        var headPositionID: String = ""
        var errors: [String: String] = [:]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt(m.chrome.title) }
            postForm(action: m.action, csrf: m.chrome.csrf, cls: "card") {
                field("Nama unit kerja", name: "name", value: m.name, error: m.errors["name"], required: true)
                field("Kode (opsional)", name: "code", value: m.code, error: m.errors["code"])
                selectField(
                    "Induk unit", name: "parent_id", options: m.parents, selected: m.parentID,
                    error: m.errors["parent_id"], includeEmpty: "(tingkat teratas)")
                if !m.positions.isEmpty {
                    selectField(
                        "Jabatan kepala unit", name: "head_position_id", options: m.positions,
                        selected: m.headPositionID, error: m.errors["head_position_id"],
                        includeEmpty: "(otomatis: jabatan struktural tertinggi di unit ini)")
                    tag("p") {
                        txt(
                            "Pemegang jabatan ini menjadi kepala unit dan atasan langsung anggota unit serta kepala "
                                + "unit di bawahnya. Pilih jabatan lain bila kepala unit ini jabatan fungsional, "
                                + "misalnya Kepala Puskesmas.")
                    }.cls("hint")
                }
                tag("div") {
                    button("Simpan")
                    link(SiteURL.agency(m.agencyCode), "Batal", cls: "btn btn-secondary")
                }.cls("actions")
            }
        }
    }
}
