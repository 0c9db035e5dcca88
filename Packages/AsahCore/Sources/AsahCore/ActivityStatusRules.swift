/// How an activity moves through its statuses by a manager's hand. Finishing is not among them: only
/// closing the activity (`CompletionRule`, certificates, JP) finishes it.
///
///     planned ──▶ open ──▶ running ──▶ (closing) finished
///        │  ◀──────┘          │
///        └──────────┴─────────┴──▶ cancelled
///
/// Registration can be taken back from open to planned (a date moved, seats not yet announced);
/// a running activity no longer takes requests. Cancelling ends every place and request.
extension ActivityStatus {
    public var nextByHand: [ActivityStatus] {
        switch self {
        case .planned: return [.open, .running, .cancelled]
        case .open: return [.planned, .running, .cancelled]
        case .running: return [.cancelled]
        case .finished, .cancelled: return []
        }
    }

    public func canChange(to next: ActivityStatus) -> Bool { nextByHand.contains(next) }

    /// Attendance and post-test scores may be recorded until the activity is closed or cancelled:
    /// closing judges participants on them, so afterwards they stay as judged.
    public var takesAttendance: Bool { self == .planned || self == .open || self == .running }

    /// Why attendance or a score is refused now, in Bahasa Indonesia.
    public var attendanceRefusal: String {
        "Kegiatan sudah \(label.lowercased()); kehadiran dan nilai tidak dapat diubah lagi."
    }

    /// The button a manager presses to move the activity here.
    public var action: String {
        switch self {
        case .planned: return "Kembalikan ke rencana"
        case .open: return "Buka pendaftaran"
        case .running: return "Mulai kegiatan"
        case .finished: return "Tutup kegiatan"
        case .cancelled: return "Batalkan kegiatan"
        }
    }

    /// Why a change is refused, in Bahasa Indonesia.
    public func refusal(to next: ActivityStatus) -> String {
        switch self {
        case .finished: return "Kegiatan sudah selesai; statusnya tidak dapat diubah."
        case .cancelled: return "Kegiatan sudah dibatalkan; statusnya tidak dapat diubah."
        default:
            if next == .finished {
                return "Kegiatan diselesaikan dengan menutupnya, agar peserta dinilai dan JP dicatat."
            }
            return "Status \(label.lowercased()) tidak dapat diubah menjadi \(next.label.lowercased())."
        }
    }
}
