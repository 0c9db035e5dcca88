import AsahCore
import Fluent
import Vapor

/// JSON API of mentoring: an employee's mentorships with their sessions, pairing, logging a session
/// and the other side's confirmation (which credits the mentee's JP). Same rules as the page.
struct MentoringAPIController {
    func list(req: Request) async throws -> MentorshipListDTO {
        let user = try req.requireAPIUser()
        let e = try await Guard(req, user).employee(.read)
        return MentorshipListDTO(items: try await MentoringQueries.pairs(of: e.id, on: req.db).map(MentorshipDTO.init))
    }

    /// Pairs a mentor with a mentee of the agency (the mentee's unit head, managers).
    func create(req: Request) async throws -> Response {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.listEmployees)
        let body = try req.decodeBody(MentorshipBody.self)
        guard let e = try await EmployeeQueries.detail(nip: NIP.normalize(body.menteeNip ?? ""), on: req.db),
            e.agencyID == agency.id, AccessPolicy.canRead(employee: e.facts, user.actor)
        else {
            // A NIP in the body that names nobody here is a field to correct, not a missing page.
            throw APIError.field("mentee_nip", "Tidak ada pegawai dengan NIP ini di instansi ini.")
        }
        try Guard(req, user).allow(.nominate, on: e.facts)
        switch try await MentoringService.pair(body.input, mentee: e, user: user, on: req.db) {
        case .failure(let x):
            throw APIError.fields(x, message: "Pendampingan tidak disimpan.")
        case .success(let m):
            let pair = try await MentoringQueries.pairs(of: e.id, on: req.db).first { $0.mentorship.id == m.id }
            return try Self.created(pair.map(MentorshipDTO.init))
        }
    }

    /// Either side logs a session; it credits nothing until the other side confirms.
    func log(req: Request) async throws -> Response {
        let user = try req.requireAPIUser()
        let (m, side) = try await Guard(req, user).mentorship()
        let body = try req.decodeBody(MentoringSessionBody.self)
        switch try await MentoringService.log(
            body.input, m, side: side, user: user, today: req.today, on: req.db)
        {
        case .failure(let x): throw APIError.fields(x, message: "Sesi tidak disimpan.")
        case .success(let s): return try Self.created(MentoringSessionDTO(s))
        }
    }

    /// The side that did not log the session confirms it; the mentee's JP is credited within the month's cap.
    func confirm(req: Request) async throws -> MentoringSessionDTO {
        let user = try req.requireAPIUser()
        let (s, _, side) = try await Guard(req, user).mentoringSession()
        return MentoringSessionDTO(
            try await MentoringService.confirm(try s.requireID(), side: side, userID: user.userID, on: req.db))
    }

    static func created<T: Content>(_ value: T?) throws -> Response {
        guard let value else { throw Abort(.internalServerError) }
        let response = Response(status: .created)
        try response.content.encode(value)
        return response
    }
}
