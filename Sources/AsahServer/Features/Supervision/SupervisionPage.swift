import AsahCore
import Foundation
import Plot

/// "Atasan dan kepala unit": what the structure gives and where it gives nothing, for the agency's
/// managers — units without a head (with the reason and a link to fix it), people without a
/// supervisor, and the supervisors chosen by hand.
struct SupervisionPage {
    struct Headless {
        var unitID: UUID
        var name: String
        var reason: String
    }

    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var agencyName: String
        var units: Int
        var headless: [Headless]
        var without: [SupervisionQueries.Person]
        var withoutTotal: Int
        /// Why each person listed without a supervisor has none, by employee id.
        var whyWithout: [UUID: String]
        var chosen: [SupervisionQueries.Person]
        var chosenTotal: Int
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Atasan dan kepala unit") }
            tag("p") { link(SiteURL.agency(m.agencyCode), "Kembali ke \(m.agencyName)") }
            tag("p") {
                txt(
                    "Kepala unit adalah pemegang jabatan kepala unit: jabatan yang ditandai pada unit, atau jabatan "
                        + "struktural tertinggi di unit itu. Kepala unit menjadi atasan langsung anggota unitnya dan "
                        + "kepala unit di bawahnya. Bila unit belum punya kepala, atasan diambil dari unit di atasnya.")
            }.cls("hint")
            tag("div") {
                UI.stat(UI.number(m.units - m.headless.count) + " dari " + UI.number(m.units), "unit punya kepala")
                UI.stat(UI.number(m.withoutTotal), "pegawai tanpa atasan")
                UI.stat(UI.number(m.chosenTotal), "atasan ditetapkan pengelola")
            }.cls("grid")
            headless(m)
            people(
                "Pegawai tanpa atasan langsung", m.without, total: m.withoutTotal,
                empty: "Setiap pegawai sudah punya atasan langsung.", third: ("Sebab", { m.whyWithout[$0.id] ?? "-" }))
            people(
                "Atasan yang ditetapkan pengelola", m.chosen, total: m.chosenTotal,
                empty: "Belum ada. Semua atasan mengikuti struktur organisasi.",
                third: ("Atasan", { $0.supervisorName ?? "-" }))
        }
    }

    static func headless(_ m: Model) -> Component {
        tag("section") {
            tag("h2") { txt("Unit tanpa kepala") }
            if m.headless.isEmpty {
                tag("p") { txt("Setiap unit punya kepala.") }.cls("card")
            } else {
                UI.table(headers: ["Unit kerja", "Sebab", ""], stacked: true) {
                    for u in m.headless {
                        tag("tr") {
                            UI.cell("Unit kerja") { txt(u.name) }
                            UI.cell("Sebab") { txt(u.reason) }
                            tag("td") { link(SiteURL.editUnit(m.agencyCode, u.unitID.uuidString), "atur kepala") }
                        }
                    }
                }
            }
        }
    }

    static func people(
        _ title: String, _ list: [SupervisionQueries.Person], total: Int, empty: String,
        third: (String, (SupervisionQueries.Person) -> String)
    ) -> Component {
        tag("section") {
            tag("h2") { txt(title) }
            if list.isEmpty {
                tag("p") { txt(empty) }.cls("card")
            } else {
                if total > list.count {
                    tag("p") { txt("Menampilkan \(UI.number(list.count)) dari \(UI.number(total)) pegawai.") }
                        .cls("muted")
                }
                UI.table(headers: ["Pegawai", "Unit kerja", third.0, ""], stacked: true) {
                    for p in list {
                        tag("tr") {
                            UI.cell("Pegawai") {
                                link(SiteURL.employee(p.nip), p.name)
                                tag("small") { txt(" · " + NIP.format(p.nip)) }.cls("muted nip")
                            }
                            UI.cell("Unit kerja") { txt(p.unitName ?? "-") }
                            UI.cell(third.0) { txt(third.1(p)) }
                            tag("td") { link(SiteURL.editEmployee(p.nip), "ubah atasan") }
                        }
                    }
                }
            }
        }
    }

    /// The reason a unit has no head, as a manager reads it.
    static func reason(_ status: SupervisionRules.HeadStatus, positions: [UUID: String]) -> String? {
        switch status {
        case .head: return nil
        case .noHeadPosition: return "Belum ada jabatan struktural di unit ini; tandai jabatan kepala unitnya."
        case .severalHeadPositions(let count):
            return "Ada \(count) jabatan struktural setingkat; tandai mana yang jabatan kepala unit."
        case .vacant(let position): return "Jabatan \(positions[position] ?? "kepala unit") belum ada pemegangnya."
        case .severalHolders(let position, let count):
            return
                "Jabatan \(positions[position] ?? "kepala unit") dipegang \(count) orang; perbaiki jabatan pegawainya."
        }
    }
}
