import AsahCore
import Fluent
import Vapor

/// The behaviour survey (L3): `/evaluasi-penerapan` lists what waits for the signed-in person (their
/// own completed activities and their direct subordinates') with a form for each;
/// `GET /api/v1/behaviour-surveys` and `POST /api/v1/enrolments/{id}/behaviour-survey` do the same.
struct BehaviourController {
    struct Body: Content {
        var applied: Int?
        var change: Int?
        var report: String?
        var evidenceURL: String?

        enum CodingKeys: String, CodingKey {
            case applied, change, report
            case evidenceURL = "evidence_url"
        }
    }

    struct Form: Content {
        var applied: String?
        var change: String?
        var report: String?
        var evidence_url: String?
    }

    static func due(_ req: Request, limit: Int? = nil) async throws -> [BehaviourQueries.Due] {
        let user = req.signedIn
        guard let me = user?.actor.employeeID, let agencyID = user?.actor.agencyID else { return [] }
        let months = try await AgencySettings.behaviourSurveyMonths(agencyID, on: req.db)
        return try await BehaviourQueries.due(
            employeeID: me, window: BehaviourSurvey.dueWindow(today: req.today, months: months), limit: limit,
            on: req.db)
    }

    // MARK: Page

    func show(req: Request) async throws -> Response {
        _ = try req.requirePageUser()
        return try await page(req, errors: nil, status: .ok)
    }

    func save(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let (enrolment, loaded, facts) = try await guarded.enrolment(.surveyBehaviour)
        let form = try req.content.decode(Form.self)
        let respondent = AccessPolicy.behaviourRespondent(of: facts, guarded.actor)!
        switch BehaviourAnswer.make(
            as: respondent, applied: form.applied.flatMap { Int($0) }, change: form.change.flatMap { Int($0) },
            report: form.report, evidenceURL: form.evidence_url)
        {
        case .failure(let errors):
            return try await page(req, errors: (enrolment.id!, errors.messages, form), status: .unprocessableEntity)
        case .success(let answer):
            try await BehaviourService.answer(
                answer, as: respondent, enrolment: enrolment, loaded: loaded, respondentID: guarded.actor.employeeID!,
                today: try await req.today(for: loaded.activity.agencyID), on: req.db)
            return req.redirect(to: SitePath.evaluasiPenerapan.link() + "?pesan=" + FlashMessage.saved.rawValue)
        }
    }

    private func page(_ req: Request, errors: (UUID, [String: String], Form)?, status: HTTPStatus) async throws
        -> Response
    {
        BehaviourPage.render(
            .init(
                chrome: req.chrome("Evaluasi penerapan hasil pelatihan"), due: try await Self.due(req),
                failed: errors.map { .init(enrolment: $0.0, errors: $0.1, form: $0.2) })
        ).response(status: status)
    }

    // MARK: API

    func list(req: Request) async throws -> BehaviourDueListDTO {
        _ = try req.requireAPIUser()
        return BehaviourDueListDTO(items: try await Self.due(req).map(BehaviourDueDTO.init))
    }

    func answer(req: Request) async throws -> Response {
        let guarded = try req.apiGuard()
        let (enrolment, loaded, facts) = try await guarded.enrolment(.surveyBehaviour)
        let b = try req.decodeBody(Body.self)
        let respondent = AccessPolicy.behaviourRespondent(of: facts, guarded.actor)!
        switch BehaviourAnswer.make(
            as: respondent, applied: b.applied, change: b.change, report: b.report, evidenceURL: b.evidenceURL)
        {
        case .failure(let errors): throw APIError.fields(errors, message: "Jawaban survei tidak dapat disimpan.")
        case .success(let answer):
            try await BehaviourService.answer(
                answer, as: respondent, enrolment: enrolment, loaded: loaded, respondentID: guarded.actor.employeeID!,
                today: try await req.today(for: loaded.activity.agencyID), on: req.db)
            let response = Response(status: .created)
            try response.content.encode(
                BehaviourAnswerDTO(
                    respondent: respondent.rawValue, applied: answer.applied, change: answer.change,
                    report: answer.report, evidenceURL: answer.evidenceURL))
            return response
        }
    }
}

struct BehaviourAnswerDTO: Content {
    var respondent: String
    var applied: Int
    var change: Int?
    var report: String?
    var evidenceURL: String?

    enum CodingKeys: String, CodingKey {
        case respondent, applied, change, report
        case evidenceURL = "evidence_url"
    }
}

struct BehaviourDueDTO: Content {
    var enrolmentID: UUID
    var activityID: UUID
    var title: String
    var nip: String
    var name: String
    var respondent: String
    var activityEnded: String

    init(_ d: BehaviourQueries.Due) {
        enrolmentID = d.enrolmentID
        activityID = d.activityID
        title = d.title
        nip = d.nip
        name = d.name
        respondent = d.respondent
        activityEnded = d.lastDay
    }

    enum CodingKeys: String, CodingKey {
        case title, nip, name, respondent
        case enrolmentID = "enrolment_id", activityID = "activity_id", activityEnded = "activity_ended"
    }
}

struct BehaviourDueListDTO: Content {
    var items: [BehaviourDueDTO]
}
