import AsahCore
import Plot

/// The participants of an activity for those who run it: decisions on requests, post-test scores,
/// attendance so far, outcomes; and closing the activity (managers).
enum ParticipantsSection {
    static func render(_ m: ActivityPage.Model, _ participants: [ActivityDetail.Participant]) -> Component {
        let total = m.activity.sessions.count
        return tag("section") {
            tag("h2") { txt("Peserta (\(participants.count))") }
            if participants.isEmpty {
                tag("p") { txt("Belum ada peserta.") }.cls("muted")
            } else {
                UI.table(headers: ["Nama", "Unit", "Status", "Hadir", "Post-test", "Tindakan"], stacked: true) {
                    for p in participants {
                        tag("tr") {
                            UI.cell("Nama") {
                                txt(p.name); voidTag("br", []); tag("small") { txt(NIP.format(p.nip)) }.cls("muted")
                            }
                            UI.cell("Unit") { txt(p.unit ?? "-") }
                            UI.cell("Status") { txt(EnrolmentState(rawValue: p.state)?.label ?? p.state) }
                            UI.cell("Hadir") { txt("\(p.attendedSessions)/\(total)") }
                            UI.cell("Post-test") { txt(p.postTestScore.map(String.init) ?? "-") }
                            UI.cell("Tindakan") { actions(m, p) }
                        }
                    }
                }
            }
            if m.canManage, m.activity.status != ActivityStatus.finished.rawValue,
                m.activity.status != ActivityStatus.cancelled.rawValue
            {
                postForm(
                    action: SitePath.kegiatanSelesai.link(m.activity.id.uuidString), csrf: m.chrome.csrf, cls: "card"
                ) {
                    tag("p") {
                        txt(
                            "Menutup kegiatan menilai setiap peserta terdaftar menurut syarat selesai, menerbitkan sertifikat dan mencatat JP. Tindakan ini tidak dapat diulang."
                        )
                    }
                    button("Tutup kegiatan dan terbitkan sertifikat")
                }
            }
        }
    }

    @ComponentBuilder
    static func actions(_ m: ActivityPage.Model, _ p: ActivityDetail.Participant) -> Component {
        if p.state == EnrolmentState.requested.rawValue && m.canManage {
            ApprovalPage.decisionForms(
                action: SitePath.pendaftaranKeputusan.link(p.enrolmentID.uuidString), csrf: m.chrome.csrf)
        } else if p.state == EnrolmentState.enrolled.rawValue && m.activity.postTestPassingScore != nil {
            postForm(
                action: SitePath.pendaftaranNilai.link(p.enrolmentID.uuidString), csrf: m.chrome.csrf, cls: "inline"
            ) {
                tag("label") { txt("Nilai \(p.name)") }.attr("for", "n-" + p.enrolmentID.uuidString).cls("sr-only")
                voidTag(
                    "input",
                    [
                        ("type", "number"), ("min", "0"), ("max", "100"), ("name", "nilai"),
                        ("id", "n-" + p.enrolmentID.uuidString), ("value", p.postTestScore.map(String.init)),
                        ("inputmode", "numeric"), ("class", "score"),
                    ])
                button("Simpan", cls: "btn btn-small")
            }
        } else if let code = p.certificateCode {
            // The certificate page (with the full NIP) is for those who may read the employee; a
            // facilitator gets the public check of the same code.
            link(m.canManage ? SiteURL.certificate(code) : SiteURL.verification(code), "Sertifikat")
        } else {
            txt("-")
        }
    }
}
