import AsahCore
import Foundation
import Plot

/// An agency's innovation projects (or one employee's, with their role), the button to propose one,
/// and for managers the JP rule completion credits.
struct InnovationListPage {
    struct Model {
        var chrome: PageChrome
        var heading: String
        var back: (href: String, label: String)
        var rows: [InnovationQueries.ListRow]
        /// Projects the viewer may open (managers: all; others: their own).
        var visible: Set<UUID>
        var newURL: String?
        /// Shown to managers on the agency's list: the rule and the form that changes it.
        var setting: Setting?
        var showRole: Bool
    }

    struct Setting {
        var agencyCode: String
        var value: String
        var error: String?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(m.back.href, "‹ " + m.back.label) }
            tag("h1") { txt(m.heading) }
            tag("p") {
                txt(
                    "Aksi perubahan dan proyek inovasi: tim pegawai menyelesaikan satu masalah layanan dengan bimbingan mentor dan coach. Anggota tim mendapat JP saat proyek selesai."
                )
            }.cls("muted")
            if let url = m.newURL { tag("p") { link(url, "Usulkan proyek baru", cls: "btn") } }
            if m.rows.isEmpty {
                tag("p") { txt("Belum ada proyek inovasi.") }.cls("card")
            } else {
                table(m)
            }
            if let s = m.setting { setting(s, csrf: m.chrome.csrf) }
        }
    }

    static func table(_ m: Model) -> Component {
        var headers = ["Proyek", "Ketua", "Masa", "Tahapan", "Status"]
        if m.showRole { headers.insert("Peran", at: 1) }
        return UI.table(headers: headers, stacked: true) {
            for r in m.rows {
                tag("tr") {
                    UI.cell("Proyek") {
                        if m.visible.contains(r.id) { link(SiteURL.innovation(r.id), r.title) } else { txt(r.title) }
                        voidTag("br", [])
                        tag("small") { txt("\(r.members) anggota tim") }.cls("muted")
                    }
                    if m.showRole {
                        UI.cell("Peran") { txt(r.role.flatMap(InnovationRole.init(rawValue:))?.label ?? "-") }
                    }
                    UI.cell("Ketua") { txt(r.ketuaName ?? "-") }
                    UI.cell("Masa") { txt(ActivityListPage.dates(r.startsOn, r.endsOn)) }
                    UI.cell("Tahapan") {
                        txt(r.milestones == 0 ? "-" : "\(r.milestonesDone) dari \(r.milestones) selesai")
                    }
                    UI.cell("Status") { status(r.status, completedOn: r.completedOn) }
                }
            }
        }
    }

    static func status(_ raw: String, completedOn: String?) -> Component {
        let label = InnovationStatus(rawValue: raw)?.label ?? raw
        let date = completedOn.flatMap(CivilDate.init(iso:)).map { " · " + IndonesianFormat.date($0) } ?? ""
        return tag("span") { txt(label + date) }.cls("badge")
    }

    static func setting(_ s: Setting, csrf: String) -> Component {
        postForm(action: SiteURL.innovationSetting(s.agencyCode), csrf: csrf, cls: "card") {
            tag("h2") { txt("JP proyek inovasi") }
            tag("p") {
                txt(
                    "Ketua dan setiap anggota mendapat JP ini sekali saat proyek selesai; mentor dan coach tidak. Tabel konversi BPS tidak memuat proyek inovasi, jadi bawaannya \(InnovationJPRule.standard.perMember.display) (setara satu kali magang/praktik kerja)."
                )
            }.cls("muted")
            field(
                "JP per anggota", name: "innovation_jp", value: s.value, error: s.error, required: true,
                hint: "0 sampai \(InnovationJPRule.maximum.display); 0 berarti proyek tidak menambah JP.",
                extra: [("inputmode", "decimal")])
            button("Simpan")
        }
    }
}
