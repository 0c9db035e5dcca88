import AsahCore
import Vapor

extension Request {
    /// The `tahun` field of a submitted form: this year when the form has none, and a 400 naming the
    /// rule for anything that is not a year between 2000 and 2100 (`99999999999999` and `-5` were
    /// saved before).
    func formYear() throws -> Int {
        guard let raw = try? content.get(String.self, at: "tahun"), !raw.isEmpty else { return today.year }
        guard let year = WorkYear.parse(raw) else { throw Abort(.badRequest, reason: WorkYear.message) }
        return year
    }
}

extension Request {
    /// The API's `?year=`: this year when absent, 400 naming the parameter for anything that is not a
    /// year between 2000 and 2100 (API query parameters are English; pages keep `tahun`).
    func apiYear() throws -> Int {
        guard let raw = query[String.self, at: "year"] else { return today.year }
        guard let year = WorkYear.parse(raw) else {
            throw APIError(
                .badRequest, code: .invalid, message: WorkYear.message,
                details: [.init(field: "year", message: WorkYear.message)])
        }
        return year
    }
}
