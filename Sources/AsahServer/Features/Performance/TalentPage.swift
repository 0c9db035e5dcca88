import AsahCore
import Foundation
import Plot

/// "Pemetaan talenta": the 9-box of the agency or a unit (potential from the JPM against the agency's
/// cut-offs, performance from the annual predikat), each box with its count and a link to its
/// people and recommendations; those listed apart by reason; the cut-off form.
struct TalentPage {
    static let listLimit = 300

    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var year: Int
        var thisYear: Int
        var units: [OrganizationQueries.UnitRow]
        var unitID: String?
        var report: TalentGridReport
        var cutoffs: PotentialCutoffs
        var selected: TalentBox?
        var form: TalentPageController.CutoffForm
        var errors: [String: String]
    }

    static func url(_ m: Model, year: Int? = nil, box: Int? = nil) -> String {
        var q = "?tahun=\(year ?? m.year)"
        if let unit = m.unitID, !unit.isEmpty { q += "&unit=" + unit }
        if let box { q += "&kotak=\(box)" }
        return SitePath.instansiTalenta.link(m.agencyCode) + q
    }

    static func render(_ m: Model) -> HTML {
        let placed = m.report.boxes.values.reduce(0) { $0 + $1.count }
        return Layout.page(m.chrome) {
            tag("h1") { txt("Pemetaan talenta (9 kotak) \(m.year)") }
            UI.years(Array((min(m.year, m.thisYear) - 3)...max(m.year, m.thisYear)), selected: m.year) {
                url(m, year: $0)
            }
            scope(m)
            tag("p") {
                txt(
                    "Kinerja dari predikat tahunan \(m.year); potensial dari JPM: tinggi mulai "
                        + "\(Percent(tenths: m.cutoffs.tinggi).display), menengah mulai "
                        + "\(Percent(tenths: m.cutoffs.menengah).display). \(UI.number(placed)) pegawai terpetakan.")
            }.cls("hint")
            grid(m)
            tag("p") { txt("Kotak berwarna hijau (7, 8 dan 9): kelompok rencana suksesi.") }.cls("hint")
            if let box = m.selected { members(box, m) }
            unplaced(m)
            cutoffForm(m)
        }
    }

    static func scope(_ m: Model) -> Component {
        tag("form") {
            voidTag("input", [("type", "hidden"), ("name", "tahun"), ("value", String(m.year))])
            selectField(
                "Unit kerja", name: "unit", options: m.units.map { ($0.id.uuidString, $0.name) }, selected: m.unitID,
                includeEmpty: "Seluruh instansi")
            button("Tampilkan", cls: "btn btn-secondary")
        }.attr("method", "get").attr("action", SitePath.instansiTalenta.link(m.agencyCode)).cls("search")
    }

    /// Potential high to low by rows, performance below to above by columns.
    static func grid(_ m: Model) -> Component {
        UI.table(headers: ["Potensial \\ Kinerja", "Di bawah ekspektasi", "Sesuai ekspektasi", "Di atas ekspektasi"]) {
            for potential in Potential.allCases.reversed() {
                tag("tr") {
                    tag("th") { txt(potential.label) }.attr("scope", "row")
                    for kinerja in PerformanceRating.allCases {
                        let box = TalentGrid.box(kinerja: kinerja, potential: potential)
                        let count = m.report.boxes[box.number]?.count ?? 0
                        tag("td") {
                            tag("b") { txt("Kotak \(box.number)") }
                            tag("p") {
                                if count > 0 {
                                    link(url(m, box: box.number), "\(UI.number(count)) pegawai")
                                } else {
                                    txt("0 pegawai")
                                }
                            }
                        }.cls(box.isTalentPool ? "pool" : "")
                    }
                }
            }
        }
    }

    static func members(_ box: TalentBox, _ m: Model) -> Component {
        let people = m.report.boxes[box.number] ?? []
        return tag("section") {
            tag("h2") { txt("Kotak \(box.number): \(box.category)") }
            tag("ul") { for r in box.recommendations { tag("li") { txt(r) } } }
            UI.table(headers: ["Nama", "NIP", "Unit kerja"], stacked: true) {
                for p in people.prefix(listLimit) {
                    tag("tr") {
                        UI.cell("Nama") { link(SiteURL.employee(p.nip), p.name) }
                        UI.cell("NIP") { txt(NIP.format(p.nip)) }.cls("nip")
                        UI.cell("Unit kerja") { txt(p.unitName ?? "–") }
                    }
                }
            }
            if people.count > listLimit {
                tag("p") {
                    txt(
                        "Ditampilkan \(listLimit) dari \(UI.number(people.count)) pegawai; daftar lengkap tersedia di API."
                    )
                }.cls("muted")
            }
        }.cls("card").attr("id", "kotak")
    }

    static func unplaced(_ m: Model) -> Component {
        let byReason = Dictionary(grouping: m.report.unplaced, by: \.reason)
        return tag("section") {
            tag("h2") { txt("Belum dapat dipetakan") }
            if byReason.isEmpty {
                tag("p") { txt("Semua pegawai aktif terpetakan.") }
            } else {
                tag("ul") {
                    for reason in TalentGrid.Unplaced.allCases where byReason[reason] != nil {
                        tag("li") { txt("\(reason.label): \(UI.number(byReason[reason]!.count)) pegawai") }
                    }
                }
                tag("p") { txt("Pegawai ini tidak ditebak ke kotak mana pun.") }.cls("hint")
            }
        }.cls("card")
    }

    static func cutoffForm(_ m: Model) -> Component {
        tag("details") {
            tag("summary") { txt("Ubah batas potensial") }
            postForm(action: SitePath.instansiTalenta.link(m.agencyCode), csrf: m.chrome.csrf) {
                tag("p") {
                    txt("Batas berlaku untuk seluruh instansi. Bawaan: menengah 68 %, tinggi 80 % (batas JPM).")
                }.cls("hint")
                field(
                    "Potensial menengah mulai JPM (%)", name: "menengah", value: m.form.menengah,
                    error: m.errors["menengah"], required: true, extra: [("inputmode", "decimal")])
                field(
                    "Potensial tinggi mulai JPM (%)", name: "tinggi", value: m.form.tinggi, error: m.errors["tinggi"],
                    required: true, extra: [("inputmode", "decimal")])
                tag("div") { button("Simpan batas") }.cls("actions")
            }
        }.cls("card").attr("open", m.errors.isEmpty ? nil : "open")
    }
}
