import Testing

@testable import AsahCore

@Suite("Quizzes typed as text")
struct QuizTextTests {
    @Test func aTypedQuizBecomesQuestionsAndBack() throws {
        let text = """
            1. Apa kepanjangan SPBE
            dalam Perpres 95/2018?
            * Sistem Pemerintahan Berbasis Elektronik
            - Sistem Pelayanan Berbasis Elektronik

            2) Siapa yang menetapkan rencana pengembangan kompetensi?
            - Kepala unit kerja
            * PPK
            - Setiap PNS
            """
        let quiz = try QuizText.parse(text).get()
        #expect(quiz.count == 2)
        #expect(quiz[0].text == "Apa kepanjangan SPBE dalam Perpres 95/2018?")
        #expect(quiz[0].correctIndex == 0)
        #expect(quiz[1].text == "Siapa yang menetapkan rencana pengembangan kompetensi?")
        #expect(quiz[1].correctIndex == 1)
        #expect(try QuizText.parse(QuizText.format(quiz)).get() == quiz, "round trip")
    }

    @Test(arguments: [
        ("- pilihan tanpa soal", "Baris 1"),
        ("Soal?\n* a\n- b\nLanjutan tanpa tanda", "Baris 4"),
        ("Soal tanpa jawaban benar?\n- a\n- b", "tandai satu jawaban yang benar"),
        ("Dua benar?\n* a\n* b", "hanya satu jawaban"),
        ("Satu pilihan?\n* a", "2 sampai 6"),
        ("", "paling sedikit satu soal"),
    ])
    func mistakesNameTheLineOrQuestion(_ text: String, _ expected: String) {
        guard case .failure(let issues) = QuizText.parse(text) else {
            Issue.record("accepted")
            return
        }
        #expect(issues.messages.contains { $0.contains(expected) }, "\(issues.messages)")
    }

    @Test(arguments: [
        ("1. Apa?", "Apa?"), ("12) Apa?", "Apa?"), ("2026 adalah tahun?", "2026 adalah tahun?"), ("Apa?", "Apa?"),
    ])
    func numbersAreStripped(_ line: String, _ expected: String) {
        #expect(QuizText.stripNumber(line) == expected)
    }
}
