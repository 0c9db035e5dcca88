import AsahCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// Downloading a lesson's uploaded file: for whoever may open the lesson, from its page or the API.
struct LessonFileController {
    func download(req: Request) async throws -> Response {
        try await Self.send(req, user: try req.requirePageUser())
    }

    /// The file, for whoever may see the course (the page route and the API's share it).
    static func send(_ req: Request, user: SignedInUser) async throws -> Response {
        let loaded = try await Guard(req, user).course(.see)
        let lesson = try await Guard(req, user).lesson(of: loaded)
        guard let (file, content) = try await CourseQueries.fileContent(lessonID: lesson.id!, on: req.db) else {
            throw RecordKind.lessonFile.notFound
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: file.contentType)
        headers.replaceOrAdd(
            name: .contentDisposition,
            value: "attachment; filename=\"\(LessonFileRules.downloadName(file.filename))\"")
        headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(data: content))
    }
}
