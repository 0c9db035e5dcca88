import Fluent
import Foundation
import SQLKit
import Vapor

/// A checked import file, kept between "check" and "confirm" for the person who uploaded it, for a
/// day. The page controllers of both imports (SIASN and assessments) keep and find files here; the
/// importer takes the file in the same transaction as its writes, so a confirmation sent twice
/// imports once.
enum ImportUploadService {
    static let keptFor: TimeInterval = 86_400

    /// Keeps a checked file, and forgets every file older than a day.
    static func keep(
        _ data: Data, filename: String, agencyID: UUID, userID: UUID, on db: any Database
    ) async throws -> UUID {
        try await ImportUpload.query(on: db).filter(\.$createdAt < WriteTime.now.addingTimeInterval(-keptFor)).delete()
        let upload = ImportUpload(agencyID: agencyID, userID: userID, filename: filename, content: data)
        try await upload.create(on: db)
        return try upload.requireID()
    }

    /// The file this person checked for this agency; anyone else's, or an unknown id, is not found.
    static func find(_ id: String?, agencyID: UUID, userID: UUID, on db: any Database) async throws -> ImportUpload {
        guard let id = id.flatMap(UUID.init(uuidString:)), let upload = try await ImportUpload.find(id, on: db),
            upload.agencyID == agencyID, upload.userID == userID
        else { throw RecordKind.upload.notFound }
        return upload
    }

    /// Removes the file inside the import's transaction; refused when another confirmation took it first.
    static func take(_ id: UUID, on db: any Database) async throws {
        let taken = try await db.sql.raw("DELETE FROM import_uploads WHERE id = \(bind: id) RETURNING id").all()
        guard !taken.isEmpty else { throw Abort(.conflict, reason: "Berkas ini sudah diimpor.") }
    }
}
