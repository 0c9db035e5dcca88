import AsahCore
import Fluent
import SQLKit
import Vapor

/// The mentoring page of an employee (as mentee and as mentor), pairing by managers and unit heads,
/// logging by either side and confirmation by the other.
struct MentoringController {
    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.read)
        return try await page(req, user: user, e, input: Self.defaultInput(today: req.today), errors: [:], status: .ok)
    }

    static func defaultInput(today: CivilDate) -> MentorshipInput {
        var i = MentorshipInput()
        i.startsOn = today.iso
        i.endsOn = today.addingDays(90).iso
        return i
    }

    private func page(
        _ req: Request, user: SignedInUser, _ e: EmployeeQueries.Detail, input: MentorshipInput,
        errors: [String: String], status: HTTPResponseStatus
    ) async throws -> Response {
        let out: [MentoringPage.Pair] = try await MentoringQueries.pairs(of: e.id, on: req.db).map { pair in
            let p = pair.mentorship
            return .init(
                id: p.id!, kind: try MentorshipKind(stored: p.kind, column: "kind"), goal: p.goal,
                period: ActivityListPage.dates(p.startsOn, p.endsOn), mentorName: pair.mentor.name,
                menteeName: pair.mentee.name,
                mySide: AccessPolicy.side(
                    in: MentorshipFacts(agencyID: p.agencyID, mentorID: p.mentorID, menteeID: p.menteeID), user.actor),
                sessions: try pair.sessions.map {
                    .init(
                        id: $0.id!, heldOn: $0.heldOn, minutes: $0.minutes, topic: $0.topic, actions: $0.actions,
                        loggedBy: try MentorshipSide(stored: $0.loggedBy, column: "loggedBy"),
                        confirmed: $0.confirmedAt != nil,
                        credited: $0.creditedHundredths, note: $0.creditNote)
                })
        }
        return MentoringPage.render(
            .init(
                chrome: req.chrome("Mentoring dan coaching"), nip: e.nip, name: e.fullName, pairs: out,
                canCreate: AccessPolicy.canNominate(employee: e.facts, user.actor), input: input, errors: errors,
                today: req.today.iso
            )
        ).response(status: status)
    }

    struct PairForm: Content {
        var mentor_nip: String?
        var kind: String?
        var goal: String?
        var starts_on: String?
        var ends_on: String?
    }

    /// Managers, or the head of the mentee's unit, pair a mentor with the employee.
    func create(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.nominate)
        let f = try req.content.decode(PairForm.self)
        var input = MentorshipInput()
        input.mentorNIP = f.mentor_nip ?? ""
        input.kind = f.kind ?? ""
        input.goal = f.goal ?? ""
        input.startsOn = f.starts_on ?? ""
        input.endsOn = f.ends_on ?? ""
        switch try await MentoringService.pair(input, mentee: e, user: user, on: req.db) {
        case .success: return req.redirect(to: SiteURL.mentoring(e.nip) + "?pesan=" + FlashMessage.created.rawValue)
        case .failure(let x):
            return try await page(req, user: user, e, input: input, errors: x.messages, status: .unprocessableEntity)
        }
    }

    struct SessionForm: Content {
        var held_on: String?
        var minutes: String?
        var topic: String?
        var actions: String?
    }

    /// Either side logs a session; the other confirms it.
    func log(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let (m, side) = try await Guard(req, user).mentorship()
        guard let mentee = try await Employee.find(m.menteeID, on: req.db) else { throw Abort(.notFound) }
        let f = try req.content.decode(SessionForm.self)
        var input = SessionLogInput()
        input.heldOn = f.held_on ?? ""
        input.minutes = f.minutes ?? ""
        input.topic = f.topic ?? ""
        input.actions = f.actions ?? ""
        switch try await MentoringService.log(input, m, side: side, user: user, today: req.today, on: req.db) {
        case .success: return req.redirect(to: back(side, user, mentee))
        case .failure(let errors):
            throw Abort(
                .unprocessableEntity,
                reason: errors.messages.sorted { $0.key < $1.key }.map(\.value).joined(separator: " "))
        }
    }

    func confirm(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let (s, m, side) = try await Guard(req, user).mentoringSession()
        guard let mentee = try await Employee.find(m.menteeID, on: req.db) else { throw Abort(.notFound) }
        _ = try await MentoringService.confirm(try s.requireID(), side: side, userID: user.userID, on: req.db)
        return req.redirect(to: back(side, user, mentee))
    }

    /// Each side returns to their own mentoring page (a mentor from another unit may not open the mentee's).
    private func back(_ side: MentorshipSide, _ user: SignedInUser, _ mentee: Employee) -> String {
        SiteURL.mentoring(side == .mentor ? (user.employeeNIP ?? mentee.nip) : mentee.nip) + "?pesan="
            + FlashMessage.saved.rawValue
    }
}
