import AsahCore
import Fluent
import Vapor

/// `POST /api/v1/activities/{id}/reactions` (an attendee's L1, once) and the activity's evaluation:
/// `GET /api/v1/activities/{id}/evaluation` and `/kegiatan/:id/evaluasi` (its facilitators, managers).
struct EvaluationController {
    struct ReactionBody: Content {
        var material: Int?
        var method: Int?
        var facilitator: Int?
        var facilities: Int?
        var organisation: Int?
        var comment: String?
    }

    func react(req: Request) async throws -> Response {
        let guarded = try req.apiGuard()
        let loaded = try await guarded.activity(.see)
        let me = try guarded.participant(in: loaded)
        let b = try req.decodeBody(ReactionBody.self)
        let enrolmentID = try ReactionService.require(
            try await ReactionService.check(loaded, employeeID: me, on: req.db))
        let given: [ReactionAspect: Int?] = [
            .material: b.material, .method: b.method, .facilitator: b.facilitator, .facilities: b.facilities,
            .organisation: b.organisation,
        ]
        switch ReactionInput.make(scores: given, comment: b.comment) {
        case .failure(let errors): throw APIError.fields(errors, message: "Penilaian kegiatan tidak dapat disimpan.")
        case .success(let input):
            try ReactionService.require(
                try await ReactionService.record(input, activityID: loaded.id, enrolmentID: enrolmentID, on: req.db))
            let response = Response(status: .created)
            try response.content.encode(ReactionDTO(input))
            return response
        }
    }

    func evaluation(req: Request) async throws -> ActivityEvaluation {
        let loaded = try await req.apiGuard().activity(.run)
        return try await load(req, loaded)
    }

    func page(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let loaded = try await guarded.activity(.run)
        let evaluation = try await load(req, loaded)
        return EvaluationPage.render(.init(chrome: req.chrome("Evaluasi · " + loaded.activity.title), e: evaluation))
            .response()
    }

    private func load(_ req: Request, _ loaded: LoadedActivity) async throws -> ActivityEvaluation {
        let agencyID = loaded.activity.agencyID
        return try await ActivityEvaluation.load(
            loaded, today: try await req.today(for: agencyID),
            settings: try await AgencySettings.currentLevel(agencyID, on: req.db),
            surveyMonths: try await AgencySettings.behaviourSurveyMonths(agencyID, on: req.db), on: req.db)
    }
}

struct ReactionDTO: Content {
    var scores: [String: Int]
    var comment: String?

    init(_ r: ReactionInput) {
        scores = Dictionary(uniqueKeysWithValues: r.scores.map { ($0.key.rawValue, $0.value) })
        comment = r.comment
    }
}
