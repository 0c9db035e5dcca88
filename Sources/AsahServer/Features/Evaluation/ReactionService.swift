import AsahCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// A participant's reaction (L1): only someone who attended, once the activity is over for them, and
/// once (`activity_reactions.enrolment_id` is unique: of twenty at once, one is written).
enum ReactionService {
    struct Place: Decodable {
        var enrolmentID: UUID
        var state: String
        var attended: Int
        var reacted: Int
    }

    /// The employee's place in the activity: state, sessions attended, whether they already answered.
    static func place(activityID: UUID, employeeID: UUID, on db: any Database) async throws -> Place? {
        try await db.sql.raw(
            """
            SELECT n.id AS enrolment_id, n.state,
                   (SELECT COUNT(*) FROM attendance a WHERE a.enrolment_id = n.id) AS attended,
                   (SELECT COUNT(*) FROM activity_reactions r WHERE r.enrolment_id = n.id) AS reacted
            FROM enrolments n WHERE n.activity_id = \(bind: activityID) AND n.employee_id = \(bind: employeeID)
            """
        ).firstRow(Place.self)
    }

    enum Refusal: Error, Equatable {
        case notAttendee, notYet, already

        var message: String {
            switch self {
            case .notAttendee: "Penilaian kegiatan hanya diisi peserta yang hadir."
            case .notYet: "Penilaian dapat diisi setelah kegiatan selesai."
            case .already: "Anda sudah mengisi penilaian kegiatan ini."
            }
        }
    }

    /// The value, or the refusal as an HTTP error: 403 for someone who did not attend, 409 otherwise.
    @discardableResult
    static func require<T>(_ result: Result<T, Refusal>) throws -> T {
        switch result {
        case .success(let value): return value
        case .failure(let refusal):
            throw Abort(refusal == .notAttendee ? .forbidden : .conflict, reason: refusal.message)
        }
    }

    /// Whether this employee may answer now, and their enrolment when they may.
    static func check(_ loaded: LoadedActivity, employeeID: UUID, on db: any Database) async throws
        -> Result<UUID, Refusal>
    {
        let place = try await place(activityID: loaded.id, employeeID: employeeID, on: db)
        let status = ActivityStatus(rawValue: loaded.activity.status) ?? .planned
        switch ReactionEligibility.of(
            state: place.flatMap { EnrolmentState(rawValue: $0.state) }, attendedSessions: place?.attended ?? 0,
            activity: status)
        {
        case .notAttendee: return .failure(.notAttendee)
        case .notYet: return .failure(.notYet)
        case .may:
            guard let place, place.reacted == 0 else { return .failure(.already) }
            return .success(place.enrolmentID)
        }
    }

    /// Writes the reaction; `.already` when this enrolment's was written first (by another request).
    static func record(_ input: ReactionInput, activityID: UUID, enrolmentID: UUID, on db: any Database) async throws
        -> Result<Void, Refusal>
    {
        let id = UUID()
        try await db.sql.raw(
            """
            INSERT INTO activity_reactions (id, activity_id, enrolment_id, material, method, facilitator, facilities,
                organisation, comment, created_at)
            VALUES (\(bind: id), \(bind: activityID), \(bind: enrolmentID), \(bind: input.scores[.material]),
                \(bind: input.scores[.method]), \(bind: input.scores[.facilitator]), \(bind: input.scores[.facilities]),
                \(bind: input.scores[.organisation]), \(bind: input.comment), \(bind: WriteTime.now))
            ON CONFLICT (enrolment_id) DO NOTHING
            """
        ).run()
        struct Row: Decodable { var id: UUID }
        let stored = try await db.sql.raw(
            "SELECT id FROM activity_reactions WHERE enrolment_id = \(bind: enrolmentID)"
        ).firstRow(Row.self)
        return stored?.id == id ? .success(()) : .failure(.already)
    }
}
