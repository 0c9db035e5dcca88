import AsahCore
import Fluent
import Vapor

/// `POST` and `GET /api/v1/employees/{nip}/performance-ratings`: ratings of hasil kerja and perilaku
/// kerja per period, with the predikat the matrix gives.
struct PerformanceController {
    struct Body: Content {
        var year: Int?
        var period: String?
        var ratingHasilKerja: String?
        var ratingPerilakuKerja: String?
    }

    struct PageForm: Content {
        var year: String?
        var period: String?
        var rating_hasil_kerja: String?
        var rating_perilaku_kerja: String?

        var form: PerformancePage.Form {
            PerformancePage.Form(
                year: year ?? "", period: period ?? "", hasilKerja: rating_hasil_kerja ?? "",
                perilakuKerja: rating_perilaku_kerja ?? "")
        }
    }

    // MARK: Page

    /// `/pegawai/:nip/kinerja`: the ratings, and the form for those who rate.
    func show(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let e = try await guarded.performance(.read)
        let year = try await req.today(for: e.agencyID).year
        return try await page(req, guarded, e, form: .init(year: String(year)), errors: [:], status: .ok)
    }

    func save(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let e = try await guarded.performance(.rate)
        let form = try req.content.decode(PageForm.self)
        switch PerformanceRatingInput.make(
            yearText: form.year, period: form.period,
            hasilKerja: form.rating_hasil_kerja, perilakuKerja: form.rating_perilaku_kerja,
            thisYear: try await req.today(for: e.agencyID).year)
        {
        case .failure(let errors):
            return try await page(
                req, guarded, e, form: form.form, errors: errors.messages, status: .unprocessableEntity)
        case .success(let input):
            _ = try await PerformanceService.record(
                input, employee: e, userID: guarded.user.userID, now: req.now, on: req.db)
            return req.redirect(to: SiteURL.performance(e.nip) + "?pesan=" + FlashMessage.saved.rawValue)
        }
    }

    private func page(
        _ req: Request, _ guarded: Guard, _ e: EmployeeQueries.Detail, form: PerformancePage.Form,
        errors: [String: String], status: HTTPStatus
    ) async throws -> Response {
        PerformancePage.render(
            .init(
                chrome: req.chrome("Penilaian kinerja · " + e.fullName), employee: e,
                ratings: try await PerformanceQueries.ratings(employeeID: e.id, year: nil, on: req.db),
                canRate: AccessPolicy.canRatePerformance(of: e.facts, guarded.actor), form: form, errors: errors)
        ).response(status: status)
    }

    // MARK: API

    /// 201 with the rating and its predikat; 200 when it replaced the period's rating; 422 naming fields.
    func post(req: Request) async throws -> Response {
        let guarded = try req.apiGuard()
        let e = try await guarded.performance(.rate)
        let body = try req.decodeBody(Body.self)
        let thisYear = try await req.today(for: e.agencyID).year
        switch PerformanceRatingInput.make(
            year: body.year, period: body.period, hasilKerja: body.ratingHasilKerja,
            perilakuKerja: body.ratingPerilakuKerja, thisYear: thisYear)
        {
        case .failure(let errors): throw APIError.fields(errors, message: "Penilaian kinerja tidak dapat disimpan.")
        case .success(let input):
            let saved = try await PerformanceService.record(
                input, employee: e, userID: guarded.user.userID, now: req.now, on: req.db)
            let response = Response(status: saved.created ? .created : .ok)
            try response.content.encode(PerformanceRatingDTO(saved.rating, nip: e.nip))
            return response
        }
    }

    /// The employee's ratings, of `?year=` or of every year.
    func list(req: Request) async throws -> PerformanceRatingListDTO {
        let e = try await req.apiGuard().performance(.read)
        let year = req.query[String.self, at: "year"] == nil ? nil : try req.apiYear()
        let ratings = try await PerformanceQueries.ratings(employeeID: e.id, year: year, on: req.db)
        return PerformanceRatingListDTO(items: ratings.map { PerformanceRatingDTO($0, nip: e.nip) })
    }
}

struct PerformanceRatingDTO: Content {
    var nip: String
    var year: Int
    var period: String
    var ratingHasilKerja: String
    var ratingPerilakuKerja: String
    var predikat: String
    var predikatLabel: String
    var source: String

    init(_ r: PerformanceQueries.Rating, nip: String) {
        self.nip = nip
        year = r.year
        period = r.period
        ratingHasilKerja = r.ratingHasilKerja
        ratingPerilakuKerja = r.ratingPerilakuKerja
        predikat = r.predikat
        predikatLabel = Predikat(rawValue: r.predikat)?.label ?? r.predikat
        source = r.source
    }

    enum CodingKeys: String, CodingKey {
        case nip, year, period, predikat, source
        case ratingHasilKerja = "rating_hasil_kerja"
        case ratingPerilakuKerja = "rating_perilaku_kerja"
        case predikatLabel = "predikat_label"
    }
}

struct PerformanceRatingListDTO: Content {
    var items: [PerformanceRatingDTO]
}

/// `POST /api/v1/agencies/{code}/imports/performance-ratings`: an e-Kinerja CSV, checked whole, written
/// only when every row is valid (`?dry_run=true` only checks). Managers of the agency.
struct PerformanceImportAPIController {
    struct ResultDTO: Content {
        var ratings: Int
        var employees: Int
        var dryRun: Bool

        enum CodingKeys: String, CodingKey {
            case ratings, employees
            case dryRun = "dry_run"
        }
    }

    func create(req: Request) async throws -> ResultDTO {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.manage)
        let agencyID = try agency.requireID()
        guard let body = req.body.data, body.readableBytes > 0 else {
            throw APIError(
                .badRequest, code: .invalid, message: "Kirim berkas CSV penilaian kinerja sebagai isi permintaan.")
        }
        let dryRun = try req.dryRunFlag()
        let report = try await PerformanceImporter.run(
            file: Data(buffer: body), agencyID: agencyID, dryRun: dryRun, userID: user.userID,
            thisYear: try await req.today(for: agencyID).year, now: req.now, on: req.db)
        guard report.isValid else {
            throw APIError(
                .unprocessableEntity, code: .invalidRows,
                message: "Ada \(report.errors.count) masalah dalam berkas; tidak ada yang disimpan.",
                details: report.errors.map { .init(row: $0.row, column: $0.column, message: $0.message) })
        }
        return ResultDTO(ratings: report.ratings, employees: report.employees, dryRun: dryRun)
    }
}
