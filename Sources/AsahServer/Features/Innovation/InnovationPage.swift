import AsahCore
import Foundation
import Plot

/// One project: what it solves, the team, the milestones, its status and outcome; for those who run
/// it the forms to add people and milestones, to move it on, and to complete it.
struct InnovationPage {
    /// What the viewer typed into one of the page's forms, kept when it is refused.
    struct Draft {
        var memberNIP = ""
        var memberRole = InnovationRole.anggota.rawValue
        var milestoneTitle = ""
        var milestoneDue = ""
        var outcome = ""
    }

    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var id: UUID
        var title: String
        var problem: String
        var competencies: [(code: String, name: String)]
        var period: String
        var status: InnovationStatus
        var outcome: String?
        var completedOn: String?
        var credited: JP?
        var rule: JP
        var members: [InnovationQueries.MemberRow]
        var milestones: [InnovationMilestone]
        var canManage: Bool
        var canComplete: Bool
        /// Managers choose mentor and coach; the ketua and mentor manage anggota.
        var canAssignGuides: Bool
        var draft = Draft()
        var errors: [String: String] = [:]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.innovations(m.agencyCode), "‹ Proyek inovasi") }
            tag("h1") { txt(m.title) }
            if let e = m.errors["state"] ?? m.errors["status"] {
                tag("p") { txt(e) }.cls("error").attr("role", "alert")
            }
            summary(m)
            team(m)
            milestones(m)
            if m.canManage && m.status.isOpen { actions(m) }
            if m.canComplete && m.status == .berjalan { completion(m) }
        }
    }

    static func summary(_ m: Model) -> Component {
        let jp: String
        if let credited = m.credited {
            jp = credited > .zero ? "\(credited.display) untuk ketua dan setiap anggota" : "Tidak menambah JP"
        } else {
            jp = "\(m.rule.display) untuk ketua dan setiap anggota saat selesai"
        }
        let competencies =
            m.competencies.isEmpty ? "-" : m.competencies.map { "\($0.code) \($0.name)" }.joined(separator: "; ")
        return tag("div") {
            UI.facts([
                (
                    "Status",
                    m.status.label
                        + (m.completedOn.flatMap(CivilDate.init(iso:)).map { ", " + IndonesianFormat.date($0) } ?? "")
                ),
                ("Masa", m.period), ("Kompetensi", competencies), ("JP", jp),
            ])
            tag("h2") { txt("Masalah") }
            tag("p") { txt(m.problem) }
            if let outcome = m.outcome {
                tag("h2") { txt("Hasil") }
                tag("p") { txt(outcome) }
            }
            if m.canManage && m.status.isOpen {
                tag("p") { link(SiteURL.editInnovation(m.id), "Ubah uraian proyek", cls: "btn btn-secondary") }
            }
        }.cls("card")
    }

    static func team(_ m: Model) -> Component {
        let manage = m.canManage && m.status.isOpen
        return tag("section") {
            tag("h2") { txt("Tim") }
            UI.table(headers: ["Nama", "Peran", "Unit kerja"], stacked: true) {
                for p in m.members {
                    tag("tr") {
                        UI.cell("Nama") {
                            txt(p.name)
                            voidTag("br", [])
                            tag("small") { txt(NIP.format(p.nip)) }.cls("muted")
                        }
                        UI.cell("Peran") {
                            txt(InnovationRole(rawValue: p.role)?.label ?? p.role)
                            if manage, let role = InnovationRole(rawValue: p.role),
                                role == .anggota || (role != .ketua && m.canAssignGuides)
                            {
                                txt(" ")
                                postForm(
                                    action: SiteURL.innovationRemoveMember(m.id, p.nip), csrf: m.chrome.csrf,
                                    cls: "inline"
                                ) { button("Hapus dari tim", cls: "btn btn-small btn-secondary") }
                            }
                        }
                        UI.cell("Unit kerja") { txt(p.unitName ?? "-") }
                    }
                }
            }
            if manage {
                postForm(action: SiteURL.innovationMembers(m.id), csrf: m.chrome.csrf) {
                    tag("h3") { txt("Tambah orang ke tim") }
                    tag("div") {
                        field(
                            "NIP", name: "nip", value: m.draft.memberNIP, error: m.errors["nip"], required: true,
                            extra: [("inputmode", "numeric")])
                        selectField(
                            "Peran", name: "role", options: roles(m).map { ($0.rawValue, $0.label) },
                            selected: m.draft.memberRole, error: m.errors["role"])
                    }.cls("session-row")
                    button("Tambahkan", cls: "btn btn-secondary")
                }
            }
        }.cls("card")
    }

    /// The roles the viewer may give: a project always has its ketua; mentor and coach are for managers.
    static func roles(_ m: Model) -> [InnovationRole] {
        m.canAssignGuides ? [.anggota, .mentor, .coach] : [.anggota]
    }

    static func milestones(_ m: Model) -> Component {
        let manage = m.canManage && m.status.isOpen
        return tag("section") {
            tag("h2") { txt("Tahapan") }
            if m.milestones.isEmpty {
                tag("p") { txt("Belum ada tahapan.") }.cls("muted")
            } else {
                UI.table(headers: ["Tahapan", "Tenggat", "Selesai"], stacked: true) {
                    for s in m.milestones {
                        tag("tr") {
                            UI.cell("Tahapan") { txt(s.title) }
                            UI.cell("Tenggat") { txt(date(s.dueOn)) }
                            UI.cell("Selesai") {
                                if let done = s.doneOn {
                                    txt("✓ " + date(done))
                                } else if manage, let sid = s.id {
                                    postForm(
                                        action: SiteURL.innovationMilestoneDone(m.id, sid), csrf: m.chrome.csrf,
                                        cls: "inline"
                                    ) {
                                        button("Tandai selesai", cls: "btn btn-small")
                                    }
                                } else {
                                    txt("Belum")
                                }
                            }
                        }
                    }
                }
            }
            if manage {
                postForm(action: SiteURL.innovationMilestones(m.id), csrf: m.chrome.csrf) {
                    tag("h3") { txt("Tambah tahapan") }
                    tag("div") {
                        field(
                            "Tahapan", name: "title", value: m.draft.milestoneTitle, error: m.errors["title"],
                            required: true, id: "ms-title")
                        field(
                            "Tenggat", name: "due_on", value: m.draft.milestoneDue, error: m.errors["due_on"],
                            type: "date",
                            required: true, id: "ms-due")
                    }.cls("session-row")
                    button("Tambahkan", cls: "btn btn-secondary")
                }
            }
        }.cls("card")
    }

    static func actions(_ m: Model) -> Component {
        tag("div") {
            for next in m.status.next where next != .selesai {
                postForm(action: SiteURL.innovationStatus(m.id), csrf: m.chrome.csrf, cls: "inline") {
                    voidTag("input", [("type", "hidden"), ("name", "status"), ("value", next.rawValue)])
                    button(next.action, cls: next == .dibatalkan ? "btn btn-secondary" : "btn")
                }
            }
        }.cls("actions")
    }

    static func completion(_ m: Model) -> Component {
        postForm(action: SiteURL.completeInnovation(m.id), csrf: m.chrome.csrf, cls: "card") {
            tag("h2") { txt("Selesaikan proyek") }
            tag("p") {
                txt(
                    "Ketua dan setiap anggota mendapat \(m.rule.display) sekali, dicatat pada hari ini. Proyek yang selesai tidak dapat diubah lagi."
                )
            }.cls("muted")
            if let e = m.errors["members"] { tag("p") { txt(e) }.cls("error") }
            InnovationFormPage.textArea(
                "Hasil proyek", name: "outcome", value: m.draft.outcome, error: m.errors["outcome"], rows: 4)
            button("Selesaikan dan catat JP")
        }
    }

    static func date(_ iso: String) -> String { CivilDate(iso: iso).map(IndonesianFormat.date) ?? iso }
}
