import AsahCore
import Foundation
import Plot

/// "Penilaian kinerja" of one employee: every period's two ratings and the predikat they give, the
/// matrix it follows, and for their supervisor and the agency's managers the form to rate a period.
struct PerformancePage {
    struct Form {
        var year: String
        var period: String = PerformancePeriod.annual.rawValue
        var hasilKerja: String = PerformanceRating.sesuaiEkspektasi.rawValue
        var perilakuKerja: String = PerformanceRating.sesuaiEkspektasi.rawValue
    }

    struct Model {
        var chrome: PageChrome
        var employee: EmployeeQueries.Detail
        var ratings: [PerformanceQueries.Rating]
        var canRate: Bool
        var form: Form
        var errors: [String: String] = [:]
    }

    static func render(_ m: Model) -> HTML {
        let e = m.employee
        return Layout.page(m.chrome) {
            UI.employeeHeading("Penilaian kinerja", e)
            if m.ratings.isEmpty {
                tag("p") { txt("Belum ada penilaian kinerja yang dicatat.") }.cls("card")
            } else {
                UI.table(headers: ["Tahun", "Periode", "Hasil kerja", "Perilaku kerja", "Predikat"], stacked: true) {
                    for r in m.ratings {
                        tag("tr") {
                            UI.cell("Tahun") { txt(String(r.year)) }
                            UI.cell("Periode") { txt(PerformancePeriod(rawValue: r.period)?.label ?? r.period) }
                            UI.cell("Hasil kerja") { txt(label(r.ratingHasilKerja)) }
                            UI.cell("Perilaku kerja") { txt(label(r.ratingPerilakuKerja)) }
                            UI.cell("Predikat") {
                                tag("strong") { txt(Predikat(rawValue: r.predikat)?.label ?? r.predikat) }
                                if r.source == PerformanceService.Source.import_.rawValue {
                                    tag("small") { txt(" (dari e-Kinerja)") }.cls("muted")
                                }
                            }
                        }
                    }
                }
            }
            if m.canRate { rateForm(m) }
            matrix()
        }
    }

    static func label(_ raw: String) -> String { PerformanceRating(rawValue: raw)?.label ?? raw }

    static func rateForm(_ m: Model) -> Component {
        postForm(action: SiteURL.performance(m.employee.nip), csrf: m.chrome.csrf, cls: "card") {
            tag("h2") { txt("Catat penilaian") }
            tag("p") {
                txt("Predikat dihitung dari kedua rating. Penilaian untuk periode yang sudah ada akan diganti.")
            }.cls("hint")
            field(
                "Tahun", name: "year", value: m.form.year, error: m.errors["year"], type: "number", required: true,
                extra: [("min", String(WorkYear.range.lowerBound)), ("max", String(WorkYear.range.upperBound))])
            selectField(
                "Periode", name: "period", options: PerformancePeriod.allCases.map { ($0.rawValue, $0.label) },
                selected: m.form.period, error: m.errors["period"])
            let ratings = PerformanceRating.allCases.reversed().map { ($0.rawValue, $0.label) }
            selectField(
                "Rating hasil kerja", name: "rating_hasil_kerja", options: ratings, selected: m.form.hasilKerja,
                error: m.errors["rating_hasil_kerja"])
            selectField(
                "Rating perilaku kerja", name: "rating_perilaku_kerja", options: ratings,
                selected: m.form.perilakuKerja, error: m.errors["rating_perilaku_kerja"])
            tag("div") { button("Simpan penilaian") }.cls("actions")
        }
    }

    /// The kuadran kinerja of Permen PANRB 6/2022, worked out by the same rule the predikat uses.
    static func matrix() -> Component {
        let order = PerformanceRating.allCases.reversed()
        return tag("details") {
            tag("summary") { txt("Matriks predikat (Permen PANRB 6/2022)") }
            UI.table(headers: ["Hasil kerja \\ Perilaku kerja"] + PerformanceRating.allCases.map(\.label)) {
                for hasil in order {
                    tag("tr") {
                        tag("th") { txt(hasil.label) }.attr("scope", "row")
                        for perilaku in PerformanceRating.allCases {
                            tag("td") { txt(Predikat(hasilKerja: hasil, perilakuKerja: perilaku).label) }
                        }
                    }
                }
            }
        }.cls("card")
    }
}
