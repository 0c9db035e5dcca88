import AsahCore
import AsahDemo
import Fluent
import SQLKit
import Vapor

/// The demo's JP ledger for one agency: last year and this year up to today (`DemoLearning`), written
/// in multi-row inserts. No activities exist yet, so every line has a NULL `source_id`.
enum DemoLearningSeeder {
    static let columns = [
        "id", "agency_id", "employee_id", "year", "learned_on", "source", "source_id", "jenis_diklat_id", "title",
        "minutes", "jp_hundredths", "provider", "certificate_no", "note", "created_at",
    ]

    static func seed(
        _ a: DemoAgency, agencyID: UUID, employeeIDs: [String: UUID], today: CivilDate, on db: any Database
    ) async throws {
        let now = WriteTime.now
        let rows: [[BulkInsert.Cell]] = DemoLearning.entries(for: a, today: today).compactMap { e in
            guard let employeeID = employeeIDs[e.nip] else { return nil }
            return [
                .id(IDs.make()), .id(agencyID), .id(employeeID), .int(e.date.year), .text(e.date.iso),
                .text(e.source.rawValue), .id(nil), .int(e.jenisDiklatID), .text(e.title), .int(e.minutes),
                .int(e.jp.hundredths), .text(e.provider), .text(e.certificateNo), .text(nil), .time(now),
            ]
        }
        try await BulkInsert.run("learning_entries", columns: columns, rows: rows, on: db.sql)
    }
}
