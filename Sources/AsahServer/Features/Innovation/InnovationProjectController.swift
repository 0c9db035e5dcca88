import AsahCore
import Fluent
import Vapor

/// The project page and its forms: team, milestones, status and completion. A refused form shows
/// the page again with the error beside the field (422); nothing is written.
struct InnovationProjectController {
    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let (p, facts) = try await Guard(req, user).project(.see)
        return try await page(req, user: user, p, facts, draft: .init(), errors: [:], status: .ok)
    }

    private func page(
        _ req: Request, user: SignedInUser, _ p: InnovationProject, _ facts: InnovationFacts,
        draft: InnovationPage.Draft,
        errors: [String: String], status: HTTPResponseStatus
    ) async throws -> Response {
        let id = try p.requireID()
        let names = try await CompetencyQueries.names(agencyID: p.agencyID, on: req.db)
        let agency = try await Agency.find(p.agencyID, on: req.db)
        return InnovationPage.render(
            .init(
                chrome: req.chrome(p.title), agencyCode: agency?.code ?? "", id: id, title: p.title, problem: p.problem,
                competencies: p.competencies.map { ($0, names[$0]?.name ?? "") },
                period: ActivityListPage.dates(p.startsOn, p.endsOn),
                status: try InnovationStatus(stored: p.status, column: "status"), outcome: p.outcome,
                completedOn: p.completedOn,
                credited: p.creditedHundredths.map(JP.init(hundredths:)),
                rule: try await InnovationQueries.jpRule(agencyID: p.agencyID, on: req.db).perMember,
                members: try await InnovationQueries.members(projectID: id, on: req.db),
                milestones: try await InnovationQueries.milestones(projectID: id, on: req.db),
                canManage: AccessPolicy.canManageInnovation(facts, user.actor),
                canComplete: AccessPolicy.canCompleteInnovation(facts, user.actor),
                canAssignGuides: AccessPolicy.canAssignInnovationGuides(facts, user.actor), draft: draft, errors: errors
            )
        ).response(status: status)
    }

    /// Runs one form: access, the write, then back to the page (or the page again with the errors).
    private func act<T>(
        _ req: Request, complete: Bool = false, draft: (inout InnovationPage.Draft) -> Void = { _ in },
        _ write: (InnovationProject, InnovationFacts, SignedInUser) async throws -> Result<T, FieldErrors>
    ) async throws -> Response {
        let user = try req.requirePageUser()
        let (p, facts) = try await Guard(req, user).project(complete ? .complete : .manage)
        switch try await write(p, facts, user) {
        case .success:
            return req.redirect(to: SiteURL.innovation(try p.requireID()) + "?pesan=" + FlashMessage.saved.rawValue)
        case .failure(let e):
            var d = InnovationPage.Draft()
            draft(&d)
            let fresh = try await Guard(req, user).project(.see)
            return try await page(
                req, user: user, fresh.0, fresh.1, draft: d, errors: e.messages, status: .unprocessableEntity)
        }
    }

    private func text(_ req: Request, _ name: String) -> String { (try? req.content.get(String.self, at: name)) ?? "" }

    func addMember(req: Request) async throws -> Response {
        let nip = text(req, "nip"), role = text(req, "role")
        return try await act(
            req,
            draft: {
                $0.memberNIP = nip; $0.memberRole = role
            }
        ) { p, facts, user in
            try await InnovationService.addMember(p, facts, nip: nip, role: role, user: user, on: req.db)
        }
    }

    func removeMember(req: Request) async throws -> Response {
        let nip = req.parameters.get("nip") ?? ""
        return try await act(req) { p, facts, user in
            try await InnovationService.removeMember(p, facts, nip: nip, user: user, on: req.db)
        }
    }

    func addMilestone(req: Request) async throws -> Response {
        var input = MilestoneInput()
        input.title = text(req, "title")
        input.dueOn = text(req, "due_on")
        return try await act(
            req,
            draft: {
                $0.milestoneTitle = input.title; $0.milestoneDue = input.dueOn
            }
        ) { p, _, user in
            try await InnovationService.addMilestone(try p.requireID(), input, userID: user.userID, on: req.db)
        }
    }

    func markDone(req: Request) async throws -> Response {
        let milestone = try req.milestoneID()
        return try await act(req) { p, _, user in
            try await InnovationService.markDone(
                milestone, projectID: try p.requireID(), userID: user.userID,
                today: try await req.today(for: p.agencyID), on: req.db)
            return Result<Void, FieldErrors>.success(())
        }
    }

    func changeStatus(req: Request) async throws -> Response {
        let status = text(req, "status")
        return try await act(req) { p, _, user in
            try await InnovationService.changeStatus(try p.requireID(), to: status, userID: user.userID, on: req.db)
        }
    }

    func complete(req: Request) async throws -> Response {
        let outcome = text(req, "outcome")
        return try await act(req, complete: true, draft: { $0.outcome = outcome }) { p, _, user in
            try await InnovationService.complete(
                try p.requireID(), outcome: outcome, userID: user.userID, today: try await req.today(for: p.agencyID),
                on: req.db)
        }
    }
}
