import AsahCore
import Fluent
import Vapor

/// Running an activity through the API: attendance, check-in, post-test scores, completion, and the
/// public check of a certificate.
struct ActivityRunAPIController {
    struct Marked: Content { var present: Int }

    /// The facilitator's list of who was present at a session (replaces the previous list).
    func attendance(req: Request) async throws -> Marked {
        let user = try req.requireAPIUser()
        let loaded = try await Guard(req, user).activity(.run)
        let session = try await Guard(req, user).session(of: loaded)
        let body = try req.content.decode(AttendanceBody.self)
        return Marked(
            present: try await AttendanceService.set(
                session: session, presentNIPs: body.present, byUser: user.userID, on: req.db))
    }

    struct CheckedIn: Content {
        var sessionId: UUID
        var date: String
    }

    /// A participant's own check-in with the code shown at the venue.
    func checkIn(req: Request) async throws -> CheckedIn {
        let user = try req.requireAPIUser()
        let loaded = try await Guard(req, user).activity(.see)
        let me = try Guard(req, user).participant(in: loaded)
        let session = try await AttendanceService.checkIn(
            activity: loaded.activity, employeeID: me, code: try req.content.decode(CheckInBody.self).code,
            today: req.today, on: req.db)
        return CheckedIn(sessionId: try session.requireID(), date: session.date)
    }

    /// Records a participant's post-test score (until the online test records it itself).
    func score(req: Request) async throws -> EnrolmentDTO {
        let user = try req.requireAPIUser()
        let (enrolment, _, _) = try await Guard(req, user).enrolment(.score)
        let saved = try await EnrolmentService.recordScore(
            enrolment, score: String(try req.content.decode(ScoreBody.self).score), on: req.db)
        return EnrolmentDTO(enrolmentId: try saved.requireID(), state: saved.state)
    }

    func complete(req: Request) async throws -> ActivityService.Outcome {
        let user = try req.requireAPIUser()
        let loaded = try await Guard(req, user).activity(.manage)
        return try await ActivityService.complete(
            loaded.activity, userID: user.userID, today: try await req.today(for: loaded.activity.agencyID), on: req.db)
    }

    struct StatusBody: Content { var status: String }

    /// `PUT /activities/{id}/status` `{"status":"running"}`: answers the activity as it now stands.
    func setStatus(req: Request) async throws -> ActivityDTO {
        let user = try req.requireAPIUser()
        let loaded = try await Guard(req, user).activity(.manage)
        guard let next = ActivityStatus(rawValue: try req.content.decode(StatusBody.self).status) else {
            throw Abort(.unprocessableEntity, reason: "status: one of planned, open, running, cancelled.")
        }
        try await ActivityService.setStatus(loaded.activity, to: next, userID: user.userID, on: req.db)
        return try await ActivityAPIController.dto(try await Guard(req, user).activity(.see), user: user, on: req.db)
    }

    struct CertificateDTO: Content {
        var code: String
        var name: String
        var nip: String
        var agency: String
        var activity: String
        var jenisDiklat: String?
        var jp: JP
        var completedOn: String?

        init(_ c: IssuedCertificate) {
            code = c.code
            name = c.name
            nip = c.nip
            agency = c.agency
            activity = c.activity
            jenisDiklat = c.jenisDiklat
            jp = c.jp
            completedOn = c.completedOn
        }
    }

    /// Public: anyone holding a certificate's code may check that it is genuine. The NIP is masked.
    func verify(req: Request) async throws -> CertificateDTO {
        guard let found = try await IssuedCertificate.find(typed: req.parameters.get("code") ?? "", on: req.db) else {
            throw Abort(.notFound, reason: "Sertifikat dengan kode ini tidak ditemukan.")
        }
        return CertificateDTO(found)
    }

    /// `POST /api/v1/activities/{id}/tests/{kind}/attempts`: an enrolled participant takes a test.
    func attempt(req: Request) async throws -> TestService.Result {
        let user = try req.requireAPIUser()
        let loaded = try await Guard(req, user).activity(.see)
        let me = try Guard(req, user).participant(in: loaded)
        return try await TestService.take(
            loaded.activity, kind: try TestController.kind(req), employeeID: me,
            answers: try req.content.decode(TestController.AnswersBody.self).answers,
            today: req.today, on: req.db)
    }
}
