import AsahCore
import Plot

/// How many PNS of the agency (or a unit) reached the yearly JP minimum: totals, per unit, by month,
/// and who is still below it.
struct CompliancePage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var agencyName: String
        var scopeName: String?
        var unitID: String?
        var year: Int
        var years: [Int]
        var report: ComplianceReport
        var lines: [UnitRollUp.Line<JPCompliance>]
        /// PNS at or above the minimum at the end of each month shown (index 0 is January).
        var reachedByMonth: [Int]
        var below: [ComplianceQueries.BelowRow]
        var page: Int
        var perPage: Int
        var canManage: Bool
        /// PPPK over the maximum in the contract year running today: the first `pppkShown`, and how many.
        var pppkOver: [PPPKLimitQueries.Over] = []
        var pppkOverCount = 0
        var pppkMaximum: JP = JPTargets.standard.pppkMaximum

        func url(year: Int? = nil, unit: String? = nil, page: Int? = nil, csv: String? = nil) -> String {
            SiteURL.compliance(agencyCode, year: year ?? self.year, unit: unit ?? unitID, page: page, csv: csv)
        }
    }

    static func render(_ m: Model) -> HTML {
        let total = m.report.total
        let belowCount = total.counted - total.met
        return Layout.page(m.chrome) {
            tag("h1") { txt("Pemenuhan JP \(m.year)") }
            tag("p") {
                txt(m.agencyName + (m.scopeName.map { " · " + $0 } ?? ""))
                txt(
                    " · PNS dan CPNS dalam dinas aktif, minimal \(m.report.minimum.display) setahun "
                        + "(sebanding bulan dinas bagi yang mulai aktif di tengah tahun)")
            }.cls("muted")
            UI.years(m.years, selected: m.year) { m.url(year: $0) }
            tag("div") {
                UI.stat(UI.number(total.counted), "PNS dan CPNS")
                UI.stat(UI.number(total.met), "sudah mencapai \(m.report.minimum.display)")
                UI.stat(total.display, "persentase pemenuhan")
                UI.stat(UI.number(belowCount), "belum mencapai")
            }.cls("grid")
            tag("div") {
                link(m.url(csv: "unit"), "Unduh CSV per unit", cls: "btn btn-secondary")
                link(m.url(csv: "kurang"), "Unduh CSV di bawah minimum", cls: "btn btn-secondary")
                if m.canManage {
                    link(
                        SiteURL.trainingHistory(m.agencyCode, year: m.year), "Unduh riwayat diklat (format SIASN)",
                        cls: "btn btn-secondary")
                    link(SiteURL.jpSettings(m.agencyCode), "Pengaturan JP", cls: "btn btn-secondary")
                }
            }.cls("actions")
            units(m)
            months(m)
            belowList(m, count: belowCount)
            pppkList(m)
        }
    }

    /// The page lists the PPPK most over the maximum; the CSV holds all of them.
    static let pppkShown = 25

    /// PPPK over the maximum in their contract year running today (PP 49/2018 Pasal 40(1)).
    static func pppkList(_ m: Model) -> Component {
        tag("section") {
            tag("h2") { txt("PPPK melebihi batas \(m.pppkMaximum.display) (\(UI.number(m.pppkOverCount)))") }
            tag("p") {
                txt(
                    "Dihitung per tahun perjanjian kerja yang sedang berjalan, mulai TMT perjanjian kerja pada data "
                        + "pegawai (tanpa TMT: tahun kalender). Peringatan untuk pengelola, bukan larangan.")
            }.cls("hint")
            if m.pppkOver.isEmpty {
                tag("p") { txt("Tidak ada PPPK yang melebihi batas.") }.cls("card")
            } else {
                if m.pppkOverCount > m.pppkOver.count {
                    tag("p") {
                        txt("Ditampilkan \(pppkShown) dengan kelebihan terbesar. ")
                        link(m.url(csv: "pppk"), "Unduh CSV semua PPPK yang melebihi batas")
                    }.cls("hint")
                }
                UI.table(headers: ["Pegawai", "Unit kerja", "Tahun kontrak", "JP", "Lebih"], stacked: true) {
                    for p in m.pppkOver {
                        tag("tr") {
                            UI.cell("Pegawai") {
                                link(SiteURL.learningHours(p.nip), p.name)
                                tag("small") { txt(" · " + NIP.format(p.nip)) }.cls("muted nip")
                            }
                            UI.cell("Unit kerja") { txt(p.unitName ?? "-") }
                            UI.cell("Tahun kontrak") {
                                txt(
                                    IndonesianFormat.date(p.contractYear.lowerBound) + " – "
                                        + IndonesianFormat.date(p.contractYear.upperBound))
                            }
                            UI.cell("JP") { txt(p.total.display) }
                            UI.cell("Lebih") { txt(p.excess.display) }.cls("gap-cell")
                        }
                    }
                }
            }
        }
    }

    static func units(_ m: Model) -> Component {
        tag("section") {
            tag("h2") { txt("Per unit kerja") }
            UI.table(
                headers: ["Unit kerja", "PNS", "Sudah mencapai", "Persentase"], caption: "Persentase terendah di atas.",
                stacked: true
            ) {
                for line in m.lines {
                    tag("tr") {
                        tag("td") {
                            if let id = line.id, id.uuidString != m.unitID {
                                link(m.url(unit: id.uuidString), line.name)
                            } else {
                                txt(line.name)
                            }
                        }
                        UI.cell("PNS") { txt(UI.number(line.value.counted)) }
                        UI.cell("Sudah mencapai") { txt(UI.number(line.value.met)) }
                        UI.cell("Persentase") {
                            ProgressBar.share(line.value)
                            txt(line.value.display)
                        }.cls("nowrap")
                    }
                }
            }
        }
    }

    static func months(_ m: Model) -> Component {
        let counted = m.report.total.counted
        return tag("section") {
            tag("h2") { txt("Per bulan") }
            if m.reachedByMonth.isEmpty {
                tag("p") { txt("Tahun \(m.year) belum berjalan.") }.cls("muted")
            } else {
                UI.table(
                    headers: ["Bulan", "Sudah mencapai", "Persentase"],
                    caption: "PNS yang sudah mencapai \(m.report.minimum.display) pada akhir setiap bulan."
                ) {
                    for (index, reached) in m.reachedByMonth.enumerated() {
                        let share = JPCompliance(counted: counted, met: reached)
                        tag("tr") {
                            tag("td") { txt(IndonesianFormat.month(index + 1)) }
                            tag("td") { txt(UI.number(reached)) }
                            tag("td") {
                                ProgressBar.share(share)
                                txt(share.display)
                            }.cls("nowrap")
                        }
                    }
                }
            }
        }
    }

    static func belowList(_ m: Model, count: Int) -> Component {
        tag("section") {
            tag("h2") { txt("Di bawah minimum (\(UI.number(count)))") }
            if count == 0 {
                tag("p") { txt("Semua PNS sudah mencapai \(m.report.minimum.display).") }.cls("card")
            } else {
                UI.table(
                    headers: ["Nama", "NIP", "Unit kerja", "JP", "Kurang"], caption: "Kekurangan terbesar di atas.",
                    stacked: true
                ) {
                    for r in m.below {
                        tag("tr") {
                            tag("td") { link(SiteURL.learningHours(r.nip, year: m.year), r.fullName) }
                            UI.cell("NIP") { txt(NIP.format(r.nip)) }.cls("nip")
                            UI.cell("Unit kerja") { txt(r.unitName ?? "–") }
                            UI.cell("JP") { txt(r.jp.number) }
                            UI.cell("Kurang") { txt(r.missing.number) }.cls("gap-cell")
                        }
                    }
                }
                UI.pager(page: m.page, pages: max(1, (count + m.perPage - 1) / m.perPage)) { m.url(page: $0) }
            }
        }
    }
}
