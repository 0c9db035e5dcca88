import AsahCore
import Fluent
import Vapor

/// JSON API of learning activities: create and list, enrol (self, nomination, by gap), decide,
/// cancel, attendance and check-in, post-test scores, completion, and certificate verification.
struct ActivityAPIController {
    func list(req: Request) async throws -> ActivityListDTO {
        let agency = try await req.apiGuard().agency(.seeActivities)
        let year = try req.apiYear()
        let rows = try await ActivityQueries.list(agencyID: try agency.requireID(), year: year, on: req.db)
        return ActivityListDTO(
            year: year,
            items: rows.map {
                .init(
                    id: $0.id, title: $0.title, jenisDiklatId: $0.jenisDiklatID,
                    jenisDiklat: JenisDiklat.byID($0.jenisDiklatID)?.name, mode: $0.mode, status: $0.status,
                    capacity: $0.capacity, jp: JP(hundredths: $0.jpHundredths), firstDay: $0.firstDay,
                    lastDay: $0.lastDay, sessions: $0.sessions, enrolled: $0.enrolled, waitlisted: $0.waiting,
                    completed: $0.completed)
            })
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.manage)
        let agencyID = try agency.requireID()
        let body = try req.content.decode(ActivityBody.self)
        let checked = try await ActivityService.check(
            body.input, facilitatorNames: body.facilitators ?? [], agencyID: agencyID, on: req.db)
        guard let valid = checked.valid else { throw ActivityService.apiError(checked.errors) }
        let facilitators = checked.facilitators
        let activity = try await ActivityService.create(
            valid, agencyID: agencyID, userID: user.userID, facilitators: facilitators, on: req.db)
        let response = Response(status: .created)
        try response.content.encode(
            try await Self.dto(
                LoadedActivity(activity: activity, facilitators: Set(facilitators)), user: user, on: req.db))
        return response
    }

    /// `PUT /activities/{id}`: the same body as creating; sessions only before any attendance.
    func update(req: Request) async throws -> ActivityDTO {
        let user = try req.requireAPIUser()
        let loaded = try await Guard(req, user).activity(.manage)
        let body = try req.content.decode(ActivityBody.self)
        let checked = try await ActivityService.check(
            body.input, facilitatorNames: body.facilitators ?? [], agencyID: loaded.activity.agencyID, on: req.db)
        guard let valid = checked.valid else { throw ActivityService.apiError(checked.errors) }
        do {
            _ = try await ActivityService.update(
                loaded.activity, valid, facilitators: checked.facilitators, userID: user.userID, on: req.db)
        } catch let refused as ActivityEditRefused {
            throw ActivityService.apiError(refused.errors.messages, status: .conflict)
        }
        return try await Self.dto(try await Guard(req, user).activity(.see), user: user, on: req.db)
    }

    func show(req: Request) async throws -> ActivityDTO {
        let user = try req.requireAPIUser()
        return try await Self.dto(try await Guard(req, user).activity(.see), user: user, on: req.db)
    }

    static func dto(_ loaded: LoadedActivity, user: SignedInUser, on db: any Database) async throws -> ActivityDTO {
        ActivityDTO(try await ActivityDetail.load(loaded, user: user, on: db))
    }

    /// Without a NIP: the signed-in employee asks for a place (the unit head approves when the activity
    /// wants it). With a NIP: a unit head or manager puts the employee forward.
    func enrol(req: Request) async throws -> Response {
        let user = try req.requireAPIUser()
        let loaded = try await Guard(req, user).activity(.see)
        let body = (try? req.content.decode(EnrolBody.self)) ?? EnrolBody()
        let enrolment: Enrolment
        var warnings: [String]?
        if let nip = body.nip, !nip.isEmpty, NIP.normalize(nip) != user.employeeNIP {
            let e = try await Guard(req, user).employee(nip: nip, .nominate)
            guard e.agencyID == loaded.activity.agencyID else { throw RecordKind.employee.notFound }
            enrolment = try await EnrolmentService.enrol(
                loaded.activity, employeeID: e.id, byUser: user.userID, approvalRequired: false, on: req.db)
            warnings = try await Self.pppkWarning(e, activity: loaded.activity, on: req).map { [$0] }
        } else {
            let me = try Guard(req, user).participant(in: loaded)
            enrolment = try await EnrolmentService.enrol(
                loaded.activity, employeeID: me, byUser: user.userID,
                approvalRequired: loaded.activity.requiresApproval, on: req.db)
        }
        let response = Response(status: .created)
        try response.content.encode(
            EnrolmentDTO(enrolmentId: try enrolment.requireID(), state: enrolment.state, warnings: warnings))
        return response
    }

    /// A PPPK whose contract year would pass the maximum with this activity's JP: a warning, not a refusal.
    static func pppkWarning(_ e: EmployeeQueries.Detail, activity: Activity, on req: Request) async throws -> String? {
        guard EmployeeStatus(rawValue: e.status)?.isPPPK == true else { return nil }
        let maximum = try await AgencySettings.jpTargets(e.agencyID, on: req.db).pppkMaximum
        // The activity's JP are posted on its last day: the contract year holding that day is the one.
        let last = try await ActivitySession.query(on: req.db).filter(\.$activityID == activity.requireID())
            .sort(\.$date, .descending).first()
        var day = try await req.today(for: e.agencyID)
        if let lastDay = last.flatMap({ CivilDate(iso: $0.date) }) { day = lastDay }
        let held = try await PPPKLimitQueries.total(
            employeeID: e.id, contractStart: e.contractStart, today: day, on: req.db)
        let adding = JP(hundredths: activity.jpHundredths)
        guard let excess = PPPKContractYear.excess(current: held.total, adding: adding, maximum: maximum) else {
            return nil
        }
        return "PPPK ini akan memiliki \((held.total + adding).display) dalam tahun perjanjian kerjanya, "
            + "melebihi batas \(maximum.display) sebanyak \(excess.display)."
    }

    func enrolByGap(req: Request) async throws -> EnrolmentService.BulkResult {
        let user = try req.requireAPIUser()
        let loaded = try await Guard(req, user).activity(.manage)
        let body = try req.content.decode(ByGapBody.self)
        var unitPath: String?
        if let unitID = body.unitId {
            guard let unit = try await Unit.find(unitID, on: req.db), unit.agencyID == loaded.activity.agencyID else {
                throw Abort(.notFound, reason: "Unit kerja tidak ditemukan.")
            }
            unitPath = unit.path
        }
        return try await EnrolmentService.enrolByGap(
            loaded.activity, competency: body.competency.uppercased(), unitPath: unitPath, byUser: user.userID,
            on: req.db)
    }

    func decide(req: Request) async throws -> EnrolmentDTO {
        let user = try req.requireAPIUser()
        let (enrolment, _, _) = try await Guard(req, user).enrolment(.decide)
        try await EnrolmentService.decide(
            enrolment, approve: try req.content.decode(DecisionBody.self).approve,
            byUser: user.userID, on: req.db)
        let saved = try await Enrolment.find(enrolment.id, on: req.db)!
        return EnrolmentDTO(enrolmentId: try saved.requireID(), state: saved.state)
    }

    func cancel(req: Request) async throws -> EnrolmentDTO {
        let user = try req.requireAPIUser()
        let (enrolment, _, _) = try await Guard(req, user).enrolment(.cancel)
        _ = try await EnrolmentService.cancel(enrolment, on: req.db)
        return EnrolmentDTO(enrolmentId: try enrolment.requireID(), state: EnrolmentState.cancelled.rawValue)
    }
}
