import Foundation

/// Quizzes written as plain text, the way an officer types them in a word processor:
///
///     Apa kepanjangan SPBE?
///     * Sistem Pemerintahan Berbasis Elektronik
///     - Sistem Pelayanan Berbasis Elektronik
///
///     (a blank line, then the next question)
///
/// A question may start with its number ("1." or "1)"); options start with `*` (the right answer) or
/// `-`. A question may run over several lines before its options.
public enum QuizText {
    /// Every problem of a typed quiz, in order.
    public struct Issues: Error, Sendable, Equatable {
        public let issues: [QuizIssue]
        public var messages: [String] { issues.map(\.message) }
    }

    public static func parse(_ text: String) -> Result<[QuizQuestion], Issues> {
        var questions: [QuizQuestion] = []
        var issues: [QuizIssue] = []
        var current: QuizQuestion?
        func close() {
            if let q = current { questions.append(q) }
            current = nil
        }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                close()
                continue
            }
            if let mark = line.first, mark == "*" || mark == "-" {
                let option = line.dropFirst().trimmingCharacters(in: .whitespaces)
                guard current != nil else {
                    issues.append(
                        QuizIssue(
                            question: questions.count + 1, field: "line_\(index + 1)",
                            message: "Baris \(index + 1): pilihan jawaban harus didahului teks pertanyaan."))
                    continue
                }
                current!.options.append(QuizOption(option, isCorrect: mark == "*"))
            } else if var q = current, q.options.isEmpty {
                q.text += " " + line
                current = q
            } else if current != nil {
                issues.append(
                    QuizIssue(
                        question: questions.count + 1, field: "line_\(index + 1)",
                        message:
                            "Baris \(index + 1): pilihan harus diawali tanda * (jawaban benar) atau - (jawaban lain); pisahkan soal berikutnya dengan satu baris kosong."
                    ))
            } else {
                current = QuizQuestion(stripNumber(line), options: [])
            }
        }
        close()
        issues += QuizRules.validate(questions)
        return issues.isEmpty ? .success(questions) : .failure(Issues(issues: issues))
    }

    /// The text form of a quiz, to edit it again.
    public static func format(_ questions: [QuizQuestion]) -> String {
        questions.map { q in
            ([q.text] + q.options.map { ($0.isCorrect ? "* " : "- ") + $0.text }).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// "1. Apa…" / "12) Apa…" → "Apa…".
    static func stripNumber(_ line: String) -> String {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return line }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return line }
        return rest.dropFirst().trimmingCharacters(in: .whitespaces)
    }
}
