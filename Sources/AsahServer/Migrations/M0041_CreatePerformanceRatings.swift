import Fluent
import SQLKit

/// Performance ratings (Permen PANRB 6/2022): per employee, year and period (a quarter or the year),
/// the two ratings and the predikat they give. A rating follows its person on a mutasi, as the ledger
/// does; `source` tells a rating given in Asah from one imported from e-Kinerja.
struct M0041_CreatePerformanceRatings: AsyncMigration {
    var name: String { "M0041_CreatePerformanceRatings" }

    func prepare(on db: any Database) async throws {
        try await db.schema("performance_ratings")
            .id()
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("year", .int, .required)
            .field("period", .string, .required)
            .field("rating_hasil_kerja", .string, .required)
            .field("rating_perilaku_kerja", .string, .required)
            .field("predikat", .string, .required)
            .field("source", .string, .required)
            .field("rated_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "employee_id", "year", "period")
            .create()
        // The agency's annual predikat (the 9-box) reads by year and period, then the people.
        try await db.createIndex(
            "performance_ratings_year", on: "performance_ratings", columns: ["year", "period", "employee_id"])
    }

    func revert(on db: any Database) async throws {
        try await db.schema("performance_ratings").delete()
    }
}
