import AsahCore
import Fluent
import Foundation
import SQLKit
import Vapor

extension CourseQueries {
    /// A lesson's stored file, without its bytes.
    struct StoredFile: Decodable, Sendable {
        var filename: String
        var contentType: String
        var size: Int

        var label: String { "\(filename) (\(IndonesianFormat.fileSize(size)))" }
    }

    static func storedFile(lessonID: UUID, on db: any Database) async throws -> StoredFile? {
        try await db.sql.raw(
            "SELECT filename, content_type, size FROM lesson_files WHERE lesson_id = \(bind: lessonID)"
        ).firstRow(StoredFile.self)
    }

    static func fileContent(lessonID: UUID, on db: any Database) async throws -> (StoredFile, Data)? {
        struct Row: Decodable { var filename: String; var contentType: String; var size: Int; var content: Data }
        guard
            let r = try await db.sql.raw(
                "SELECT filename, content_type, size, content FROM lesson_files WHERE lesson_id = \(bind: lessonID)"
            ).firstRow(Row.self)
        else { return nil }
        return (StoredFile(filename: r.filename, contentType: r.contentType, size: r.size), r.content)
    }
}
