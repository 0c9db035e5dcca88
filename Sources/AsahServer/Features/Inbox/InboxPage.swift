import AsahCore
import Plot

/// "Kotak masuk": each kind of waiting thing with its count and where to deal with it; the newest
/// placements and the subordinates still to assess by name.
struct InboxPage {
    struct Model {
        var chrome: PageChrome
        var counts: InboxCounts
        var agencyCode: String?
        var nip: String?
        var placements: [InboxQueries.Placement]
        var unassessed: [InboxQueries.Subordinate]
        /// Threads of others with replies to the reader unread, by employee.
        var replies: [FeedbackQueries.Unread] = []
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Kotak masuk") }
            if m.counts.kinds.isEmpty {
                tag("p") { txt("Tidak ada yang menunggu Anda saat ini.") }.cls("card")
            }
            for kind in m.counts.kinds {
                tag("section") {
                    tag("p") {
                        tag("b") { txt(kind.sentence(m.counts[kind])) }
                        if let href = target(kind, m) {
                            txt(" ")
                            link(href, action(kind))
                        }
                    }
                    if kind == .placements { placements(m.placements) }
                    if kind == .assessments { subordinates(m.unassessed, total: m.counts[kind]) }
                    if kind == .feedbackReplies { replies(m.replies) }
                }.cls("card").attr("role", "status")
            }
        }
    }

    static func placements(_ rows: [InboxQueries.Placement]) -> Component {
        tag("ul") {
            for p in rows {
                tag("li") {
                    link(SiteURL.activity(p.activityID), p.title)
                    txt(" · " + (EnrolmentState(rawValue: p.state)?.label ?? p.state))
                    if p.isNew == 1 { tag("span") { txt(" baru") }.cls("muted") }
                }
            }
        }
    }

    static func subordinates(_ rows: [InboxQueries.Subordinate], total: Int) -> Component {
        tag("ul") {
            for s in rows {
                tag("li") {
                    link(SiteURL.competencyProfile(s.nip), s.name)
                    tag("small") { txt(" · " + NIP.format(s.nip)) }.cls("muted nip")
                }
            }
            if total > rows.count { tag("li") { txt("dan \(UI.number(total - rows.count)) lainnya") }.cls("muted") }
        }
    }

    static func replies(_ rows: [FeedbackQueries.Unread]) -> Component {
        tag("ul") {
            for r in rows {
                tag("li") {
                    link(SiteURL.feedback(r.nip), r.name)
                    tag("small") { txt(" · \(UI.number(r.count)) balasan") }.cls("muted")
                }
            }
        }
    }

    static func target(_ kind: InboxKind, _ m: Model) -> String? {
        switch kind {
        case .approvals: return SiteURL.approvals
        case .transfers: return m.agencyCode.map(SiteURL.transfers)
        case .externalLearning: return m.agencyCode.map { SitePath.instansiPelatihanLuar.link($0) }
        case .knowledgeSessions: return m.agencyCode.map { SitePath.instansiKomunitasBelajar.link($0) }
        case .mentoringSessions: return m.nip.map { SiteURL.employee($0) }
        case .feedback: return m.nip.map { SiteURL.feedback($0) }
        case .behaviourSurveys: return SitePath.evaluasiPenerapan.link()
        case .feedbackReplies: return nil
        case .assessments, .placements: return nil
        case .jpReminder: return m.nip.map { SiteURL.learningHours($0) }
        }
    }

    static func action(_ kind: InboxKind) -> String {
        switch kind {
        case .approvals, .transfers, .knowledgeSessions: return "Putuskan"
        case .externalLearning: return "Verifikasi"
        case .mentoringSessions: return "Konfirmasi di profil Anda"
        case .jpReminder: return "Lihat JP Anda"
        case .feedback, .feedbackReplies: return "Baca"
        case .behaviourSurveys: return "Jawab"
        case .assessments, .placements: return ""
        }
    }
}
