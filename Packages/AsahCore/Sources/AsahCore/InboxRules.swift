/// What waits for a person: tasks (someone waits for their decision or confirmation; they count until
/// done) and notices (something happened to them; they count until the inbox is opened).
public enum InboxKind: String, CaseIterable, Sendable {
    case approvals, transfers, externalLearning, knowledgeSessions, mentoringSessions, assessments
    case feedback, feedbackReplies, behaviourSurveys, placements, jpReminder

    public var isTask: Bool { self != .placements && self != .jpReminder }

    /// The line of the inbox for `n` waiting things.
    public func sentence(_ n: Int) -> String {
        switch self {
        case .approvals: return "\(n) permintaan ikut kegiatan menunggu persetujuan Anda."
        case .transfers: return "\(n) permintaan mutasi atas pegawai instansi ini menunggu keputusan."
        case .externalLearning: return "\(n) catatan pelatihan di luar instansi menunggu verifikasi."
        case .knowledgeSessions: return "\(n) sesi komunitas belajar menunggu konfirmasi Anda."
        case .mentoringSessions: return "\(n) sesi pembimbingan dicatat pihak lain dan menunggu konfirmasi Anda."
        case .assessments: return "\(n) bawahan langsung belum Anda nilai tahun ini (penilaian atasan)."
        case .behaviourSurveys: return "\(n) survei penerapan hasil pelatihan menunggu jawaban Anda."
        case .feedback: return "\(n) pesan umpan balik dari atasan belum Anda baca."
        case .feedbackReplies: return "\(n) balasan pegawai atas umpan balik yang Anda tulis belum dibaca."
        case .placements: return "\(n) kabar baru tentang keikutsertaan Anda dalam kegiatan."
        case .jpReminder: return "JP Anda tahun ini masih di bawah batas minimal."
        }
    }
}

/// The counts of one person's inbox.
public struct InboxCounts: Sendable, Equatable {
    public var counts: [InboxKind: Int]

    public init(_ counts: [InboxKind: Int] = [:]) { self.counts = counts.filter { $0.value > 0 } }

    public subscript(kind: InboxKind) -> Int { counts[kind] ?? 0 }

    /// The number beside "Kotak masuk" on every page: open tasks and unread notices.
    public var badge: Int { counts.values.reduce(0, +) }

    /// The kinds with something waiting, tasks first, in the order of `InboxKind`.
    public var kinds: [InboxKind] {
        InboxKind.allCases.filter { self[$0] > 0 }.sorted { ($0.isTask ? 0 : 1) < ($1.isTask ? 0 : 1) }
    }
}

public enum InboxRules {
    /// The JP reminder is news once a month: until the inbox is opened in a month it is due, from the
    /// agency's reminder month on, while the person is below the minimum.
    public static func jpReminderIsNew(
        below: Bool, reminder: JPReminder, today: CivilDate, lastOpened: CivilDate?
    ) -> Bool {
        guard below, reminder.isDue(on: today) else { return false }
        guard let seen = lastOpened else { return true }
        return (seen.year, seen.month) < (today.year, today.month)
    }
}
