import AsahCore
import Fluent
import Foundation
import Vapor

/// The lesson form of course authoring (managers): Markdown text, a video link, or a file to
/// download, given as a link or uploaded (`LessonFileRules`).
extension CourseAuthoringController {
    func lesson(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).course(.author)
        let (module, lesson) = try await target(req, user, loaded)
        var input = LessonInput()
        var stored: CourseQueries.StoredFile?
        if let l = lesson {
            stored = try await CourseQueries.storedFile(lessonID: l.id!, on: req.db)
            input.title = l.title
            input.kind = l.kind
            input.body = l.body
            input.url = l.url ?? ""
            input.minutes = String(l.minutes)
            input.position = String(l.position)
        } else {
            input.minutes = "15"
        }
        return lessonPage(
            req, loaded, module: module, lesson: lesson, input: input, errors: [:], storedFile: stored?.label,
            status: .ok)
    }

    func saveLesson(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let loaded = try await Guard(req, user).course(.author)
        let (module, lesson) = try await target(req, user, loaded)
        let f = try req.content.decode(LessonForm.self)
        var input = LessonInput()
        input.title = f.title ?? ""
        input.kind = f.kind ?? ""
        input.body = f.body ?? ""
        input.url = f.url ?? ""
        input.minutes = f.minutes ?? ""
        input.position = f.position ?? ""
        var stored: CourseQueries.StoredFile?
        if let l = lesson { stored = try await CourseQueries.storedFile(lessonID: l.id!, on: req.db) }
        var upload: CourseAuthoringService.LessonFileUpload?
        var fileErrors: [String: String] = [:]
        if let file = f.berkas, file.data.readableBytes > 0 || !file.filename.isEmpty {
            switch LessonFileRules.check(filename: file.filename, size: file.data.readableBytes) {
            case .success(let type):
                upload = .init(filename: file.filename, contentType: type, content: Data(buffer: file.data))
            case .failure(let e): fileErrors = e.messages
            }
        }
        input.hasFile = upload != nil || stored != nil
        if input.kind == LessonKind.file.rawValue, input.url.trimmingCharacters(in: .whitespaces).isEmpty,
            upload == nil,
            stored != nil, let l = lesson
        {
            input.url = SiteURL.lessonFile(loaded.id, l.id!)  // keep the stored file
        }
        let count = try await CourseLesson.query(on: req.db).filter(\.$moduleID == module.id!).count()
        switch CourseInputRules.validate(input, defaultPosition: lesson?.position ?? count + 1) {
        case .success(let v) where fileErrors.isEmpty:
            let l = try await CourseAuthoringService.saveLesson(
                v, lesson: lesson, module: module, course: loaded.course, userID: user.userID, file: upload, on: req.db)
            return req.redirect(to: SiteURL.lesson(loaded.id, l.id!) + "?pesan=" + FlashMessage.saved.rawValue)
        case .success:
            return lessonPage(
                req, loaded, module: module, lesson: lesson, input: input, errors: fileErrors,
                storedFile: stored?.label, status: .unprocessableEntity)
        case .failure(let e):
            return lessonPage(
                req, loaded, module: module, lesson: lesson, input: input,
                errors: e.messages.merging(fileErrors) { a, _ in a }, storedFile: stored?.label,
                status: .unprocessableEntity)
        }
    }

    func lessonPage(
        _ req: Request, _ loaded: LoadedCourse, module: CourseModule, lesson: CourseLesson?, input: LessonInput,
        errors: [String: String], storedFile: String?, status: HTTPResponseStatus
    ) -> Response {
        var shown = input
        if let l = lesson, shown.url == SiteURL.lessonFile(loaded.id, l.id!) { shown.url = "" }  // not a link to retype
        return CourseFormPages.lesson(
            .init(
                chrome: req.chrome(lesson == nil ? "Materi baru" : "Ubah materi"),
                action: lesson.map { SiteURL.editLesson(loaded.id, $0.id!) }
                    ?? SiteURL.newLesson(loaded.id, module.id!),
                courseID: loaded.id, moduleTitle: module.title, input: shown, errors: errors,
                deleteAction: status == .ok ? lesson.map { SiteURL.deleteLesson(loaded.id, $0.id!) } : nil,
                storedFile: storedFile
            )
        ).response(status: status)
    }
}
