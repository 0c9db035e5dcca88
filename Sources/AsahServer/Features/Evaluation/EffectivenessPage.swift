import AsahCore
import Foundation
import Plot

/// "Efektivitas pengembangan kompetensi": the year's finished activities with their four levels and
/// cost, then the same per provider, facilitator and jenis diklat.
struct EffectivenessPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var report: EffectivenessReport
        var thisYear: Int
    }

    static func render(_ m: Model) -> HTML {
        let r = m.report
        let t = r.totals
        return Layout.page(m.chrome) {
            tag("h1") { txt("Efektivitas pengembangan kompetensi \(r.year)") }
            UI.years(Array((min(r.year, m.thisYear) - 3)...max(r.year, m.thisYear)), selected: r.year) {
                SitePath.instansiEvaluasi.link(m.agencyCode) + "?tahun=\($0)"
            }
            tag("div") {
                UI.stat(UI.number(t.activities), "Kegiatan selesai")
                UI.stat(t.reaction.map { dec($0) } ?? "-", "Reaksi peserta (1–5)")
                UI.stat(t.normalisedGain.map { pct($0) } ?? "-", "Gain ternormalisasi")
                UI.stat(UI.number(t.levelsGained), "Level kompetensi naik")
                UI.stat(IndonesianFormat.rupiah(t.costTotal), "Biaya")
                UI.stat(t.costPerJP.map(IndonesianFormat.rupiah) ?? "-", "Biaya per JP")
            }.cls("grid")
            tag("p") {
                link(SitePath.instansiEvaluasi.link(m.agencyCode) + "?tahun=\(r.year)&format=csv", "Unduh CSV")
            }
            if r.activities.isEmpty {
                tag("p") { txt("Belum ada kegiatan yang selesai pada tahun ini.") }.cls("card")
            } else {
                tag("h2") { txt("Per kegiatan") }
                table(
                    r.activities.map { a in
                        (linkTo(SitePath.kegiatanEvaluasi.link(a.id.uuidString)) { txt(a.title) }, a.figures)
                    })
                for (title, groups) in [
                    ("Per penyelenggara", r.byProvider), ("Per fasilitator", r.byFacilitator),
                    ("Per jenis diklat", r.byJenis),
                ] where !groups.isEmpty {
                    tag("h2") { txt(title) }
                    table(groups.map { (txt($0.name), $0.figures) })
                }
            }
        }
    }

    static func table(_ rows: [(Component, EffectivenessReport.Figures)]) -> Component {
        UI.table(
            headers: [
                "Nama", "Peserta", "Reaksi", "Gain", "Penerapan (atasan)", "Level naik", "Biaya", "Per JP",
                "Per level naik",
            ], stacked: true
        ) {
            for (name, f) in rows {
                tag("tr") {
                    UI.cell("Nama") { name }
                    UI.cell("Peserta") { txt("\(UI.number(f.completed)) lulus dari \(UI.number(f.participants))") }
                    UI.cell("Reaksi") { txt(f.reaction.map { dec($0) + " (\(f.reactionRespondents))" } ?? "-") }
                    UI.cell("Gain") { txt(f.normalisedGain.map { pct($0) + " (\(f.gainParticipants))" } ?? "-") }
                    UI.cell("Penerapan (atasan)") {
                        txt(f.supervisorApplied.map { dec($0) + " (\(f.supervisorAnswers))" } ?? "-")
                    }
                    UI.cell("Level naik") { txt("\(f.levelsGained) dari \(f.measuredPairs) diukur") }
                    UI.cell("Biaya") { txt(IndonesianFormat.rupiah(f.costTotal)) }
                    UI.cell("Per JP") { txt(f.costPerJP.map(IndonesianFormat.rupiah) ?? "-") }
                    UI.cell("Per level naik") { txt(f.costPerLevelGained.map(IndonesianFormat.rupiah) ?? "-") }
                }
            }
        }
    }

    static func dec(_ x: Double) -> String { IndonesianFormat.decimal(x, fractionDigits: 2) }
    static func pct(_ x: Double) -> String { IndonesianFormat.decimal(x * 100, fractionDigits: 0) + "%" }
}
