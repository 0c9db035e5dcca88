import AsahCore
import Fluent
import Vapor

/// What a route asks of an innovation project. The agency's people see that it exists (its list);
/// its page is the team's and the managers'; to anyone of another agency it does not exist.
enum InnovationNeed {
    case see
    /// Description, team, milestones, start and cancel: managers, its ketua and its mentor.
    case manage
    /// Completing it (crediting the team): managers and its mentor.
    case complete

    func allows(_ p: InnovationFacts, _ actor: Actor) -> Bool {
        switch self {
        case .see: return true
        case .manage: return AccessPolicy.canManageInnovation(p, actor)
        case .complete: return AccessPolicy.canCompleteInnovation(p, actor)
        }
    }

    var refusal: String {
        switch self {
        case .see: return ""
        case .manage: return "Proyek diubah oleh ketua, mentor atau pengelola."
        case .complete: return "Proyek diselesaikan oleh mentornya atau pengelola."
        }
    }
}

extension Guard {
    /// The mentorship named by `:id`, and the actor's side in it. Sessions are logged and confirmed by
    /// the two sides only (`AccessPolicy.mentoringSessions`).
    func mentorship() async throws -> (Mentorship, MentorshipSide) {
        let id = try id("id", .mentorship)
        guard let m = try await Mentorship.find(id, on: db) else { throw RecordKind.mentorship.notFound }
        return (m, try side(in: m, .mentorship))
    }

    /// The mentoring session named by `:id`, its mentorship and the actor's side.
    func mentoringSession() async throws -> (MentoringSession, Mentorship, MentorshipSide) {
        let id = try id("id", .mentoringSession)
        guard let s = try await MentoringSession.find(id, on: db),
            let m = try await Mentorship.find(s.mentorshipID, on: db)
        else { throw RecordKind.mentoringSession.notFound }
        return (s, m, try side(in: m, .mentoringSession))
    }

    private func side(in m: Mentorship, _ kind: RecordKind) throws -> MentorshipSide {
        let facts = MentorshipFacts(agencyID: m.agencyID, mentorID: m.mentorID, menteeID: m.menteeID)
        try require(
            AccessPolicy.mentoringSessions(facts, actor), kind,
            refusal: "Hanya mentor atau coach dan pegawai yang dibimbing yang mencatat dan mengonfirmasi sesi.")
        guard let side = AccessPolicy.side(in: facts, actor) else { throw kind.notFound }
        return side
    }

    /// The innovation project named by `:id`, with its access facts.
    func project(_ need: InnovationNeed) async throws -> (InnovationProject, InnovationFacts) {
        let id = try id("id", .project)
        guard let p = try await InnovationProject.find(id, on: db) else { throw RecordKind.project.notFound }
        let facts = InnovationFacts(agencyID: p.agencyID, team: try await InnovationQueries.team(projectID: id, on: db))
        let sees = AccessPolicy.canListInnovations(agency: p.agencyID, actor)
        guard AccessPolicy.canSeeInnovation(facts, actor) else {
            try require(
                Access(sees: sees, may: false), .project,
                refusal: "Proyek ini hanya dapat dibuka oleh timnya dan pengelola.")
            throw RecordKind.project.notFound
        }
        try require(Access(sees: sees, may: need.allows(facts, actor)), .project, refusal: need.refusal)
        return (p, facts)
    }

    /// The komunitas belajar session named by `:id`, which the actor may confirm or reject: a manager,
    /// or a unit head of the host's unit; never the host or an attendee (403 to the agency's people).
    func knowledgeSessionToDecide() async throws -> KnowledgeSharingQueries.Session {
        let id = try id("id", .knowledgeSession)
        guard let s = try await KnowledgeSharingQueries.session(id, on: db) else {
            throw RecordKind.knowledgeSession.notFound
        }
        let sees = AccessPolicy.canSeeKnowledgeSessions(agency: s.agencyID, actor)
        try require(
            Access(sees: sees, may: AccessPolicy.canConfirmKnowledgeSession(s.facts, actor)), .knowledgeSession,
            refusal: s.hostID == actor.employeeID
                ? "Pembawa materi tidak mengonfirmasi sesinya sendiri."
                : "Sesi ini dikonfirmasi oleh kepala unit kerja pembawa materi atau pengelola.")
        return s
    }
}

extension Request {
    /// The milestone id named by `:milestone`; the service looks it up inside the project the guard
    /// loaded, so another project's milestone is as missing as an unknown one.
    func milestoneID() throws -> UUID {
        guard let id = parameters.get("milestone").flatMap(UUID.init(uuidString:)) else {
            throw RecordKind.milestone.notFound
        }
        return id
    }
}
