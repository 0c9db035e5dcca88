/// When a manager may change an activity already created, and which parts.
/// - Finished and cancelled activities are records: they do not change.
/// - The schedule (and with it the JP) may change until attendance is recorded; after that the
///   sessions stay, so that nobody's attendance or check-in code points at a session that moved.
/// - Capacity may go down below the seats taken (nobody is removed, the manager is told) or up
///   (the waiting list moves up, `EnrolmentRules.promotions`).
public enum ActivityEditRules {
    /// Whether the checked sessions differ from the stored ones (in any order).
    public static func sessionsChanged(_ stored: [SessionInput], _ new: [ValidActivity.Session]) -> Bool {
        let a = stored.map { [$0.date, $0.startsAt, $0.endsAt] }.sorted { $0.joined() < $1.joined() }
        let b = new.map { [$0.date.iso, $0.startsAt, $0.endsAt] }.sorted { $0.joined() < $1.joined() }
        return a != b
    }

    /// Errors by field, empty when the change may be saved.
    public static func check(status: ActivityStatus, sessionsChanged: Bool, attendanceRecorded: Bool) -> FieldErrors {
        if status == .finished || status == .cancelled {
            return FieldErrors(["status": "Kegiatan yang sudah \(status.label.lowercased()) tidak dapat diubah."])
        }
        if sessionsChanged && attendanceRecorded {
            return FieldErrors([
                "sessions": "Jadwal tidak dapat diubah karena kehadiran sudah dicatat. Bagian lain tetap dapat diubah."
            ])
        }
        return FieldErrors([:])
    }
}
