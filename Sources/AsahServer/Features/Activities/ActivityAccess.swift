import AsahCore
import Fluent
import Vapor

/// Loads the activity named in the path with its facilitators and applies the policy; an activity
/// the user may not see answers 404, like a missing one.
struct LoadedActivity {
    var activity: Activity
    var facilitators: Set<UUID>

    var id: UUID { activity.id! }

    func canRun(_ actor: Actor) -> Bool {
        AccessPolicy.canMarkAttendance(activityAgency: activity.agencyID, facilitators: facilitators, actor)
    }

    func canManage(_ actor: Actor) -> Bool {
        AccessPolicy.canManageActivities(agency: activity.agencyID, actor)
    }

    static func load(_ req: Request, user: SignedInUser) async throws -> LoadedActivity {
        try await load(req, user: user, id: req.parameters.get("id").flatMap(UUID.init(uuidString:)))
    }

    static func load(_ req: Request, user: SignedInUser, id: UUID?) async throws -> LoadedActivity {
        guard let id, let activity = try await Activity.find(id, on: req.db)
        else { throw Abort(.notFound, reason: "Kegiatan tidak ditemukan.") }
        let facilitators = Set(
            try await ActivityFacilitator.query(on: req.db).filter(\.$activityID == id).all().map(\.userID))
        guard AccessPolicy.canSeeActivity(agency: activity.agencyID, facilitators: facilitators, user.actor) else {
            throw Abort(.notFound, reason: "Kegiatan tidak ditemukan.")
        }
        return LoadedActivity(activity: activity, facilitators: facilitators)
    }

    /// An enrolment by id with its activity, for decisions, cancellations and scores.
    static func enrolment(_ req: Request, user: SignedInUser) async throws -> (Enrolment, LoadedActivity, EmployeeFacts) {
        guard let id = req.parameters.get("enrolment").flatMap(UUID.init(uuidString:)),
            let enrolment = try await Enrolment.find(id, on: req.db),
            let facts = try await EmployeeQueries.facts(id: enrolment.employeeID, on: req.db)
        else { throw Abort(.notFound, reason: "Pendaftaran tidak ditemukan.") }
        let loaded = try await load(req, user: user, id: enrolment.activityID)
        return (enrolment, loaded, facts)
    }
}
