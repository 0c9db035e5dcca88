import AsahCore
import Fluent
import SQLKit
import Vapor

/// Writes of a learner: lessons marked done (idempotent: a lesson counts once, however often it is
/// sent), module quiz attempts, and finishing the course, which credits its JP once. Each runs in one
/// transaction holding the learner's employee row as a lock, so two devices syncing at once cannot
/// credit twice or overrun a day's cap.
enum CourseProgressService {
    struct Done: Sendable {
        var lessonID: UUID
        var on: CivilDate
    }

    typealias Outcome = CourseProgressDTO

    /// How far back a lesson done offline may be dated.
    static let maxDaysBack = CourseRules.maxDaysBack

    /// Marks lessons of the course done; unknown lessons or dates outside the last 30 days are refused
    /// as a whole, naming the item.
    static func markDone(
        _ items: [Done], course: Course, employeeID: UUID, today: CivilDate, on db: any Database
    ) async throws -> Outcome {
        try await WriteTransaction.run(on: db) { tx in
            try await EmployeeLock.take(employeeID, on: tx)
            let outline = try await CourseQueries.outline(course, on: tx)
            let known = Set(outline.lessons.compactMap(\.id))
            var details: [APIError.Detail] = []
            var dated: [Done] = []
            for (i, item) in items.enumerated() {
                if !known.contains(item.lessonID) {
                    details.append(.init(row: i + 1, field: "lesson_id", message: "Materi tidak ada di kursus ini."))
                }
                if let on = CourseRules.learnedOn(item.on, today: today) {
                    dated.append(Done(lessonID: item.lessonID, on: on))
                } else {
                    details.append(
                        .init(
                            row: i + 1, field: "done_on",
                            message:
                                "Tanggal belajar harus antara \(today.addingDays(-maxDaysBack).iso) dan \(today.iso)."))
                }
            }
            guard details.isEmpty else {
                throw APIError(
                    .unprocessableEntity, code: .invalid, message: "Kemajuan belajar tidak disimpan.",
                    details: details)
            }
            let sql = tx.sql
            let before = try await CourseQueries.mine(courseID: course.id!, employeeID: employeeID, on: tx).doneOn.count
            for item in dated {
                try await sql.raw(
                    """
                    INSERT INTO lesson_completions (id, lesson_id, course_id, employee_id, done_on, created_at)
                    VALUES (\(bind: IDs.make()), \(bind: item.lessonID), \(bind: course.id!), \(bind: employeeID),
                            \(bind: item.on.iso), \(bind: WriteTime.now))
                    ON CONFLICT (lesson_id, employee_id) DO NOTHING
                    """
                ).run()
            }
            var out = try await finishIfComplete(outline, employeeID: employeeID, today: today, on: tx)
            out.recorded = out.lessonsDone - before
            out.lessons = nil
            out.quizzes = nil
            return out
        }
    }

    struct QuizResult: Content {
        var score: Int
        var passed: Bool
        var bestScore: Int
        var attemptsLeft: Int?
        var progress: Outcome
    }

    static func takeQuiz(
        _ module: CourseModule, course: Course, employeeID: UUID, answers: [Int?], today: CivilDate,
        on db: any Database
    ) async throws -> QuizResult {
        guard let policy = module.policy, module.hasQuiz else {
            throw RecordKind.quiz.notFound
        }
        return try await WriteTransaction.run(on: db) { tx in
            try await EmployeeLock.take(employeeID, on: tx)
            let sql = tx.sql
            struct Row: Decodable { var score: Int }
            let previous = try await sql.raw(
                "SELECT score FROM course_quiz_attempts WHERE module_id = \(bind: module.id!) AND employee_id = \(bind: employeeID)"
            ).rows(Row.self).map(\.score)
            guard QuizRules.canAttempt(attemptsUsed: previous.count, policy: policy) else {
                throw Abort(.conflict, reason: "Kesempatan mengerjakan kuis modul ini sudah habis.")
            }
            let score = QuizRules.score(module.questions, answers: answers)
            let passed = QuizRules.passed(score: score, policy: policy)
            try await sql.raw(
                """
                INSERT INTO course_quiz_attempts (id, module_id, course_id, employee_id, score, passed, answers, taken_at)
                VALUES (\(bind: IDs.make()), \(bind: module.id!), \(bind: course.id!), \(bind: employeeID), \(bind: score),
                        \(bind: passed), \(bind: String(decoding: try JSONEncoder().encode(answers), as: UTF8.self)), \(bind: WriteTime.now))
                """
            ).run()
            let outcome = QuizRules.outcome(scores: previous + [score], policy: policy)
            let outline = try await CourseQueries.outline(course, on: tx)
            let progress = try await finishIfComplete(outline, employeeID: employeeID, today: today, on: tx)
            return QuizResult(
                score: score, passed: passed, bestScore: outcome.bestScore ?? score, attemptsLeft: outcome.attemptsLeft,
                progress: progress)
        }
    }

    /// The learner's progress; when the course has just been finished, records it and posts its JP
    /// (one ledger line per day of study, source `course`, source id the day's row).
    static func finishIfComplete(
        _ outline: CourseQueries.Outline, employeeID: UUID, today: CivilDate, on tx: any Database
    ) async throws -> Outcome {
        let course = outline.course
        let courseID = try course.requireID()
        let mine = try await CourseQueries.mine(courseID: courseID, employeeID: employeeID, on: tx)
        let p = CourseRules.progress(outline.ruleModules, done: Set(mine.doneOn.keys), passedQuizzes: mine.passed)
        var out = CourseProgressDTO(courseID: courseID, progress: p, mine: mine)
        guard p.isComplete, mine.completedOn == nil else { return out }
        var minutesByDay: [CivilDate: Int] = [:]
        for lesson in outline.lessons {
            guard let on = mine.doneOn[lesson.id!].flatMap(CivilDate.init(iso:)) else { continue }
            minutesByDay[on, default: 0] += lesson.minutes
        }
        let table = try await AgencySettings.jpConversion(course.agencyID, on: tx)
        let existing = try await eLearningFacts(
            employeeID: employeeID, days: Array(minutesByDay.keys), table: table, on: tx)
        let days = try CourseRules.credit(minutesByDay: minutesByDay, table: table, existing: existing)
            .mapError { Abort(.unprocessableEntity, reason: $0.messages.values.first ?? "JP tidak dapat dihitung.") }
            .get()
        let total = days.map(\.credited).total
        let completionID = IDs.make()
        let sql = tx.sql
        try await sql.raw(
            """
            INSERT INTO course_completions (id, course_id, employee_id, agency_id, completed_on, credited_hundredths, created_at)
            VALUES (\(bind: completionID), \(bind: courseID), \(bind: employeeID), \(bind: course.agencyID), \(bind: today.iso),
                    \(bind: total.hundredths), \(bind: WriteTime.now))
            """
        ).run()
        for day in days {
            let dayID = IDs.make()
            try await sql.raw(
                """
                INSERT INTO course_credit_days (id, completion_id, learned_on, minutes, credited_hundredths, credit_note)
                VALUES (\(bind: dayID), \(bind: completionID), \(bind: day.date.iso), \(bind: day.minutes),
                        \(bind: day.credited.hundredths), \(bind: day.reason))
                """
            ).run()
            guard day.credited > .zero else { continue }
            try await LearningEntry(
                agencyID: course.agencyID, employeeID: employeeID, learnedOn: day.date.iso, year: day.date.year,
                source: .course, sourceID: dayID, jenisDiklatID: CourseRules.jenisDiklatID,
                title: "E-learning: \(course.title)", minutes: day.minutes, jpHundredths: day.credited.hundredths,
                note: day.reason
            ).create(on: tx)
        }
        out.completedOn = today.iso
        out.creditedJp = total
        out.finishedNow = true
        return out
    }

    /// The learner's lines under the agency's e-learning row on the given days, for the day cap.
    static func eLearningFacts(employeeID: UUID, days: [CivilDate], table: JPConversionTable, on db: any Database)
        async throws -> [LedgerEntryFact]
    {
        guard !days.isEmpty, let row = ActivityCredit.cappedRow(jenisDiklatID: CourseRules.jenisDiklatID, table: table)
        else { return [] }
        return try await LearningQueries.capLines(
            row, where: "employee_id = \(bind: employeeID) AND learned_on IN (\(binds: days.map(\.iso)))", on: db
        ).compactMap { $0.fact(row) }
    }
}
