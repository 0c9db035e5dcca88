import AsahCore
import AsahDemo
import Fluent
import Foundation
import SQLKit

/// Two published e-learning courses per demo agency (SPBE basics, excellent public service), written
/// by its manager through the same services as the pages. Two employees finished the SPBE course over
/// three days (their JP is in the ledger), a few are part-way, and the demo employee has read the
/// first module so they can finish it themself.
enum DemoCourseSeeder {
    static func seed(code: String, today: CivilDate, on db: any Database) async throws {
        guard let manager = try await User.query(on: db).filter(\.$username == "pengelola.\(code)").first(),
            let staff = try await User.query(on: db).filter(\.$username == "pegawai.\(code)").first(),
            let agencyID = manager.agencyID, let demoEmployee = staff.employeeID
        else { return }
        var outlines: [CourseQueries.Outline] = []
        for demo in DemoCourses.all {
            var input = CourseInput()
            input.title = demo.title
            input.summary = demo.summary
            input.published = true
            let course = try await CourseAuthoringService.saveCourse(
                try CourseInputRules.validate(input).get(), course: nil, agencyID: agencyID, userID: manager.id, on: db)
            for (i, m) in demo.modules.enumerated() {
                var mi = ModuleInput()
                mi.title = m.title
                mi.quizText = m.quiz
                mi.passingScore = "70"
                mi.maxAttempts = "3"
                let module = try await CourseAuthoringService.saveModule(
                    try CourseInputRules.validate(mi, defaultPosition: i + 1).get(), module: nil, course: course,
                    userID: manager.id, on: db)
                for (j, l) in m.lessons.enumerated() {
                    var li = LessonInput()
                    li.title = l.title
                    li.kind = l.kind.rawValue
                    li.body = l.body
                    li.url = l.url ?? ""
                    li.minutes = String(l.minutes)
                    _ = try await CourseAuthoringService.saveLesson(
                        try CourseInputRules.validate(li, defaultPosition: j + 1).get(), lesson: nil, module: module,
                        course: course, userID: manager.id, on: db)
                }
            }
            outlines.append(try await CourseQueries.outline(course, on: db))
        }
        struct Row: Decodable { var id: UUID }
        let others = try await db.sql.raw(
            """
            SELECT e.id FROM employees e
            WHERE e.agency_id = \(bind: agencyID) AND e.id NOT IN (SELECT employee_id FROM users WHERE employee_id IS NOT NULL)
            ORDER BY e.nip LIMIT 5
            """
        ).rows(Row.self).map(\.id)
        let spbe = outlines[0]
        // Two finish the SPBE course over three days, passing both quizzes.
        for learner in others.prefix(2) {
            for (k, lesson) in spbe.lessons.enumerated() {
                _ = try await CourseProgressService.markDone(
                    [.init(lessonID: lesson.id!, on: today.addingDays(-9 + k / 2))], course: spbe.course,
                    employeeID: learner,
                    today: today, on: db)
            }
            for (module, _) in spbe.modules {
                let answers = module.questions.map(\.correctIndex)
                _ = try await CourseProgressService.takeQuiz(
                    module, course: spbe.course, employeeID: learner, answers: answers, today: today, on: db)
            }
        }
        // Three are part-way through the public service course; one failed its first quiz once.
        for (n, learner) in others.dropFirst(2).enumerated() {
            let lessons = outlines[1].lessons.prefix(n + 1)
            _ = try await CourseProgressService.markDone(
                lessons.map { .init(lessonID: $0.id!, on: today.addingDays(-2)) }, course: outlines[1].course,
                employeeID: learner, today: today, on: db)
            if n == 2, let first = outlines[1].modules.first?.module {
                _ = try await CourseProgressService.takeQuiz(
                    first, course: outlines[1].course, employeeID: learner, answers: first.questions.map { _ in 0 },
                    today: today, on: db)
            }
        }
        // The demo employee has read the first SPBE module.
        let firstModule = spbe.modules.first?.lessons ?? []
        _ = try await CourseProgressService.markDone(
            firstModule.map { .init(lessonID: $0.id!, on: today.addingDays(-1)) }, course: spbe.course,
            employeeID: demoEmployee, today: today, on: db)
    }
}
