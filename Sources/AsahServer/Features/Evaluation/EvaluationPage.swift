import AsahCore
import Foundation
import Plot

/// "Evaluasi kegiatan": the four levels side by side with the cost, each with the counts behind it.
struct EvaluationPage {
    struct Model {
        var chrome: PageChrome
        var e: ActivityEvaluation
    }

    static func render(_ m: Model) -> HTML {
        let e = m.e
        return Layout.page(m.chrome) {
            tag("p") { link(SiteURL.activity(e.activityID), "‹ " + e.title) }
            tag("h1") { txt("Evaluasi kegiatan") }
            tag("div") {
                UI.stat(e.l1.overall.map { dec($0) } ?? "-", "Reaksi peserta (1–5)")
                UI.stat(e.l2.normalisedGain.map { percent($0) } ?? "-", "Peningkatan nilai (gain ternormalisasi)")
                UI.stat(
                    e.l4.competencies.measured > 0 ? "+\(e.l4.competencies.levelsGained) level" : "-",
                    "Kenaikan level kompetensi")
                UI.stat(IndonesianFormat.rupiah(e.cost.total), "Biaya kegiatan")
            }.cls("grid")
            reaction(e.l1)
            learning(e.l2)
            behaviour(e.l3)
            results(e.l4)
            cost(e.cost)
        }
    }

    static func reaction(_ l1: ActivityEvaluation.L1) -> Component {
        tag("section") {
            tag("h2") { txt("1. Reaksi peserta") }
            tag("p") {
                txt(
                    "\(UI.number(l1.respondents)) dari \(UI.number(l1.attendees)) peserta yang hadir mengisi penilaian."
                )
            }
            if l1.respondents > 0 {
                UI.table(headers: ["Aspek", "Rata-rata (1–5)"]) {
                    for aspect in ReactionAspect.allCases {
                        tag("tr") {
                            tag("td") { txt(aspect.label) }
                            tag("td") { txt(l1.aspects[aspect.rawValue].map { dec($0) } ?? "-") }
                        }
                    }
                }
            }
            if !l1.comments.isEmpty {
                tag("h3") { txt("Komentar peserta") }
                tag("ul") { for c in l1.comments { tag("li") { txt(c) }.cls("message") } }
            }
        }.cls("card")
    }

    static func learning(_ l2: ActivityEvaluation.L2) -> Component {
        tag("section") {
            tag("h2") { txt("2. Hasil belajar (pre-test dan post-test)") }
            if l2.participants == 0 {
                tag("p") { txt("Belum ada peserta yang mengerjakan pre-test dan post-test.") }.cls("muted")
            } else {
                UI.facts([
                    ("Peserta dengan kedua tes", UI.number(l2.participants)),
                    ("Rata-rata pre-test", l2.preAverage.map { dec($0) } ?? "-"),
                    ("Rata-rata post-test", l2.postAverage.map { dec($0) } ?? "-"),
                    ("Gain ternormalisasi rata-rata", l2.normalisedGain.map { percent($0) } ?? "-"),
                ])
            }
        }.cls("card")
    }

    static func behaviour(_ l3: ActivityEvaluation.L3) -> Component {
        tag("section") {
            tag("h2") { txt("3. Penerapan di tempat kerja") }
            tag("p") {
                txt(
                    "Survei dibuka "
                        + (l3.dueOn.flatMap(CivilDate.init(iso:)).map(IndonesianFormat.date) ?? "-")
                        + " untuk \(UI.number(l3.completed)) peserta yang lulus dan atasan langsungnya.")
            }.cls("hint")
            UI.facts([
                ("Jawaban peserta", UI.number(l3.participant.answers)),
                ("Penerapan menurut peserta (1–5)", l3.participant.applied.map { dec($0) } ?? "-"),
                ("Jawaban atasan", UI.number(l3.supervisor.answers)),
                ("Penerapan menurut atasan (1–5)", l3.supervisor.applied.map { dec($0) } ?? "-"),
                ("Perubahan kinerja menurut atasan (1–5)", l3.supervisor.change.map { dec($0) } ?? "-"),
            ])
        }.cls("card")
    }

    static func results(_ l4: ActivityEvaluation.L4) -> Component {
        let c = l4.competencies
        let p = l4.predikat
        return tag("section") {
            tag("h2") { txt("4. Hasil bagi kinerja dan kompetensi") }
            tag("h3") { txt("Level kompetensi yang menjadi sasaran") }
            tag("p") {
                txt(
                    "Sebelum: level per \(c.before.flatMap(CivilDate.init(iso:)).map(IndonesianFormat.date) ?? "-"). "
                        + "Sesudah: hanya penilaian sejak \(c.afterFrom.flatMap(CivilDate.init(iso:)).map(IndonesianFormat.date) ?? "-")"
                        + " sampai \(CivilDate(iso: c.afterTo).map(IndonesianFormat.date) ?? c.afterTo).")
            }.cls("hint")
            UI.facts([
                ("Pasangan peserta × kompetensi", UI.number(c.pairs)),
                ("Sudah dinilai sebelum dan sesudah", UI.number(c.measured)),
                ("Level naik", UI.number(c.levelsGained)), ("Level turun", UI.number(c.levelsLost)),
                ("Rata-rata perubahan", c.meanChange.map { dec($0) } ?? "-"),
            ])
            if c.measured > 0, c.measured < 10 {
                tag("p") { txt("Sampel kecil: baca angka ini dengan hati-hati.") }.cls("reminder")
            }
            tag("h3") { txt("Predikat kinerja tahunan") }
            tag("p") {
                txt(
                    "Predikat tahunan \(p.beforeYear) dibandingkan dengan penilaian terakhir (triwulan atau tahunan) "
                        + "untuk periode yang berakhir sesudah kegiatan.")
            }.cls("hint")
            UI.facts([
                ("Peserta yang lulus", UI.number(p.participants)), ("Dapat dibandingkan", UI.number(p.compared)),
                ("Naik", UI.number(p.improved)), ("Tetap", UI.number(p.same)), ("Turun", UI.number(p.worse)),
            ])
            tag("p") {
                txt(
                    "Indeks kepuasan layanan unit peserta belum tersedia: survei kepuasan masyarakat belum dicatat di Asah."
                )
            }.cls("muted")
        }.cls("card")
    }

    static func cost(_ c: ActivityEvaluation.Cost) -> Component {
        tag("section") {
            tag("h2") { txt("Biaya") }
            UI.facts([
                ("Biaya total", IndonesianFormat.rupiah(c.total)),
                ("Peserta", UI.number(c.participants)), ("Lulus", UI.number(c.completed)),
                ("Per peserta", c.perParticipant.map(IndonesianFormat.rupiah) ?? "-"),
                ("Per JP yang diperoleh peserta", c.perJP.map(IndonesianFormat.rupiah) ?? "-"),
                ("Per level kompetensi naik", c.perLevelGained.map(IndonesianFormat.rupiah) ?? "-"),
            ])
        }.cls("card")
    }

    static func dec(_ x: Double) -> String { IndonesianFormat.decimal(x, fractionDigits: 2) }
    static func percent(_ x: Double) -> String { IndonesianFormat.decimal(x * 100, fractionDigits: 0) + "%" }
}
