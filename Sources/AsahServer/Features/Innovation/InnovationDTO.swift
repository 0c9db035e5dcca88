import AsahCore
import Vapor

/// The body of `POST /api/v1/agencies/{code}/innovation-projects`.
struct InnovationBody: Content {
    var title: String?
    var problem: String?
    var competencies: [String]?
    var startsOn: String?
    var endsOn: String?
    /// Managers name the ketua; an employee who proposes leads the project themself.
    var ketuaNip: String?

    var input: InnovationInput {
        InnovationInput(
            title: title, problem: problem, competencies: competencies?.joined(separator: ","), startsOn: startsOn,
            endsOn: endsOn)
    }
}

struct InnovationMemberBody: Content {
    var nip: String?
    var role: String?
}

struct InnovationMilestoneBody: Content {
    var title: String?
    var dueOn: String?
}

struct InnovationStatusBody: Content {
    var status: String?
}

struct InnovationCompleteBody: Content {
    var outcome: String?
}

struct InnovationSummaryDTO: Content {
    var id: UUID
    var title: String
    var status: String
    var startsOn: String
    var endsOn: String
    var completedOn: String?
    var ketuaNip: String?
    var ketuaName: String?
    var members: Int
    var milestones: Int
    var milestonesDone: Int
    /// The employee's role, on `GET /api/v1/employees/{nip}/innovation-projects`.
    var role: String?

    init(_ r: InnovationQueries.ListRow) {
        id = r.id
        title = r.title
        status = r.status
        startsOn = r.startsOn
        endsOn = r.endsOn
        completedOn = r.completedOn
        ketuaNip = r.ketuaNIP
        ketuaName = r.ketuaName
        members = r.members
        milestones = r.milestones
        milestonesDone = r.milestonesDone
        role = r.role
    }
}

struct InnovationDTO: Content {
    struct Member: Content {
        var nip: String
        var name: String
        var role: String
        var unit: String?
    }

    struct Milestone: Content {
        var id: UUID
        var title: String
        var dueOn: String
        var doneOn: String?
    }

    var id: UUID
    var title: String
    var problem: String
    var competencies: [String]
    var startsOn: String
    var endsOn: String
    var status: String
    var outcome: String?
    var completedOn: String?
    /// JP each member (ketua, anggota) earns: credited at completion, else the agency's current rule.
    var jpPerMember: JP
    var members: [Member]
    var milestones: [Milestone]
}
