import AsahCore
import Fluent
import Vapor

@testable import AsahServer

extension TestBuilder {
    /// A published e-learning course of the agency, saved the way the authoring forms save one: each
    /// module named in `modules` holds `lessons` text lessons of `minutes` minutes and no quiz unless
    /// given one.
    @discardableResult
    func course(
        _ title: String, in agency: Agency, modules: [String] = ["Modul 1"], lessons: Int = 2, minutes: Int = 45,
        quiz: String = ""
    ) async throws -> Course {
        var input = CourseInput()
        input.title = title
        input.summary = "Ringkasan \(title)."
        input.published = true
        let course = try await CourseAuthoringService.saveCourse(
            try CourseInputRules.validate(input).get(), course: nil, agencyID: try agency.requireID(), userID: nil,
            on: db)
        for (i, name) in modules.enumerated() {
            var mi = ModuleInput()
            mi.title = name
            mi.quizText = quiz
            mi.passingScore = "70"
            mi.maxAttempts = "3"
            let module = try await CourseAuthoringService.saveModule(
                try CourseInputRules.validate(mi, defaultPosition: i + 1).get(), module: nil, course: course,
                userID: nil, on: db)
            for j in 0..<lessons {
                var li = LessonInput()
                li.title = "\(name): materi \(j + 1)"
                li.kind = LessonKind.text.rawValue
                li.body = "Isi materi \(j + 1) dari \(name)."
                li.minutes = String(minutes)
                _ = try await CourseAuthoringService.saveLesson(
                    try CourseInputRules.validate(li, defaultPosition: j + 1).get(), lesson: nil, module: module,
                    course: course, userID: nil, on: db)
            }
        }
        return course
    }
}
