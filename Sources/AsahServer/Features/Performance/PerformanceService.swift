import AsahCore
import Fluent
import Foundation
import SQLKit

/// Records performance ratings: one per employee, year and period, given again replaces it; the
/// predikat is always the matrix's (`Predikat(hasilKerja:perilakuKerja:)`), never taken as given.
enum PerformanceService {
    enum Source: String { case asah, import_ = "import" }

    /// Writes the rating and its audit entry in one transaction; `created` is false when it replaced one.
    static func record(
        _ input: PerformanceRatingInput, employee e: EmployeeQueries.Detail, source: Source = .asah, userID: UUID?,
        now: Date, on db: any Database
    ) async throws -> (rating: PerformanceQueries.Rating, created: Bool) {
        try await WriteTransaction.run(on: db) { tx in
            let before = try await PerformanceQueries.rating(
                employeeID: e.id, year: input.year, period: input.period, on: tx)
            let values: SQLQueryString = """
                rating_hasil_kerja = \(bind: input.hasilKerja.rawValue),
                rating_perilaku_kerja = \(bind: input.perilakuKerja.rawValue), predikat = \(bind: input.predikat.rawValue),
                source = \(bind: source.rawValue), rated_by = \(bind: userID), updated_at = \(bind: now)
                """
            // Two givers at once: the second finds the first's row and replaces it (the key is unique).
            try await tx.sql.raw(
                """
                INSERT INTO performance_ratings (id, employee_id, year, period, rating_hasil_kerja, rating_perilaku_kerja,
                    predikat, source, rated_by, created_at, updated_at)
                VALUES (\(bind: UUID()), \(bind: e.id), \(bind: input.year), \(bind: input.period.rawValue),
                    \(bind: input.hasilKerja.rawValue), \(bind: input.perilakuKerja.rawValue), \(bind: input.predikat.rawValue),
                    \(bind: source.rawValue), \(bind: userID), \(bind: now), \(bind: now))
                ON CONFLICT (employee_id, year, period) DO UPDATE SET \(values)
                """
            ).run()
            guard
                let after = try await PerformanceQueries.rating(
                    employeeID: e.id, year: input.year, period: input.period, on: tx)
            else { throw FluentError.noResults }
            try await AuditEntry(
                agencyID: e.agencyID, userID: userID, action: before == nil ? "create" : "update",
                entity: "performance_rating", entityID: after.id.uuidString, before: before.map(describe),
                after: describe(after)
            ).create(on: tx)
            return (after, before == nil)
        }
    }

    static func describe(_ r: PerformanceQueries.Rating) -> String {
        "\(r.year) \(r.period): \(r.ratingHasilKerja) / \(r.ratingPerilakuKerja) = \(r.predikat) (\(r.source))"
    }
}
