import AsahCore
import Fluent
import Vapor

/// The attendance sheet of a session (facilitators of the activity, managers) and the printable
/// certificate (whoever may read the employee).
struct AttendanceSheetController {
    private func load(_ req: Request) async throws -> (SignedInUser, LoadedActivity, ActivitySession) {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).activity(.run)
        let session = try await Guard(req, user).session(of: loaded)
        return (user, loaded, session)
    }

    func show(req: Request) async throws -> Response {
        let (_, loaded, session) = try await load(req)
        return try await page(req, loaded, session, error: nil, status: .ok)
    }

    private func page(
        _ req: Request, _ loaded: LoadedActivity, _ session: ActivitySession, error: String?, status: HTTPResponseStatus
    ) async throws -> Response {
        let sessionID = try session.requireID()
        let participants = try await ActivityQueries.participants(activityID: loaded.id, on: req.db)
            .filter { $0.state == EnrolmentState.enrolled.rawValue }
        let present = Set(
            try await Attendance.query(on: req.db).filter(\.$sessionID == sessionID).all().map(\.enrolmentID))
        return AttendancePage.render(
            .init(
                chrome: req.chrome("Daftar hadir"), activityID: loaded.id, title: loaded.activity.title,
                sessionID: sessionID,
                date: session.date, time: "\(session.startsAt)–\(session.endsAt)", checkinCode: session.checkinCode,
                rows: participants.map {
                    .init(nip: $0.nip, name: $0.name, unit: $0.unitName, present: present.contains($0.enrolmentID))
                }, error: error
            )
        ).response(status: status)
    }

    struct SheetForm: Content {
        var hadir: [String]?
    }

    func save(req: Request) async throws -> Response {
        let (user, loaded, session) = try await load(req)
        let form = try req.content.decode(SheetForm.self)
        do {
            _ = try await AttendanceService.set(
                session: session, presentNIPs: form.hadir ?? [], byUser: user.userID, on: req.db)
        } catch let error as APIError {
            return try await page(req, loaded, session, error: error.reason, status: .unprocessableEntity)
        } catch let closed as AbortError where closed.status == .conflict {
            return try await page(req, loaded, session, error: closed.reason, status: .conflict)
        }
        return req.redirect(
            to: SiteURL.attendanceSheet(loaded.id, try session.requireID()) + "?pesan=" + FlashMessage.saved.rawValue)
    }

    func certificate(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let c = try await Guard(req, user).certificate(code: req.parameters.get("code") ?? "")
        let dto = IssuedCertificate(c)
        let host = req.headers.first(name: .host) ?? "asah"
        return CertificatePage.render(
            .init(
                chrome: req.chrome("Sertifikat"), certificate: dto, fullNIP: NIP.format(c.nip),
                verifyURL: host + SiteURL.verification(dto.code)
            )
        ).response()
    }
}
