import AsahCore
import Fluent
import Vapor

/// JSON API of innovation projects: list, propose, read, team, milestones, status and completion,
/// with the same access rules and writes as the pages.
struct InnovationAPIController {
    func list(req: Request) async throws -> Paged<InnovationSummaryDTO> {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.listInnovations)
        let rows = try await InnovationQueries.list(agencyID: try agency.requireID(), on: req.db)
        return Self.page(req, rows)
    }

    func employee(req: Request) async throws -> Paged<InnovationSummaryDTO> {
        let user = try req.requireAPIUser()
        let e = try await Guard(req, user).employee(.read)
        return Self.page(req, try await InnovationQueries.forEmployee(e.id, on: req.db))
    }

    static func page(_ req: Request, _ rows: [InnovationQueries.ListRow]) -> Paged<InnovationSummaryDTO> {
        let paging = Paging(
            page: req.query[Int.self, at: "page"], per: req.query[Int.self, at: "per"], defaultPer: 50, maxPer: 200)
        let items = rows.dropFirst(min(paging.offset, rows.count)).prefix(paging.per).map(InnovationSummaryDTO.init)
        return Paged(items: Array(items), page: paging.page, per: paging.per, total: rows.count)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.proposeInnovation)
        let body = try req.decodeBody(InnovationBody.self)
        switch try await InnovationService.create(
            body.input, ketuaNIP: body.ketuaNip, agency: agency, user: user, on: req.db)
        {
        case .failure(let e): throw APIError.fields(e, message: "Proyek tidak disimpan.")
        case .success(let p):
            let response = Response(status: .created)
            try response.content.encode(try await Self.dto(p, on: req.db))
            return response
        }
    }

    func show(req: Request) async throws -> InnovationDTO {
        let user = try req.requireAPIUser()
        return try await Self.dto(
            try await Guard(req, user).project(.see).0, on: req.db)
    }

    func addMember(req: Request) async throws -> Response {
        let body = try req.decodeBody(InnovationMemberBody.self)
        return try await write(req, created: true) { p, facts, user in
            try await InnovationService.addMember(
                p, facts, nip: body.nip ?? "", role: body.role ?? "", user: user, on: req.db)
        }
    }

    func removeMember(req: Request) async throws -> Response {
        let nip = req.parameters.get("nip") ?? ""
        return try await write(req) { p, facts, user in
            try await InnovationService.removeMember(p, facts, nip: nip, user: user, on: req.db)
        }
    }

    func addMilestone(req: Request) async throws -> Response {
        let body = try req.decodeBody(InnovationMilestoneBody.self)
        var input = MilestoneInput()
        input.title = body.title ?? ""
        input.dueOn = body.dueOn ?? ""
        return try await write(req, created: true) { p, _, user in
            try await InnovationService.addMilestone(try p.requireID(), input, userID: user.userID, on: req.db)
        }
    }

    func markDone(req: Request) async throws -> Response {
        let milestone = try req.milestoneID()
        return try await write(req) { p, _, user in
            try await InnovationService.markDone(
                milestone, projectID: try p.requireID(), userID: user.userID,
                today: try await req.today(for: p.agencyID), on: req.db)
            return Result<Void, FieldErrors>.success(())
        }
    }

    func changeStatus(req: Request) async throws -> Response {
        let body = try req.decodeBody(InnovationStatusBody.self)
        return try await write(req) { p, _, user in
            try await InnovationService.changeStatus(
                try p.requireID(), to: body.status ?? "", userID: user.userID, on: req.db)
        }
    }

    func complete(req: Request) async throws -> Response {
        let body = try req.decodeBody(InnovationCompleteBody.self)
        return try await write(req, complete: true) { p, _, user in
            try await InnovationService.complete(
                try p.requireID(), outcome: body.outcome ?? "", userID: user.userID,
                today: try await req.today(for: p.agencyID), on: req.db)
        }
    }

    /// Access, the write, then the project as it now stands (or the refusal, nothing written).
    private func write<T>(
        _ req: Request, created: Bool = false, complete: Bool = false,
        _ run: (InnovationProject, InnovationFacts, SignedInUser) async throws -> Result<T, FieldErrors>
    ) async throws -> Response {
        let user = try req.requireAPIUser()
        let (p, facts) = try await Guard(req, user).project(complete ? .complete : .manage)
        if case .failure(let e) = try await run(p, facts, user) {
            throw APIError.fields(e, message: "Tidak ada yang disimpan.")
        }
        guard let fresh = try await InnovationProject.find(p.id, on: req.db) else { throw Abort(.notFound) }
        let response = Response(status: created ? .created : .ok)
        try response.content.encode(try await Self.dto(fresh, on: req.db))
        return response
    }

    static func dto(_ p: InnovationProject, on db: any Database) async throws -> InnovationDTO {
        let id = try p.requireID()
        let rule = try await InnovationQueries.jpRule(agencyID: p.agencyID, on: db)
        return InnovationDTO(
            id: id, title: p.title, problem: p.problem, competencies: p.competencies, startsOn: p.startsOn,
            endsOn: p.endsOn,
            status: p.status, outcome: p.outcome, completedOn: p.completedOn,
            jpPerMember: p.creditedHundredths.map(JP.init(hundredths:)) ?? rule.perMember,
            members: try await InnovationQueries.members(projectID: id, on: db).map {
                .init(nip: $0.nip, name: $0.name, role: $0.role, unit: $0.unitName)
            },
            milestones: try await InnovationQueries.milestones(projectID: id, on: db).map {
                .init(id: $0.id!, title: $0.title, dueOn: $0.dueOn, doneOn: $0.doneOn)
            })
    }
}
