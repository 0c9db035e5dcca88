/// Multiple-choice quizzes (pre-test, post-test, e-learning checks): questions with 2–6 options and
/// exactly one correct option, a 0–100 score, a passing score and an optional attempts limit.

public struct QuizOption: Codable, Sendable, Equatable {
    public var text: String
    public var isCorrect: Bool

    public init(_ text: String, isCorrect: Bool = false) {
        self.text = text
        self.isCorrect = isCorrect
    }
}

public struct QuizQuestion: Codable, Sendable, Equatable {
    public var text: String
    public var options: [QuizOption]

    public init(_ text: String, options: [QuizOption]) {
        self.text = text
        self.options = options
    }

    /// Index of the correct option when exactly one is marked.
    public var correctIndex: Int? {
        let marked = options.indices.filter { options[$0].isCorrect }
        return marked.count == 1 ? marked[0] : nil
    }
}

/// One problem of a quiz being written.
public struct QuizIssue: Sendable, Equatable {
    /// 1-based question number; 0 for the quiz as a whole.
    public let question: Int
    /// "questions", "text", "options", "option_2", "correct".
    public let field: String
    /// In Bahasa Indonesia, naming the question and the field.
    public let message: String
}

/// How a quiz is passed and retaken; set per quiz.
public struct QuizPolicy: Codable, Sendable, Equatable {
    /// 0…100; a score exactly at it passes.
    public var passingScore: Int
    /// nil = unlimited attempts.
    public var maxAttempts: Int?

    public init(passingScore: Int, maxAttempts: Int? = nil) {
        self.passingScore = passingScore
        self.maxAttempts = maxAttempts
    }

    /// Checks the quiz settings form.
    public static func make(passingScore: Int?, maxAttempts: Int?) -> Result<QuizPolicy, FieldErrors> {
        var errors: [String: String] = [:]
        if passingScore.map({ !(0...100).contains($0) }) ?? true {
            errors["passing_score"] = "Isi nilai lulus 0 sampai 100."
        }
        if let attempts = maxAttempts, !(1...100).contains(attempts) {
            errors["max_attempts"] = "Isi batas percobaan 1 sampai 100, atau kosongkan bila tidak dibatasi."
        }
        guard errors.isEmpty, let passingScore else { return .failure(FieldErrors(errors)) }
        return .success(QuizPolicy(passingScore: passingScore, maxAttempts: maxAttempts))
    }
}

/// Where a participant stands after some attempts.
public struct QuizOutcome: Sendable, Equatable {
    /// Best score of all attempts; nil before the first.
    public let bestScore: Int?
    public let passed: Bool
    public let canAttemptAgain: Bool
    /// nil when attempts are unlimited.
    public let attemptsLeft: Int?
}

public enum QuizRules {
    public static let optionCount = 2...6
    public static let maxQuestions = 200

    /// Every problem, in question order; empty when the quiz can be published.
    public static func validate(_ questions: [QuizQuestion]) -> [QuizIssue] {
        var issues: [QuizIssue] = []
        if questions.isEmpty {
            issues.append(
                QuizIssue(question: 0, field: "questions", message: "Kuis harus memiliki paling sedikit satu soal."))
        } else if questions.count > maxQuestions {
            issues.append(
                QuizIssue(question: 0, field: "questions", message: "Kuis paling banyak \(maxQuestions) soal."))
        }
        for (i, question) in questions.enumerated() {
            let number = i + 1
            func add(_ field: String, _ text: String) {
                issues.append(QuizIssue(question: number, field: field, message: "Soal \(number): \(text)."))
            }
            if question.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                add("text", "teks pertanyaan wajib diisi")
            }
            if !optionCount.contains(question.options.count) {
                add("options", "pilihan jawaban harus 2 sampai 6 (sekarang \(question.options.count))")
            }
            var seen: [String: Int] = [:]
            for (j, option) in question.options.enumerated() {
                let key = option.text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                if key.isEmpty {
                    add("option_\(j + 1)", "pilihan \(j + 1) wajib diisi")
                } else if let first = seen[key] {
                    add("option_\(j + 1)", "pilihan \(j + 1) sama dengan pilihan \(first)")
                } else {
                    seen[key] = j + 1
                }
            }
            let correct = question.options.filter(\.isCorrect).count
            if correct == 0 && !question.options.isEmpty {
                add("correct", "tandai satu jawaban yang benar")
            } else if correct > 1 {
                add("correct", "hanya satu jawaban yang boleh benar (sekarang \(correct))")
            }
        }
        return issues
    }

    /// Correct answers × 100 ÷ questions, rounded half up to a whole number (2 of 3 → 67, 1 of 8 →
    /// 13). `answers[i]` is the chosen option of question i (0-based) or nil; a missing, out-of-range
    /// or unanswered answer is wrong; extra answers are ignored. No questions → 0.
    public static func score(_ questions: [QuizQuestion], answers: [Int?]) -> Int {
        guard !questions.isEmpty else { return 0 }
        var correct = 0
        for (i, question) in questions.enumerated() {
            guard i < answers.count, let chosen = answers[i], let right = question.correctIndex else { continue }
            if chosen == right { correct += 1 }
        }
        return JP.divideRoundingHalfUp(correct * 100, by: questions.count)
    }

    public static func passed(score: Int, policy: QuizPolicy) -> Bool {
        score >= policy.passingScore
    }

    /// Whether one more attempt may start. Passing does not close the quiz: a retake can only raise
    /// the best score.
    public static func canAttempt(attemptsUsed: Int, policy: QuizPolicy) -> Bool {
        policy.maxAttempts.map { attemptsUsed < $0 } ?? true
    }

    /// Best score counts; pass when it reaches the passing score.
    public static func outcome(scores: [Int], policy: QuizPolicy) -> QuizOutcome {
        let best = scores.max()
        return QuizOutcome(
            bestScore: best, passed: best.map { passed(score: $0, policy: policy) } ?? false,
            canAttemptAgain: canAttempt(attemptsUsed: scores.count, policy: policy),
            attemptsLeft: policy.maxAttempts.map { max(0, $0 - scores.count) })
    }
}
