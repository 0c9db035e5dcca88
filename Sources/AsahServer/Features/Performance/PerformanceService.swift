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
            try await upsert([(e.id, input)], source: source, userID: userID, now: now, on: tx.sql)
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

    /// Periods' ratings written, each inserted or replacing the one there (two givers at once: the
    /// second finds the first's row and replaces it, the key being unique). At most one row per key.
    static func upsert(
        _ ratings: [(employeeID: UUID, input: PerformanceRatingInput)], source: Source, userID: UUID?, now: Date,
        on sql: any SQLDatabase
    ) async throws {
        for chunk in ratings.chunks(of: 500) {
            let rows = chunk.map { r -> SQLQueryString in
                """
                (\(bind: UUID()), \(bind: r.employeeID), \(bind: r.input.year), \(bind: r.input.period.rawValue),
                 \(bind: r.input.hasilKerja.rawValue), \(bind: r.input.perilakuKerja.rawValue),
                 \(bind: r.input.predikat.rawValue), \(bind: source.rawValue), \(bind: userID), \(bind: now), \(bind: now))
                """
            }
            try await sql.raw(
                """
                INSERT INTO performance_ratings (id, employee_id, year, period, rating_hasil_kerja,
                    rating_perilaku_kerja, predikat, source, rated_by, created_at, updated_at)
                VALUES \(rows.joined(separator: ", "))
                ON CONFLICT (employee_id, year, period) DO UPDATE SET
                    rating_hasil_kerja = excluded.rating_hasil_kerja, rating_perilaku_kerja = excluded.rating_perilaku_kerja,
                    predikat = excluded.predikat, source = excluded.source, rated_by = excluded.rated_by,
                    updated_at = excluded.updated_at
                """
            ).run()
        }
    }

    static func describe(_ r: PerformanceQueries.Rating) -> String {
        "\(r.year) \(r.period): \(r.ratingHasilKerja) / \(r.ratingPerilakuKerja) = \(r.predikat) (\(r.source))"
    }
}
