import Fluent
import Foundation
import SQLKit

/// Reads of external learning records, with the employee each belongs to.
enum ExternalLearningQueries {
    /// A record as its lists show it.
    struct Record: Decodable, Sendable {
        var id: UUID
        var employeeID: UUID
        var nip: String
        var name: String
        var title: String
        var jenisDiklatID: Int
        var provider: String
        var startedOn: String
        var finishedOn: String
        var certificateNo: String?
        var jpHundredths: Int
        var proofFilename: String
        var state: String
        var reason: String?
    }

    private static let columns = """
        SELECT x.id, x.employee_id, e.nip, e.name, x.title, x.jenis_diklat_id, x.provider, x.started_on, x.finished_on,
               x.certificate_no, x.jp_hundredths, x.proof_filename, x.state, x.reason
        FROM external_learning x JOIN employees e ON e.id = x.employee_id
        """

    /// An employee's records, the latest finished first.
    static func of(employeeID: UUID, on db: any Database) async throws -> [Record] {
        try await db.sql.raw(
            "\(unsafeRaw: columns) WHERE x.employee_id = \(bind: employeeID) ORDER BY x.finished_on DESC, x.created_at DESC"
        ).rows(Record.self)
    }

    /// Records waiting for a decision, oldest first.
    static func queue(agencyID: UUID, on db: any Database) async throws -> [Record] {
        try await db.sql.raw(
            "\(unsafeRaw: columns) WHERE x.agency_id = \(bind: agencyID) AND x.state = 'submitted' ORDER BY x.created_at LIMIT 200"
        ).rows(Record.self)
    }
}
