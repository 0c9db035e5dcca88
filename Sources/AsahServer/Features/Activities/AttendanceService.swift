import AsahCore
import Fluent
import SQLKit
import Vapor

/// Attendance per session: the facilitator's list, or a participant's check-in with the code shown at
/// the venue.
enum AttendanceService {
    /// Sets who was present at a session (the list replaces the previous one). Every NIP must be an
    /// enrolled participant; otherwise nothing is written and the unknown ones are named.
    static func set(
        session: ActivitySession, presentNIPs: [String], byUser: UUID?, on db: any Database
    ) async throws -> Int {
        try await WriteTransaction.run(on: db) { tx in
            try await requireOpen(session.activityID, on: tx)
            let enrolled = try await ActivityQueries.enrolledByNIP(activityID: session.activityID, on: tx)
            let wanted = Set(presentNIPs.map(NIP.normalize))
            let unknown = wanted.filter { enrolled[$0] == nil }.sorted()
            guard unknown.isEmpty else {
                throw APIError(
                    .unprocessableEntity, code: .invalid,
                    message: "Bukan peserta terdaftar kegiatan ini: " + unknown.joined(separator: ", ")
                        + ". Tidak ada yang disimpan.")
            }
            let sessionID = try session.requireID()
            let keep = Set(wanted.compactMap { enrolled[$0] })
            let marked = try await Attendance.query(on: tx).filter(\.$sessionID == sessionID).all()
            let gone = marked.filter { !keep.contains($0.enrolmentID) }.compactMap(\.id)
            if !gone.isEmpty { try await Attendance.query(on: tx).filter(\.$id ~~ gone).delete() }
            let already = Set(marked.map(\.enrolmentID))
            for enrolmentID in keep where !already.contains(enrolmentID) {
                try await Attendance(
                    enrolmentID: enrolmentID, sessionID: sessionID, method: .facilitator, markedBy: byUser
                )
                .create(on: tx)
            }
            return keep.count
        }
    }

    /// A participant checks in with the code of today's session.
    static func checkIn(
        activity: Activity, employeeID: UUID, code raw: String, today: CivilDate, on db: any Database
    ) async throws -> ActivitySession {
        guard let code = VerificationCode.normalizeCheckIn(raw) else {
            throw Abort(
                .unprocessableEntity,
                reason: "Kode hadir terdiri dari 6 huruf atau angka, seperti tertera di tempat kegiatan.")
        }
        let activityID = try activity.requireID()
        guard
            let session = try await ActivitySession.query(on: db).filter(\.$activityID == activityID)
                .filter(\.$checkinCode == code).first()
        else {
            throw Abort(.unprocessableEntity, reason: "Kode hadir tidak cocok dengan sesi mana pun dari kegiatan ini.")
        }
        guard session.date == today.iso else {
            throw Abort(
                .unprocessableEntity,
                reason:
                    "Kode ini untuk sesi tanggal \(CivilDate(iso: session.date).map(IndonesianFormat.date) ?? session.date); isi kode pada hari sesi itu."
            )
        }
        guard
            let enrolment = try await Enrolment.query(on: db).filter(\.$activityID == activityID)
                .filter(\.$employeeID == employeeID).first(), enrolment.state == EnrolmentState.enrolled.rawValue
        else { throw Abort(.forbidden, reason: "Anda bukan peserta terdaftar kegiatan ini.") }
        let sessionID = try session.requireID()
        let enrolmentID = try enrolment.requireID()
        // Under the activity's lock: a double tap finds its own mark, and closing waits for it.
        try await WriteTransaction.run(on: db) { tx in
            try await requireOpen(activityID, on: tx)
            if try await Attendance.query(on: tx).filter(\.$sessionID == sessionID).filter(
                \.$enrolmentID == enrolmentID
            )
            .first() == nil {
                try await Attendance(enrolmentID: enrolmentID, sessionID: sessionID, method: .checkin, markedBy: nil)
                    .create(on: tx)
            }
        }
        return session
    }

    /// Takes the activity's lock and refuses once it is closed or cancelled (`takesAttendance`).
    static func requireOpen(_ activityID: UUID, on tx: any Database) async throws {
        try await ActivityLock.take(activityID, on: tx)
        guard let a = try await Activity.find(activityID, on: tx), let status = ActivityStatus(rawValue: a.status)
        else {
            throw Abort(.notFound, reason: "Kegiatan tidak ditemukan.")
        }
        guard status.takesAttendance else { throw Abort(.conflict, reason: status.attendanceRefusal) }
    }
}
