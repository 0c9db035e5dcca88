import AsahCore
import Plot

/// The dashboard after signing in; its sections depend on the user's roles.
struct HomePage {
    struct AgencySection {
        var code: String
        var name: String
        var statusCounts: [String: Int]
        var units: Int
        var positions: Int
        var canManage: Bool
    }

    struct UnitSection {
        var agencyCode: String
        var unitName: String
        var statusCounts: [String: Int]
    }

    struct SelfSection {
        var nip: String
        var fullName: String
        var positionName: String?
        var unitName: String?
        var subordinates: Int
        var agencyCode: String?
    }

    /// Reminders of the yearly JP minimum, each for whoever it concerns.
    struct JPReminders {
        var agencyCode: String
        var year: Int
        var minimum: JP
        /// The signed-in PNS, when below the minimum.
        var own: (nip: String, total: JP)?
        /// PNS of the unit head's unit below the minimum.
        var unitBelow: Int?
        /// The agency's compliance, for its managers.
        var agency: JPCompliance?

        var isEmpty: Bool { own == nil && unitBelow == nil && agency == nil }
    }

    struct Model {
        var chrome: PageChrome
        var greetingName: String
        var agencies: [OrganizationQueries.AgencyRow] = []
        /// The administrator's view: the agencies, and adding one (also when there are none yet).
        var listsAgencies = false
        var agency: AgencySection?
        var unit: UnitSection?
        var me: SelfSection?
        var jp: JPReminders?
        /// Requests for a place waiting on this unit head's or manager's decision.
        var pendingApprovals = 0
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Selamat datang, \(m.greetingName)") }
            if m.pendingApprovals > 0 {
                tag("p") {
                    tag("b") { txt("\(m.pendingApprovals) permintaan ikut kegiatan menunggu persetujuan Anda. ") }
                    link(SiteURL.approvals, "Periksa permintaan")
                }.cls("card").attr("role", "status")
            }
            if let jp = m.jp { reminders(jp) }
            if m.listsAgencies { agencyList(m.agencies) }
            if let a = m.agency { agencySection(a) }
            if let u = m.unit { unitSection(u) }
            if let me = m.me { selfSection(me) }
        }
    }

    static func reminders(_ r: JPReminders) -> Component {
        tag("section") {
            tag("h2") { txt("Pengingat JP \(r.year)") }
            if let own = r.own {
                tag("div") {
                    tag("p") { tag("b") { txt("JP Anda tahun ini: \(own.total.number) dari \(r.minimum.display)") } }
                    ProgressBar.svg(value: own.total.hundredths, max: r.minimum.hundredths, tone: .short)
                    tag("p") {
                        txt("Kurang \((r.minimum - own.total).display) lagi sebelum akhir tahun. ")
                        link(SiteURL.learningHours(own.nip), "Lihat JP saya")
                    }
                }.cls("card reminder")
            }
            if let below = r.unitBelow {
                tag("div") {
                    tag("p") {
                        tag("b") { txt("\(UI.number(below)) PNS di unit Anda belum mencapai \(r.minimum.display).") }
                    }
                    tag("p") { link(SiteURL.compliance(r.agencyCode), "Lihat pemenuhan JP unit") }
                }.cls("card reminder")
            }
            if let c = r.agency {
                tag("div") {
                    tag("p") {
                        tag("b") { txt("Pemenuhan JP instansi: \(c.display)") }
                        txt(" (\(UI.number(c.met)) dari \(UI.number(c.counted)) PNS")
                        txt(" sudah mencapai \(r.minimum.display))")
                    }
                    ProgressBar.share(c, small: false)
                    tag("p") { link(SiteURL.compliance(r.agencyCode), "Lihat pemenuhan JP") }
                }.cls("card reminder")
            }
        }
    }

    static func counts(_ c: [String: Int]) -> Component {
        let total = c.values.reduce(0, +)
        return tag("div") {
            UI.stat(UI.number(total), "Pegawai")
            for status in EmployeeStatus.allCases {
                UI.stat(UI.number(c[status.rawValue] ?? 0), status.label)
            }
        }.cls("grid")
    }

    static func agencyList(_ rows: [OrganizationQueries.AgencyRow]) -> Component {
        tag("section") {
            tag("h2") { txt("Instansi") }
            tag("p") {
                link(SiteURL.newAgency, "Tambah instansi dan pengelola pertamanya")
                txt(" · ")
                link(SiteURL.systemStatus, "Status sistem dan cadangan")
            }
            if rows.isEmpty { tag("p") { txt("Belum ada instansi.") }.cls("card") } else { table(rows) }
        }
    }

    static func table(_ rows: [OrganizationQueries.AgencyRow]) -> Component {
        UI.table(headers: ["Instansi", "Jenis", "Provinsi", "Pegawai"]) {
            for a in rows {
                tag("tr") {
                    tag("td") { link(SiteURL.agency(a.code), a.name) }
                    tag("td") { txt(AgencyKind(rawValue: a.kind)?.label ?? a.kind) }
                    tag("td") { txt(a.province) }
                    tag("td") { txt(UI.number(a.employees)) }
                }
            }
        }
    }

    static func agencySection(_ a: AgencySection) -> Component {
        tag("section") {
            tag("h2") { txt(a.name) }
            counts(a.statusCounts)
            tag("p") { txt("\(UI.number(a.units)) unit kerja · \(UI.number(a.positions)) jabatan") }.cls("muted")
            tag("div") {
                link(SiteURL.employees(a.code), "Daftar pegawai", cls: "btn")
                link(SiteURL.agency(a.code), "Struktur unit kerja", cls: "btn btn-secondary")
                if a.canManage {
                    link(SiteURL.importPage(a.code), "Impor data SIASN", cls: "btn btn-secondary")
                    link(SiteURL.newEmployee(a.code), "Tambah pegawai", cls: "btn btn-secondary")
                }
            }.cls("actions")
        }
    }

    static func unitSection(_ u: UnitSection) -> Component {
        tag("section") {
            tag("h2") { txt(u.unitName) }
            counts(u.statusCounts)
            tag("div") { link(SiteURL.employees(u.agencyCode), "Pegawai unit saya", cls: "btn") }.cls("actions")
        }
    }

    static func selfSection(_ me: SelfSection) -> Component {
        tag("section") {
            tag("h2") { txt("Data saya") }
            tag("div") {
                UI.facts(
                    [
                        ("Nama", me.fullName), ("NIP", NIP.format(me.nip)),
                        ("Jabatan", me.positionName ?? "-"), ("Unit kerja", me.unitName ?? "-"),
                    ] + (me.subordinates > 0 ? [("Bawahan langsung", UI.number(me.subordinates))] : []))
                tag("div") {
                    link(SiteURL.employee(me.nip), "Lihat profil lengkap", cls: "btn")
                    if me.subordinates > 0, let code = me.agencyCode {
                        link(SiteURL.employees(code), "Bawahan saya", cls: "btn btn-secondary")
                    }
                }.cls("actions")
            }.cls("card")
        }
    }
}
