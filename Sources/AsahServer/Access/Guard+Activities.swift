import AsahCore
import Fluent
import Vapor

/// What a route asks of an activity. An activity is seen by its agency, its facilitators and
/// administrators; to anyone else it does not exist.
enum ActivityNeed {
    case see
    /// Attendance, scores and tests: its facilitators and the agency's managers.
    case run
    /// Changing it, its status, completing it, enrolling in bulk: the agency's managers.
    case manage
    /// Asking for a place, checking in, taking a test: an employee of its agency.
    case takePart

    func allows(_ a: LoadedActivity, _ actor: Actor) -> Bool {
        switch self {
        case .see: return true
        case .run: return a.canRun(actor)
        case .manage: return a.canManage(actor)
        case .takePart: return AccessPolicy.canRequestPlace(agency: a.activity.agencyID, actor)
        }
    }

    var refusal: String {
        switch self {
        case .see: return ""
        case .run: return "Hanya fasilitator kegiatan ini atau pengelola yang dapat melakukannya."
        case .manage: return "Hanya pengelola kepegawaian yang dapat mengubah kegiatan."
        case .takePart: return "Hanya pegawai instansi ini yang dapat mengikuti kegiatan."
        }
    }
}

/// What a route asks of an enrolment (a participant's place).
enum EnrolmentNeed {
    /// Approve or refuse a request: the participant's unit head or a manager, never themself.
    case decide
    /// Give up the place: the participant, their unit head or a manager.
    case cancel
    /// Record a score: the activity's facilitators or managers.
    case score
    /// Answer the behaviour survey (L3): the participant or their supervisor.
    case surveyBehaviour
}

extension Guard {
    /// The activity named by `:id` in the path.
    func activity(_ need: ActivityNeed) async throws -> LoadedActivity {
        try await activity(id: try id("id", .activity), need)
    }

    func activity(id: UUID, _ need: ActivityNeed) async throws -> LoadedActivity {
        guard let activity = try await Activity.find(id, on: db) else { throw RecordKind.activity.notFound }
        let facilitators = Set(
            try await ActivityFacilitator.query(on: db).filter(\.$activityID == id).all().map(\.userID))
        let loaded = LoadedActivity(activity: activity, facilitators: facilitators)
        let sees = AccessPolicy.canSeeActivity(agency: activity.agencyID, facilitators: facilitators, actor)
        try require(Access(sees: sees, may: need.allows(loaded, actor)), .activity, refusal: need.refusal)
        return loaded
    }

    /// A second question about an activity already loaded (pages load it once, then ask per action).
    func allow(_ need: ActivityNeed, on loaded: LoadedActivity) throws {
        try require(Access(sees: true, may: need.allows(loaded, actor)), .activity, refusal: need.refusal)
    }

    /// The actor as a participant of the activity (asking for a place, checking in, taking a test): their
    /// employee id, or 403 for those who see the activity but are not of its agency's staff.
    func participant(in loaded: LoadedActivity) throws -> UUID {
        let may = ActivityNeed.takePart.allows(loaded, actor)
        try require(Access(sees: true, may: may), .activity, refusal: ActivityNeed.takePart.refusal)
        guard let me = actor.employeeID else { throw Abort(.forbidden, reason: ActivityNeed.takePart.refusal) }
        return me
    }

    /// A session of the activity, by `:session`.
    func session(of loaded: LoadedActivity) async throws -> ActivitySession {
        try await child(ActivitySession.self, "session", .session) { $0.activityID == loaded.id }
    }

    /// The enrolment named by `:enrolment`, with its activity and its participant's facts.
    func enrolment(_ need: EnrolmentNeed) async throws -> (Enrolment, LoadedActivity, EmployeeFacts) {
        let id = try id("enrolment", .enrolment)
        guard let enrolment = try await Enrolment.find(id, on: db),
            let facts = try await EmployeeQueries.facts(id: enrolment.employeeID, on: db)
        else { throw RecordKind.enrolment.notFound }
        let loaded = try await activity(id: enrolment.activityID, .see)
        let may: Bool
        let refusal: String
        switch need {
        case .decide:
            may = AccessPolicy.canNominate(employee: facts, actor)
            refusal = EmployeeNeed.nominate.refusal
        case .cancel:
            may = AccessPolicy.canCancelEnrolment(of: facts, actor)
            refusal = "Anda tidak berwenang membatalkan pendaftaran ini."
        case .score:
            may = loaded.canRun(actor)
            refusal = ActivityNeed.run.refusal
        case .surveyBehaviour:
            may = AccessPolicy.behaviourRespondent(of: facts, actor) != nil
            refusal = "Survei penerapan dijawab oleh peserta dan atasan langsungnya."
        }
        // A place is seen by whoever may read its participant, and by those who run the activity.
        let sees = AccessPolicy.canRead(employee: facts, actor) || loaded.canRun(actor)
        try require(Access(sees: sees, may: may), .enrolment, refusal: refusal)
        return (enrolment, loaded, facts)
    }

    /// A certificate by its code, for whoever may read its holder.
    func certificate(code raw: String) async throws -> ActivityQueries.Certificate {
        guard let code = VerificationCode.normalize(raw),
            let c = try await ActivityQueries.certificate(code: code, on: db)
        else { throw RecordKind.certificate.notFound }
        let holder = EmployeeFacts(
            employeeID: c.employeeID, agencyID: c.agencyID, unitPath: c.unitPath, supervisorID: c.supervisorID)
        try require(AccessPolicy.employee(holder, may: true, actor), .certificate, refusal: "")
        return c
    }
}
