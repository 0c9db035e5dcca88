import Foundation
import Testing

@testable import AsahCore

@Suite("Course forms")
struct CourseInputTests {
    static func lesson(_ kind: String, body: String = "", url: String = "", minutes: String = "15") -> LessonInput {
        var i = LessonInput()
        i.title = "Materi"
        i.kind = kind
        i.body = body
        i.url = url
        i.minutes = minutes
        return i
    }

    @Test func aTextLessonKeepsNoLinkFromAnEarlierKind() throws {
        let input = Self.lesson("text", body: "# Judul", url: "https://video.contoh.go.id/1")
        let v = try CourseInputRules.validate(input, defaultPosition: 1).get()
        #expect(v.url == nil)
    }

    // (input, the field named in the error, or nil when valid)
    @Test(
        arguments: [
            (lesson("text", body: "# Judul"), nil),
            (lesson("text"), "body"),
            (lesson("video", url: "https://video.contoh.go.id/1"), nil),
            (lesson("video"), "url"),
            (lesson("file", url: "javascript:alert(1)"), "url"),
            (lesson("file", url: "ftp://berkas"), "url"),
            (lesson("file", url: "//lain.example/berkas.pdf"), "url"),
            (lesson("file", url: "/elearning/1/materi/2/berkas"), nil),
            (lesson("kuis", body: "x"), "kind"),
            (lesson("text", body: "x", minutes: "0"), "minutes"),
            (lesson("text", body: "x", minutes: "abc"), "minutes"),
            (lesson("text", body: String(repeating: "a", count: 30_001)), "body"),
        ] as [(LessonInput, String?)])
    func lessonFormNamesTheBadField(input: LessonInput, field: String?) {
        switch CourseInputRules.validate(input, defaultPosition: 1) {
        case .success: #expect(field == nil)
        case .failure(let e): #expect(e.messages.keys.sorted() == [field].compactMap { $0 })
        }
    }

    @Test func moduleQuizIsCheckedWithItsPassingScore() throws {
        var m = ModuleInput()
        m.title = "Dasar SPBE"
        let noQuiz = try CourseInputRules.validate(m, defaultPosition: 2).get()
        #expect(noQuiz.questions.isEmpty && noQuiz.policy == nil && noQuiz.position == 2)
        m.quizText =
            "Apa kepanjangan SPBE?\n* Sistem Pemerintahan Berbasis Elektronik\n- Sistem Pelayanan Berbasis Email"
        m.passingScore = "70"
        m.maxAttempts = "3"
        m.position = "1"
        let withQuiz = try CourseInputRules.validate(m, defaultPosition: 2).get()
        #expect(withQuiz.questions.count == 1 && withQuiz.policy == QuizPolicy(passingScore: 70, maxAttempts: 3))
        #expect(withQuiz.position == 1)
        m.passingScore = ""
        m.quizText = "Soal tanpa pilihan"
        m.position = "0"
        let e = CourseInputRules.validate(m, defaultPosition: 1)
        #expect((try? e.get()) == nil)
        if case .failure(let x) = e { #expect(x.messages.keys.sorted() == ["passing_score", "position", "quiz"]) }
    }

    @Test func courseTitleIsRequired() {
        var c = CourseInput()
        c.title = "  "
        if case .failure(let e) = CourseInputRules.validate(c) {
            #expect(e["title"] != nil)
        } else {
            Issue.record("accepted")
        }
    }
}
