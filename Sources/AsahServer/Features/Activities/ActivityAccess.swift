import AsahCore
import Fluent
import Vapor

/// An activity with its facilitators, as `Guard.activity` loads it.
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
}
