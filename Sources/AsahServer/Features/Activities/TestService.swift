import AsahCore
import Fluent
import Vapor

/// Pre- and post-tests: saving the questions, and a participant's attempt (scored at once; the best
/// post-test score is the one completion looks at).
enum TestService {
    static func save(
        activityID: UUID, kind: ActivityTest.Kind, questions: [QuizQuestion], maxAttempts: Int?, on db: any Database
    ) async throws {
        let json = String(decoding: try JSONEncoder().encode(questions), as: UTF8.self)
        let test =
            try await ActivityTest.query(on: db).filter(\.$activityID == activityID)
            .filter(\.$kind == kind.rawValue).first() ?? ActivityTest()
        if test.id == nil {
            test.id = IDs.make()
            test.activityID = activityID
            test.kind = kind.rawValue
        }
        test.questionsJSON = json
        test.maxAttempts = kind == .pre ? 1 : maxAttempts
        try await test.save(on: db)
    }

    struct Result: Content {
        var score: Int
        var passed: Bool?
        var bestScore: Int
        var attemptsLeft: Int?
    }

    /// A participant's answers (the chosen option per question, nil when left blank).
    static func take(
        _ activity: Activity, kind: ActivityTest.Kind, employeeID: UUID, answers: [Int?], today: CivilDate,
        on db: any Database
    ) async throws -> Result {
        let id = try activity.requireID()
        guard
            let test = try await ActivityTest.query(on: db).filter(\.$activityID == id).filter(\.$kind == kind.rawValue)
                .first()
        else { throw Abort(.notFound, reason: "\(kind.label) kegiatan ini belum disusun.") }
        guard
            let enrolment = try await Enrolment.query(on: db).filter(\.$activityID == id)
                .filter(\.$employeeID == employeeID).first(), enrolment.state == EnrolmentState.enrolled.rawValue
        else {
            throw Abort(.forbidden, reason: "\(kind.label) hanya untuk peserta terdaftar kegiatan yang belum ditutup.")
        }
        if kind == .post,
            let first = try await ActivitySession.query(on: db).filter(\.$activityID == id).sort(\.$date).first(),
            first.date > today.iso
        {
            throw Abort(.conflict, reason: "Post-test dibuka mulai hari pertama kegiatan.")
        }
        return try await WriteTransaction.run(on: db) { tx in
            // Under the activity's lock: two submits at once count their attempts one after the other,
            // and a closed activity takes no more scores.
            try await AttendanceService.requireOpen(id, on: tx)
            guard let enrolment = try await Enrolment.find(enrolment.id, on: tx),
                enrolment.state == EnrolmentState.enrolled.rawValue
            else {
                throw Abort(
                    .forbidden, reason: "\(kind.label) hanya untuk peserta terdaftar kegiatan yang belum ditutup.")
            }
            let enrolmentID = try enrolment.requireID()
            let previous = try await TestAttempt.query(on: tx).filter(\.$enrolmentID == enrolmentID)
                .filter(\.$kind == kind.rawValue).all().map(\.score)
            let policy = QuizPolicy(passingScore: activity.postTestPassingScore ?? 0, maxAttempts: test.maxAttempts)
            guard QuizRules.canAttempt(attemptsUsed: previous.count, policy: policy) else {
                throw Abort(.conflict, reason: "Kesempatan mengerjakan \(kind.label.lowercased()) sudah habis.")
            }
            let score = QuizRules.score(test.questions, answers: answers)
            let attempt = TestAttempt()
            attempt.id = IDs.make()
            attempt.enrolmentID = enrolmentID
            attempt.kind = kind.rawValue
            attempt.score = score
            attempt.answers = String(decoding: try JSONEncoder().encode(answers), as: UTF8.self)
            attempt.takenAt = WriteTime.now
            try await attempt.create(on: tx)
            let outcome = QuizRules.outcome(scores: previous + [score], policy: policy)
            if kind == .post {
                enrolment.postTestScore = outcome.bestScore
                try await enrolment.save(on: tx)
            }
            return Result(
                score: score, passed: kind == .post && activity.postTestPassingScore != nil ? outcome.passed : nil,
                bestScore: outcome.bestScore ?? score, attemptsLeft: outcome.attemptsLeft)
        }
    }

    /// The kinds of test an activity has.
    static func kinds(activityID: UUID, on db: any Database) async throws -> Set<String> {
        Set(try await ActivityTest.query(on: db).filter(\.$activityID == activityID).all().map(\.kind))
    }
}
