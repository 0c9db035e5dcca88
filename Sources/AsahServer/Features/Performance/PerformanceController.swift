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
