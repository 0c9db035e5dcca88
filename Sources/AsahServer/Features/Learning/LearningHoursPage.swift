import AsahCore
import Plot

/// One employee's year of learning: the total against the minimum (PNS, CPNS) or the maximum (PPPK)
/// with a bar and the status in words, then every ledger line.
struct LearningHoursPage {
    struct Model {
        var chrome: PageChrome
        var employee: EmployeeQueries.Detail
        var year: Int
        var years: [Int]
        /// The person's own targets for the year (`JPTargets.forService`).
        var targets: JPTargets
        /// The agency's full-year minimum, to explain a pro-rata one.
        var agencyMinimum: JP
        /// A PPPK's contract year running today and their JP in it.
        var contractYear: (year: ClosedRange<CivilDate>, total: JP)?
        var entries: [LearningQueries.Entry]
        var isSelf: Bool
        var status: EmployeeStatus
    }

    static func render(_ m: Model) -> HTML {
        let e = m.employee
        let status = m.status
        return Layout.page(m.chrome) {
            tag("h1") { txt((m.isSelf ? "JP saya " : "Jam pelajaran (JP) ") + String(m.year)) }
            tag("p") {
                link(SiteURL.employee(e.nip), e.fullName)
                txt(" · \(status.label)" + (e.unitName.map { " · " + $0 } ?? ""))
            }.cls("muted")
            UI.years(m.years, selected: m.year) { SiteURL.learningHours(e.nip, year: $0) }
            summary(status: status, total: m.entries.map(\.jp).total, targets: m.targets)
            if let c = m.contractYear {
                tag("p") {
                    txt(
                        "Tahun perjanjian kerja berjalan (\(IndonesianFormat.date(c.year.lowerBound)) – "
                            + "\(IndonesianFormat.date(c.year.upperBound))): \(c.total.display) dari batas "
                            + "\(m.targets.pppkMaximum.display)"
                            + (PPPKContractYear.excess(current: c.total, maximum: m.targets.pppkMaximum).map {
                                ", melebihi \($0.display)."
                            } ?? "."))
                }.cls("hint")
            }
            if !status.isPPPK {
                let state = EmploymentState(rawValue: e.employmentState) ?? .aktif
                if !ServiceYear.counts(e.service, year: m.year) {
                    tag("p") {
                        txt(
                            "Tidak dihitung dalam capaian 20 JP instansi tahun \(m.year): "
                                + (state.isActiveService
                                    ? "belum ada satu bulan penuh dalam dinas aktif."
                                    : "berstatus \(state.label.lowercased()).")
                        )
                    }.cls("hint")
                } else if m.targets.pnsMinimum != m.agencyMinimum {
                    tag("p") {
                        txt(
                            "Minimal \(m.targets.pnsMinimum.display) tahun ini: sebanding dengan "
                                + "\(ServiceYear.months(e.service, year: m.year)) bulan dalam dinas aktif "
                                + "(minimal \(m.agencyMinimum.display) untuk setahun penuh).")
                    }.cls("hint")
                }
            }
            tag("h2") { txt("Catatan pembelajaran \(m.year)") }
            if m.entries.isEmpty {
                tag("p") { txt("Belum ada catatan JP pada tahun \(m.year).") }.cls("card")
            } else {
                table(m.entries)
            }
        }
    }

    static func summary(status: EmployeeStatus, total: JP, targets: JPTargets) -> Component {
        let yearStatus = JPYear.status(status, total: total, targets: targets)
        let limit = status.isPPPK ? targets.pppkMaximum : targets.pnsMinimum
        let tone: ProgressBar.Tone
        switch yearStatus {
        case .met, .withinLimit: tone = .ok
        case .below: tone = .short
        case .overLimit: tone = .over
        }
        return tag("section") {
            tag("p") {
                txt(total.display)
                tag("span") { txt((status.isPPPK ? " dari batas " : " dari minimal ") + limit.display) }
                    .cls("muted")
            }.cls("jp-total")
            ProgressBar.svg(value: total.hundredths, max: limit.hundredths, tone: tone)
            tag("p") { txt(yearStatus.label) }.cls(tone == .ok ? "jp-status ok" : "jp-status bad")
            tag("p") { txt(rule(status, limit: limit)) }.cls("hint")
        }.cls("card").attr("aria-label", "Ringkasan JP")
    }

    static func rule(_ status: EmployeeStatus, limit: JP) -> String {
        if status.isPPPK {
            return limit == JPTargets.standard.pppkMaximum
                ? "PPPK mengikuti pengembangan kompetensi paling banyak 24 JP setahun (PP 49/2018 Pasal 40 ayat 1)."
                : "Instansi menetapkan batas \(limit.display) setahun untuk PPPK."
        }
        return limit == JPTargets.standard.pnsMinimum
            ? "PNS wajib mengikuti pengembangan kompetensi paling sedikit 20 JP setahun (PP 11/2017 Pasal 203 ayat 4)."
            : "Instansi menetapkan paling sedikit \(limit.display) setahun untuk PNS."
    }

    static func table(_ entries: [LearningQueries.Entry]) -> Component {
        UI.table(
            headers: ["Tanggal", "Kegiatan", "Jenis diklat", "Sumber", "JP", "Penyelenggara", "Nomor sertifikat"],
            stacked: true
        ) {
            for entry in entries {
                tag("tr") {
                    tag("td") { txt(CivilDate(iso: entry.learnedOn).map(IndonesianFormat.date) ?? entry.learnedOn) }
                        .cls("nowrap")
                    UI.cell("Kegiatan") {
                        tag("b") { txt(entry.title) }
                        if let earned = entry.earnedAt { tag("div") { txt("Diperoleh di " + earned) }.cls("muted") }
                    }
                    UI.cell("Jenis diklat") { txt(JenisDiklat.name(of: entry.jenisDiklatID) ?? "–") }
                    UI.cell("Sumber") { txt(LearningEntry.Source(rawValue: entry.source)?.label ?? entry.source) }
                    UI.cell("JP") { txt(entry.jp.number) }
                    optional("Penyelenggara", entry.provider)
                    optional("Nomor sertifikat", entry.certificateNo)
                }
            }
        }
    }

    /// "–" when absent; phones leave such a cell out instead of listing a dash.
    static func optional(_ label: String, _ value: String?) -> Component {
        UI.cell(label) { txt(value ?? "–") }.attr("class", value == nil ? "empty" : nil)
    }
}
