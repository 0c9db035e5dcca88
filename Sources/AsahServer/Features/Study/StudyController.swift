import AsahCore
import Fluent
import Vapor

/// Tugas and izin belajar of one employee: the page `/pegawai/:nip/belajar` (read like the profile,
/// recorded by managers) and `GET`/`POST /api/v1/employees/{nip}/studies`,
/// `POST /api/v1/employees/{nip}/studies/{id}/semesters`.
struct StudyController {
    struct StudyBody: Content {
        var kind: String?
        var institution: String?
        var programme: String?
        var startsOn: String?
        var endsOn: String?
        var international: Bool?

        var input: StudyInput {
            var i = StudyInput()
            i.kind = kind ?? ""
            i.institution = institution ?? ""
            i.programme = programme ?? ""
            i.startsOn = startsOn ?? ""
            i.endsOn = endsOn ?? ""
            i.international = international ?? false
            return i
        }
    }

    struct StudyForm: Content {
        var kind: String?
        var institution: String?
        var programme: String?
        var starts_on: String?
        var ends_on: String?
        var international: String?

        var input: StudyInput {
            StudyBody(
                kind: kind, institution: institution, programme: programme, startsOn: starts_on, endsOn: ends_on,
                international: international == "1"
            ).input
        }
    }

    struct SemesterBody: Content {
        var number: String?
        var finished_on: String?
    }

    // MARK: Pages

    func show(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let e = try await guarded.employee(.read)
        return try await page(req, guarded, e, errors: [:], status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let e = try await guarded.employee(.change)
        let form = try req.content.decode(StudyForm.self)
        switch StudyRules.validate(form.input, today: try await req.today(for: e.agencyID)) {
        case .failure(let errors):
            return try await page(req, guarded, e, errors: errors.messages, status: .unprocessableEntity, form: form)
        case .success(let s):
            do {
                _ = try await StudyService.create(
                    s, employee: e, userID: guarded.user.userID, now: req.now, on: req.db)
            } catch let invalid as StudyService.Invalid {
                return try await page(
                    req, guarded, e, errors: invalid.errors.messages, status: .unprocessableEntity, form: form)
            }
            return req.redirect(to: SiteURL.studies(e.nip) + "?pesan=" + FlashMessage.created.rawValue)
        }
    }

    func addSemester(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let e = try await guarded.employee(.change)
        let study = try await guarded.study(of: e)
        let body = try req.content.decode(SemesterBody.self)
        do {
            _ = try await StudyService.addSemester(
                number: body.number ?? "", finishedOn: body.finished_on ?? "", study: study, employee: e,
                userID: guarded.user.userID, today: try await req.today(for: e.agencyID), now: req.now, on: req.db)
        } catch let invalid as StudyService.Invalid {
            var errors: [String: String] = [:]
            for (k, v) in invalid.errors.messages { errors[study.id.uuidString + "." + k] = v }
            return try await page(req, guarded, e, errors: errors, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.studies(e.nip) + "?pesan=" + FlashMessage.saved.rawValue)
    }

    private func page(
        _ req: Request, _ guarded: Guard, _ e: EmployeeQueries.Detail, errors: [String: String],
        status: HTTPStatus, form: StudyForm? = nil
    ) async throws -> Response {
        let studies = try await StudyQueries.studies(employeeID: e.id, on: req.db)
        let semesters = try await StudyQueries.semesters(employeeID: e.id, on: req.db)
        return StudyPage.render(
            .init(
                chrome: req.chrome("Tugas dan izin belajar · " + e.fullName), employee: e, studies: studies,
                semesters: semesters, canRecord: AccessPolicy.canChange(employee: e.facts, guarded.actor),
                form: form ?? StudyForm(), errors: errors)
        ).response(status: status)
    }

    // MARK: API

    func list(req: Request) async throws -> StudyListDTO {
        let e = try await req.apiGuard().employee(.read)
        let semesters = try await StudyQueries.semesters(employeeID: e.id, on: req.db)
        return StudyListDTO(
            items: try await StudyQueries.studies(employeeID: e.id, on: req.db).map {
                StudyDTO($0, semesters: semesters[$0.id] ?? [])
            })
    }

    func post(req: Request) async throws -> Response {
        let guarded = try req.apiGuard()
        let e = try await guarded.employee(.change)
        let body = try req.decodeBody(StudyBody.self)
        switch StudyRules.validate(body.input, today: try await req.today(for: e.agencyID)) {
        case .failure(let errors): throw APIError.fields(errors, message: "Catatan belajar tidak dapat disimpan.")
        case .success(let s):
            let id: UUID
            do {
                id = try await StudyService.create(
                    s, employee: e, userID: guarded.user.userID, now: req.now, on: req.db)
            } catch let invalid as StudyService.Invalid {
                throw APIError.fields(invalid.errors, message: "Catatan belajar tidak dapat disimpan.")
            }
            guard let study = try await StudyQueries.study(id, on: req.db) else { throw Abort(.notFound) }
            let response = Response(status: .created)
            try response.content.encode(StudyDTO(study, semesters: []))
            return response
        }
    }

    func postSemester(req: Request) async throws -> Response {
        let guarded = try req.apiGuard()
        let e = try await guarded.employee(.change)
        let study = try await guarded.study(of: e)
        struct Body: Content {
            var number: Int?
            var finishedOn: String?
        }
        let body = try req.decodeBody(Body.self)
        do {
            let done = try await StudyService.addSemester(
                number: body.number.map(String.init) ?? "", finishedOn: body.finishedOn ?? "", study: study,
                employee: e, userID: guarded.user.userID, today: try await req.today(for: e.agencyID), now: req.now,
                on: req.db)
            let response = Response(status: .created)
            try response.content.encode(StudyDTO.SemesterDTO(done))
            return response
        } catch let invalid as StudyService.Invalid {
            throw APIError.fields(invalid.errors, message: "Semester tidak dapat dicatat.")
        }
    }
}
