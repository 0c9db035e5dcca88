import AsahCore
import Plot

/// The agency's learning activities of a year: what is on, when, how many JP, and seats left.
struct ActivityListPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var agencyName: String
        var year: Int
        var canCreate: Bool
        /// The viewer's own NIP, for the link to record learning taken elsewhere.
        var employeeNIP: String? = nil
        var rows: [ActivityQueries.ListRow]
    }

    static func dates(_ first: String?, _ last: String?) -> String {
        guard let f = first.flatMap(CivilDate.init(iso:)) else { return "-" }
        guard let l = last.flatMap(CivilDate.init(iso:)), l != f else { return IndonesianFormat.date(f) }
        return IndonesianFormat.date(f) + " – " + IndonesianFormat.date(l)
    }

    /// The other ways of learning, by who is looking.
    static func links(_ m: Model) -> [(href: String, label: String)] {
        var out = [
            (SiteURL.knowledgeSharing(m.agencyCode), "Komunitas belajar"),
            (SiteURL.innovations(m.agencyCode), "Proyek inovasi"),
        ]
        if m.canCreate {
            out.append((SiteURL.externalQueue(m.agencyCode), "Periksa pelatihan di luar instansi"))
            out.append(
                (
                    SitePath.instansiEvaluasi.link(m.agencyCode) + "?tahun=\(m.year)",
                    "Efektivitas pengembangan tahun ini"
                ))
        }
        if let nip = m.employeeNIP {
            out.append((SiteURL.externalLearning(nip), "Catat pelatihan yang Anda ikuti di luar instansi"))
            out.append((SiteURL.mentoring(nip), "Mentoring dan coaching"))
        }
        return out
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Kegiatan pengembangan kompetensi \(m.year)") }
            tag("p") { txt(m.agencyName) }.cls("muted")
            tag("p") {
                link(SiteURL.activities(m.agencyCode, year: m.year - 1), "‹ \(m.year - 1)")
                txt(" · ")
                link(SiteURL.activities(m.agencyCode, year: m.year + 1), "\(m.year + 1) ›")
                if m.canCreate {
                    txt(" · ")
                    link(SiteURL.newActivity(m.agencyCode), "Kegiatan baru", cls: "btn")
                }
            }
            tag("p") {
                for (i, l) in links(m).enumerated() {
                    if i > 0 { txt(" · ") }
                    link(l.href, l.label)
                }
            }
            if m.rows.isEmpty {
                tag("p") { txt("Belum ada kegiatan pada tahun ini.") }.cls("card")
            } else {
                UI.table(headers: ["Kegiatan", "Jenis", "Tanggal", "JP", "Peserta", "Status"], stacked: true) {
                    for r in m.rows {
                        tag("tr") {
                            UI.cell("Kegiatan") { link(SiteURL.activity(r.id), r.title) }
                            UI.cell("Jenis") { txt(JenisDiklat.byID(r.jenisDiklatID)?.name ?? "-") }
                            UI.cell("Tanggal") { txt(dates(r.firstDay, r.lastDay)) }
                            UI.cell("JP") { txt(JP(hundredths: r.jpHundredths).number) }
                            UI.cell("Peserta") {
                                txt(
                                    r.capacity.map { "\(r.enrolled + r.completed) dari \($0)" }
                                        ?? "\(r.enrolled + r.completed)")
                                if r.waiting > 0 { txt(" (+\(r.waiting) menunggu)") }
                            }
                            UI.cell("Status") { txt(ActivityStatus(rawValue: r.status)?.label ?? r.status) }
                        }
                    }
                }
            }
        }
    }
}
