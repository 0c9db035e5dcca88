import Foundation
import Testing

@testable import AsahCore

@Suite("Quizzes")
struct QuizRulesTests {
    static func q(_ text: String, _ options: [String], correct: [Int]) -> QuizQuestion {
        QuizQuestion(
            text, options: options.enumerated().map { QuizOption($0.element, isCorrect: correct.contains($0.offset)) })
    }

    static let good = q("Berapa menit 1 JP?", ["30", "45", "60"], correct: [1])

    @Test func aGoodQuizHasNoIssues() {
        #expect(QuizRules.validate([Self.good]) == [])
        #expect(QuizRules.validate(Array(repeating: Self.good, count: 200)) == [])
        #expect(
            QuizRules.validate([
                Self.q("Dua pilihan", ["Ya", "Tidak"], correct: [0]),
                Self.q("Enam", ["a", "b", "c", "d", "e", "f"], correct: [5]),
            ]) == [])
    }

    @Test(arguments: [
        (
            [QuizQuestion](),
            [QuizIssue(question: 0, field: "questions", message: "Kuis harus memiliki paling sedikit satu soal.")]
        ),
        (
            Array(repeating: good, count: 201),
            [QuizIssue(question: 0, field: "questions", message: "Kuis paling banyak 200 soal.")]
        ),
        (
            [good, q("  ", ["a", "b"], correct: [0])],
            [QuizIssue(question: 2, field: "text", message: "Soal 2: teks pertanyaan wajib diisi.")]
        ),
        (
            [q("Satu pilihan", ["a"], correct: [0])],
            [
                QuizIssue(
                    question: 1, field: "options", message: "Soal 1: pilihan jawaban harus 2 sampai 6 (sekarang 1).")
            ]
        ),
        (
            [q("Tujuh", ["a", "b", "c", "d", "e", "f", "g"], correct: [0])],
            [
                QuizIssue(
                    question: 1, field: "options", message: "Soal 1: pilihan jawaban harus 2 sampai 6 (sekarang 7).")
            ]
        ),
        (
            [q("Tanpa pilihan", [], correct: [])],
            [
                QuizIssue(
                    question: 1, field: "options", message: "Soal 1: pilihan jawaban harus 2 sampai 6 (sekarang 0).")
            ]
        ),
        (
            [good, good, q("Kosong", ["a", " "], correct: [0])],
            [QuizIssue(question: 3, field: "option_2", message: "Soal 3: pilihan 2 wajib diisi.")]
        ),
        (
            [q("Kembar", ["Ya", "Tidak", " ya "], correct: [0])],
            [QuizIssue(question: 1, field: "option_3", message: "Soal 1: pilihan 3 sama dengan pilihan 1.")]
        ),
        (
            [q("Tanpa jawaban", ["a", "b"], correct: [])],
            [QuizIssue(question: 1, field: "correct", message: "Soal 1: tandai satu jawaban yang benar.")]
        ),
        (
            [q("Dua jawaban", ["a", "b", "c"], correct: [0, 2])],
            [
                QuizIssue(
                    question: 1, field: "correct", message: "Soal 1: hanya satu jawaban yang boleh benar (sekarang 2).")
            ]
        ),
        (
            [q("", ["a"], correct: [])],
            [
                QuizIssue(question: 1, field: "text", message: "Soal 1: teks pertanyaan wajib diisi."),
                QuizIssue(
                    question: 1, field: "options", message: "Soal 1: pilihan jawaban harus 2 sampai 6 (sekarang 1)."),
                QuizIssue(question: 1, field: "correct", message: "Soal 1: tandai satu jawaban yang benar."),
            ]
        ),
    ])
    func validate(questions: [QuizQuestion], issues: [QuizIssue]) {
        #expect(QuizRules.validate(questions) == issues)
    }

    /// (correct answers, questions, score): × 100 ÷ questions, half up.
    @Test(arguments: [
        (0, 5, 0), (5, 5, 100), (2, 3, 67), (1, 3, 33), (1, 8, 13), (3, 8, 38), (1, 200, 1), (199, 200, 100),
        (7, 10, 70), (1, 6, 17), (1, 7, 14),
    ])
    func score(correct: Int, total: Int, expected: Int) {
        let questions = Array(repeating: Self.good, count: total)
        let answers: [Int?] = (0..<total).map { $0 < correct ? 1 : 0 }
        #expect(QuizRules.score(questions, answers: answers) == expected)
        // Exact half-up against the fraction.
        #expect(abs(Double(expected) - Double(correct * 100) / Double(total)) <= 0.5)
    }

    @Test(arguments: [
        ([Int?](), 0), ([1], 33), ([1, 1, 1], 100), ([1, nil, 1], 67), ([1, 1, 1, 0, 2], 100), ([1, 5, -1], 33),
        ([nil, nil, nil], 0),
    ])
    func partialAnswers(answers: [Int?], expected: Int) {
        #expect(QuizRules.score([Self.good, Self.good, Self.good], answers: answers) == expected)
    }

    @Test func edgeScores() {
        #expect(QuizRules.score([], answers: [0]) == 0)
        // A question without exactly one correct option can be answered right by nobody.
        #expect(QuizRules.score([Self.q("x", ["a", "b"], correct: [0, 1])], answers: [0]) == 0)
    }

    @Test(arguments: [(70, 70, true), (69, 70, false), (100, 100, true), (0, 0, true), (99, 100, false)])
    func pass(score: Int, passing: Int, passed: Bool) {
        #expect(QuizRules.passed(score: score, policy: QuizPolicy(passingScore: passing)) == passed)
    }

    @Test(arguments: [
        (0, Int?.none, true), (1000, nil, true), (0, 1, true), (1, 1, false), (2, 3, true), (3, 3, false),
        (4, 3, false),
    ])
    func attempts(used: Int, limit: Int?, allowed: Bool) {
        #expect(
            QuizRules.canAttempt(attemptsUsed: used, policy: QuizPolicy(passingScore: 70, maxAttempts: limit))
                == allowed)
    }

    @Test(arguments: [
        ([Int](), Int?.some(3), Int?.none, false, true, Int?.some(3)),
        ([Int](), nil, nil, false, true, nil),
        ([40, 80, 60], 3, 80, true, false, 0),
        ([40, 60], 3, 60, false, true, 1),
        ([70], nil, 70, true, true, nil),
        ([100, 20], 1, 100, true, false, 0),
    ])
    func outcome(scores: [Int], limit: Int?, best: Int?, passed: Bool, again: Bool, left: Int?) {
        let o = QuizRules.outcome(scores: scores, policy: QuizPolicy(passingScore: 70, maxAttempts: limit))
        #expect(o == QuizOutcome(bestScore: best, passed: passed, canAttemptAgain: again, attemptsLeft: left))
    }

    @Test(arguments: [
        (Int?.some(70), Int?.none, [String]()), (0, 1, []), (100, 100, []), (nil, nil, ["passing_score"]),
        (101, nil, ["passing_score"]), (70, 0, ["max_attempts"]), (-1, 101, ["max_attempts", "passing_score"]),
    ])
    func policyForm(passing: Int?, attempts: Int?, errors: [String]) {
        switch QuizPolicy.make(passingScore: passing, maxAttempts: attempts) {
        case .success(let p): #expect(errors.isEmpty && p.passingScore == passing && p.maxAttempts == attempts)
        case .failure(let e): #expect(e.messages.keys.sorted() == errors)
        }
    }

    @Test func storedAsJSON() throws {
        let quiz = [Self.good]
        #expect(try JSONDecoder().decode([QuizQuestion].self, from: JSONEncoder().encode(quiz)) == quiz)
        #expect(Self.good.correctIndex == 1)
    }
}
