import AsahCore
import Fluent
import SQLKit
import Vapor

/// The mentoring page of an employee (as mentee and as mentor), pairing by managers and unit heads,
/// logging by either side and confirmation by the other.
struct MentoringController {
    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await AgencyAccess.employee(req, user: user, nip: req.parameters.get("nip") ?? "")
        return try await page(req, user: user, e, input: Self.defaultInput(), errors: [:], status: .ok)
    }

    static func defaultInput() -> MentorshipInput {
        var i = MentorshipInput()
        i.startsOn = CivilDate.today().iso
        i.endsOn = CivilDate.today().addingDays(90).iso
        return i
    }

    private func page(
        _ req: Request, user: SignedInUser, _ e: EmployeeQueries.Detail, input: MentorshipInput,
        errors: [String: String], status: HTTPResponseStatus
    ) async throws -> Response {
        let pairs = try await Mentorship.query(on: req.db).group(.or) { $0.filter(\.$menteeID == e.id).filter(\.$mentorID == e.id) }
            .sort(\.$startsOn, .descending).all()
        // Two queries for every pair on the page: the people's names and all the sessions.
        let people = Array(Set(pairs.flatMap { [$0.mentorID, $0.menteeID] }))
        let names = people.isEmpty ? [:] : Dictionary(
            uniqueKeysWithValues: try await Employee.query(on: req.db).filter(\.$id ~~ people).all().map { ($0.id!, $0.name) })
        let pairIDs = pairs.compactMap(\.id)
        let allSessions = pairIDs.isEmpty ? [] : try await MentoringSession.query(on: req.db)
            .filter(\.$mentorshipID ~~ pairIDs).sort(\.$heldOn).all()
        let sessionsByPair = Dictionary(grouping: allSessions, by: \.mentorshipID)
        let me = user.actor.employeeID
        let out: [MentoringPage.Pair] = pairs.map { p in
            .init(
                id: p.id!, kind: MentorshipKind(rawValue: p.kind) ?? .mentoring, goal: p.goal,
                period: ActivityListPage.dates(p.startsOn, p.endsOn), mentorName: names[p.mentorID] ?? "-",
                menteeName: names[p.menteeID] ?? "-",
                mySide: me == p.mentorID ? .mentor : me == p.menteeID ? .mentee : nil,
                sessions: (sessionsByPair[p.id!] ?? []).map {
                    .init(
                        id: $0.id!, heldOn: $0.heldOn, minutes: $0.minutes, topic: $0.topic, actions: $0.actions,
                        loggedBy: MentorshipSide(rawValue: $0.loggedBy) ?? .mentor, confirmed: $0.confirmedAt != nil,
                        credited: $0.creditedHundredths, note: $0.creditNote)
                })
        }
        return MentoringPage.render(.init(
            chrome: req.chrome("Mentoring dan coaching"), nip: e.nip, name: e.fullName, pairs: out,
            canCreate: AccessPolicy.canNominate(employee: e.facts, user.actor), input: input, errors: errors,
            today: CivilDate.today().iso
        )).response(status: status)
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
        let e = try await AgencyAccess.employee(req, user: user, nip: req.parameters.get("nip") ?? "")
        guard AccessPolicy.canNominate(employee: e.facts, user.actor) else {
            throw Abort(.forbidden, reason: "Pembimbingan diatur oleh kepala unit kerja pegawai atau pengelola.")
        }
        let f = try req.content.decode(PairForm.self)
        var input = MentorshipInput()
        input.mentorNIP = f.mentor_nip ?? ""
        input.kind = f.kind ?? ""
        input.goal = f.goal ?? ""
        input.startsOn = f.starts_on ?? ""
        input.endsOn = f.ends_on ?? ""
        var errors: [String: String] = [:]
        switch MentoringRules.validate(input, menteeNIP: e.nip) {
        case .failure(let x): errors = x.messages
        case .success(let v):
            if let mentor = try await EmployeeQueries.detail(nip: v.mentorNIP, on: req.db), mentor.agency_id == e.agency_id {
                _ = try await MentoringService.create(
                    v, agencyID: e.agency_id, mentorID: mentor.id, menteeID: e.id, userID: user.userID, on: req.db)
                return req.redirect(to: SiteURL.mentoring(e.nip) + "?pesan=" + FlashMessage.created.rawValue)
            }
            errors["mentor_nip"] = "Tidak ada pegawai instansi ini dengan NIP tersebut."
        }
        return try await page(req, user: user, e, input: input, errors: errors, status: .unprocessableEntity)
    }

    struct SessionForm: Content {
        var held_on: String?
        var minutes: String?
        var topic: String?
        var actions: String?
    }

    private func side(_ m: Mentorship, _ user: SignedInUser) -> MentorshipSide? {
        user.actor.employeeID == m.mentorID ? .mentor : user.actor.employeeID == m.menteeID ? .mentee : nil
    }

    /// Either side logs a session; the other confirms it.
    func log(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let m = try await Mentorship.find(id, on: req.db),
            let side = side(m, user), let mentee = try await Employee.find(m.menteeID, on: req.db)
        else { throw Abort(.notFound, reason: "Pembimbingan tidak ditemukan.") }
        let f = try req.content.decode(SessionForm.self)
        var input = SessionLogInput()
        input.heldOn = f.held_on ?? ""
        input.minutes = f.minutes ?? ""
        input.topic = f.topic ?? ""
        input.actions = f.actions ?? ""
        guard let start = CivilDate(iso: m.startsOn), let end = CivilDate(iso: m.endsOn) else { throw Abort(.internalServerError) }
        switch MentoringRules.validate(input, period: start...end, today: .today()) {
        case .success(let v):
            _ = try await MentoringService.log(m, v, side: side, userID: user.userID, on: req.db)
            return req.redirect(to: back(side, user, mentee))
        case .failure(let errors):
            throw Abort(.unprocessableEntity, reason: errors.messages.sorted { $0.key < $1.key }.map(\.value).joined(separator: " "))
        }
    }

    func confirm(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let s = try await MentoringSession.find(id, on: req.db), let m = try await Mentorship.find(s.mentorshipID, on: req.db),
            let side = side(m, user), let mentee = try await Employee.find(m.menteeID, on: req.db)
        else { throw Abort(.notFound, reason: "Sesi tidak ditemukan.") }
        _ = try await MentoringService.confirm(id, side: side, userID: user.userID, on: req.db)
        return req.redirect(to: back(side, user, mentee))
    }

    /// Each side returns to their own mentoring page (a mentor from another unit may not open the mentee's).
    private func back(_ side: MentorshipSide, _ user: SignedInUser, _ mentee: Employee) -> String {
        SiteURL.mentoring(side == .mentor ? (user.employeeNIP ?? mentee.nip) : mentee.nip) + "?pesan=" + FlashMessage.saved.rawValue
    }
}
