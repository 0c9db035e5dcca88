import AsahCore
import AsahDemo
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// E-learning: managers write courses on pages, employees of the agency learn them (their own progress
/// only), finishing a course credits its JP once per day of study within the day cap, lesson pages are
/// small, script-free to use and cannot carry author HTML, and the offline queue is idempotent.
final class ELearningTests: AppTestCase {
    /// A manager's browser, a learner (an employee of Medan without a demo account) and their browser.
    private func setUpMedan() async throws -> (manager: Browser, learner: Employee, browser: Browser) {
        // A learner without an account of their own, with an empty ledger: the day cap counts only this course.
        let learner = try await world().medan.colleague
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        return (manager, learner, try await browser(as: learner))
    }

    /// Writes a course of one module (quiz of two questions, passing 60) with two text lessons of
    /// 90 and 150 minutes, through the managers' pages; returns the course, module and lessons.
    private func writeCourse(_ manager: inout Browser, publish: Bool) async throws -> (
        Course, CourseModule, [CourseLesson]
    ) {
        let created = try await manager.post(
            "/instansi/medan/elearning/baru",
            form: [
                "title": "Etika ASN", "summary": "Kode etik dan perilaku.", "published": publish ? "1" : "",
            ])
        XCTAssertEqual(created.status, .seeOther, created.text)
        let course = try await Course.query(on: db).filter(\.$title == "Etika ASN").first()!
        let bad = try await manager.post(
            SiteURL.newModule(course.id!), form: ["title": "", "quiz": "Soal tanpa pilihan"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("Judul modul wajib diisi"), bad.text)
        let quiz = "Nilai dasar ASN adalah\n* BerAKHLAK\n- Bebas\n\nASN melayani\n* Masyarakat\n- Diri sendiri"
        await eq(
            try await manager.post(
                SiteURL.newModule(course.id!),
                form: [
                    "title": "Nilai dasar", "quiz": quiz, "passing_score": "60", "max_attempts": "3",
                ]
            ).status, .seeOther)
        let module = try await CourseModule.query(on: db).filter(\.$courseID == course.id!).first()!
        for (title, minutes) in [("Kode etik", "90"), ("Kode perilaku", "150")] {
            let r = try await manager.post(
                SiteURL.newLesson(course.id!, module.id!),
                form: [
                    "title": title, "kind": "text", "body": "## \(title)\n\n- butir satu\n- butir dua",
                    "minutes": minutes,
                ])
            XCTAssertEqual(r.status, .seeOther, r.text)
        }
        let lessons = try await CourseLesson.query(on: db).filter(\.$moduleID == module.id!).sort(\.$position).all()
        XCTAssertEqual(lessons.map(\.title), ["Kode etik", "Kode perilaku"])
        let audit = try await AuditEntry.query(on: db).filter(
            \.$entity ~~ ["course", "course_module", "course_lesson"]
        ).count()
        XCTAssertGreaterThanOrEqual(audit, 4)
        return (course, module, lessons)
    }

    func testManagersWriteEmployeesLearnAndFinishingCreditsJPOnce() async throws {
        var (manager, learner, browser) = try await setUpMedan()
        // An employee may not write a course; a draft is hidden from employees; another agency sees nothing.
        await eq(try await browser.post("/instansi/medan/elearning/baru", form: ["title": "X"]).status, .forbidden)
        let (course, module, lessons) = try await writeCourse(&manager, publish: false)
        await eq(try await browser.get(SiteURL.course(course.id!)).status, .notFound)
        var mamuju = Browser(app)
        _ = try await mamuju.login("pengelola.mamuju")
        await eq(try await mamuju.get(SiteURL.course(course.id!)).status, .notFound)
        await eq(try await mamuju.get("/instansi/medan/elearning").status, .notFound)
        await eq(
            try await manager.post(
                SiteURL.editCourse(course.id!),
                form: [
                    "title": "Etika ASN", "summary": "Kode etik dan perilaku.", "published": "1",
                ]
            ).status, .seeOther)
        await eq(try await mamuju.get(SiteURL.course(course.id!)).status, .notFound)
        await eq(try await browser.post(SiteURL.editCourse(course.id!), form: ["title": "Diubah"]).status, .forbidden)

        // The learner reads both lessons (plain form posts) on today's date.
        let list = try await browser.get("/instansi/medan/elearning")
        XCTAssertTrue(list.text.contains("Etika ASN"))
        for lesson in lessons {
            let page = try await browser.get(SiteURL.lesson(course.id!, lesson.id!))
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.text.contains("Tandai selesai"))
            await eq(try await browser.post(SiteURL.lessonDone(course.id!, lesson.id!), form: [:]).status, .seeOther)
        }
        // Marking again changes nothing; lessons done are not yet a finished course (the quiz is missing).
        await eq(try await browser.post(SiteURL.lessonDone(course.id!, lessons[0].id!), form: [:]).status, .seeOther)
        let done = try await sql.raw(
            "SELECT COUNT(*) AS n FROM lesson_completions WHERE employee_id = \(bind: learner.id!)"
        )
        .firstRow(CountRow.self)!.n
        XCTAssertEqual(done, 2)
        let credited = {
            try await LearningEntry.query(on: self.db).filter(\.$employeeID == learner.id!).filter(
                \.$source == "course"
            ).all()
        }
        await eq(try await credited().count, 0)

        // Quiz: fail (50), then pass (100); the course is finished and 240 minutes on one day give 3 JP.
        let failed = try await browser.post(SiteURL.moduleQuiz(course.id!, module.id!), form: ["j1": "0", "j2": "1"])
        XCTAssertTrue(failed.text.contains("Belum lulus"), failed.text)
        await eq(try await credited().count, 0)
        let passed = try await browser.post(SiteURL.moduleQuiz(course.id!, module.id!), form: ["j1": "0", "j2": "0"])
        XCTAssertTrue(passed.text.contains("kursus selesai"), passed.text)
        let lines = try await credited()
        XCTAssertEqual(lines.map(\.jpHundredths), [300])
        XCTAssertEqual(lines.first?.jenisDiklatID, 16)
        XCTAssertEqual(lines.first?.learnedOn, TestClock.today.iso)
        // A third attempt after passing does not credit again; the attempts run out after three.
        _ = try await browser.post(SiteURL.moduleQuiz(course.id!, module.id!), form: ["j1": "0", "j2": "0"])
        let fourth = try await browser.post(SiteURL.moduleQuiz(course.id!, module.id!), form: ["j1": "0", "j2": "0"])
        XCTAssertEqual(fourth.status, .conflict)
        let spent = try await browser.get(SiteURL.moduleQuiz(course.id!, module.id!))
        XCTAssertTrue(
            spent.text.contains("Kesempatan mengerjakan kuis ini sudah habis") && !spent.text.contains("Kirim jawaban"))
        await eq(try await credited().count, 1)
        // A lesson someone has done, or a module with lessons, cannot be removed; an untouched one can.
        await eq(try await manager.post(SiteURL.deleteLesson(course.id!, lessons[0].id!), form: [:]).status, .conflict)
        await eq(try await manager.post(SiteURL.deleteModule(course.id!, module.id!), form: [:]).status, .conflict)
        await eq(try await browser.post(SiteURL.deleteLesson(course.id!, lessons[0].id!), form: [:]).status, .forbidden)
        await eq(try await manager.post(SiteURL.newModule(course.id!), form: ["title": "Cadangan"]).status, .seeOther)
        let spare = try await CourseModule.query(on: db).filter(\.$title == "Cadangan").first()!
        await eq(
            try await manager.post(
                SiteURL.newLesson(course.id!, spare.id!),
                form: [
                    "title": "Draf", "kind": "video", "url": "https://video.example/1", "minutes": "5",
                ]
            ).status, .seeOther)
        let draft = try await CourseLesson.query(on: db).filter(\.$title == "Draf").first()!
        let editForm = try await manager.get(SiteURL.editLesson(course.id!, draft.id!))
        XCTAssertTrue(editForm.text.contains("Hapus materi ini"))
        await eq(try await manager.post(SiteURL.deleteLesson(course.id!, draft.id!), form: [:]).status, .seeOther)
        await eq(try await manager.post(SiteURL.deleteModule(course.id!, spare.id!), form: [:]).status, .seeOther)
        await eq(try await CourseModule.query(on: db).filter(\.$courseID == course.id!).count(), 1)
        let outline = try await browser.get(SiteURL.course(course.id!))
        XCTAssertTrue(outline.text.contains("dicatat 3 JP di JP Anda"), outline.text)

        // The learner sees only their own progress; the learners' list is for managers.
        await eq(try await browser.get(SiteURL.courseLearners(course.id!)).status, .forbidden)
        let learners = try await manager.get(SiteURL.courseLearners(course.id!))
        XCTAssertEqual(learners.status, .ok)
        XCTAssertTrue(learners.text.contains(learner.name))
        let api = try await APIClient.signIn(app, "u" + learner.nip, password: Self.employeePassword)
        let mine = try json(try await api.get("/api/v1/courses/\(course.id!)/progress"))
        XCTAssertEqual(mine["complete"] as? Bool, true)
        XCTAssertEqual(mine["credited_jp"] as? Double, 3)
        await eq(try await api.get("/api/v1/courses/\(course.id!)/learners").status, .forbidden)
        let managerAPI = try await APIClient.signIn(app, "pengelola.medan")
        await eq(try await managerAPI.get("/api/v1/courses/\(course.id!)/progress").status, .forbidden)
        let all = try json(try await managerAPI.get("/api/v1/courses/\(course.id!)/learners"))
        XCTAssertEqual(all["total"] as? Int, 1)
    }

    func testOfflineQueueSentTwiceCreditsOnceOneLinePerDayWithinTheCap() async throws {
        var (manager, learner, browser) = try await setUpMedan()
        let (course, module, lessons) = try await writeCourse(&manager, publish: true)
        let today = TestClock.today
        // The quiz first, over the API (questions without the right answer), then the queue with both
        // lessons studied on two days offline.
        let learnerAPI = try await APIClient.signIn(app, "u" + learner.nip, password: Self.employeePassword)
        let detail = try json(try await learnerAPI.get("/api/v1/courses/\(course.id!)"))
        let apiModule = (detail["modules"] as? [[String: Any]])?.first ?? [:]
        let questions = apiModule["questions"] as? [[String: Any]] ?? []
        XCTAssertEqual(questions.first?["options"] as? [String], ["BerAKHLAK", "Bebas"])
        let raw = try await learnerAPI.get("/api/v1/courses/\(course.id!)").text
        XCTAssertFalse(raw.contains("is_correct") || raw.contains("correct"))
        let attempt = try await learnerAPI.send(
            .POST, "/api/v1/courses/\(course.id!)/modules/\(module.id!)/attempts", json: #"{"answers": [0, 0]}"#)
        XCTAssertEqual(attempt.status, .ok, attempt.text)
        XCTAssertEqual(try json(attempt)["passed"] as? Bool, true)
        let queue = """
            {"lessons": [{"lesson_id": "\(lessons[0].id!)", "done_on": "\(today.addingDays(-2).iso)"},
                         {"lesson_id": "\(lessons[1].id!)", "done_on": "\(today.addingDays(-1).iso)"}]}
            """
        let cookie = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        let token = browser.csrf
        let app = self.app!
        @Sendable func send(_ body: String, csrf: String?) async throws -> XCTHTTPResponse {
            var h = HTTPHeaders()
            h.add(name: .cookie, value: cookie)
            h.contentType = .json
            if let csrf { h.add(name: "X-CSRF-Token", value: csrf) }
            return try await app.sendRequest(
                .POST, SiteURL.courseProgress(course.id!), headers: h, body: ByteBuffer(string: body))
        }
        await eq(try await send(queue, csrf: nil).status, .forbidden)
        // Two devices send the same queue at once: both succeed, the course is finished once.
        async let one = send(queue, csrf: token)
        async let two = send(queue, csrf: token)
        let both = try await [one, two]
        XCTAssertEqual(both.map(\.status), [.ok, .ok], both.map(\.text).joined(separator: "\n"))
        XCTAssertEqual(both.compactMap { try? json($0)["finished_now"] as? Bool }, [true])
        XCTAssertEqual(both.compactMap { try? json($0)["recorded"] as? Int }.sorted(), [0, 2])
        let first = both.first { (try? json($0)["finished_now"] as? Bool) == true }!
        XCTAssertEqual(first.status, .ok, first.text)
        XCTAssertEqual(try json(first)["recorded"] as? Int, 2)
        XCTAssertEqual(try json(first)["credited_jp"] as? Double, 5)
        XCTAssertEqual(try json(first)["finished_now"] as? Bool, true)
        let again = try await send(queue, csrf: browser.csrf)
        XCTAssertEqual(again.status, .ok)
        XCTAssertEqual(try json(again)["recorded"] as? Int, 0)
        XCTAssertNil(try json(again)["finished_now"])
        XCTAssertEqual(try json(again)["credited_jp"] as? Double, 5)
        // 90 minutes = 2 JP on the first day, 150 minutes = 3,33 JP capped to 3 JP on the second.
        let lines = try await LearningEntry.query(on: db).filter(\.$employeeID == learner.id!).filter(
            \.$source == "course"
        )
        .sort(\.$learnedOn).all()
        XCTAssertEqual(lines.map(\.jpHundredths), [200, 300])
        XCTAssertEqual(lines.map(\.learnedOn), [today.addingDays(-2).iso, today.addingDays(-1).iso])
        XCTAssertNotNil(lines[1].note)
        // The same queue over the API changes nothing; bad items are named.
        let api = try await APIClient.signIn(app, "u" + learner.nip, password: Self.employeePassword)
        let viaAPI = try await api.send(.POST, "/api/v1/courses/\(course.id!)/progress", json: queue)
        XCTAssertEqual(viaAPI.status, .ok)
        XCTAssertEqual(try json(viaAPI)["recorded"] as? Int, 0)
        await eq(
            try await LearningEntry.query(on: db).filter(\.$employeeID == learner.id!).filter(\.$source == "course")
                .count(), 2)
        let bad = try await api.send(
            .POST, "/api/v1/courses/\(course.id!)/progress",
            json: """
                {"lessons": [{"lesson_id": "\(UUID())"}, {"lesson_id": "\(lessons[0].id!)", "done_on": "\(today.addingDays(2).iso)"}]}
                """)
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("lesson_id") && bad.text.contains("done_on"), bad.text)
        // A device one day ahead of the agency (another zone, a fast clock, near midnight) counts as today.
        let ahead = try await api.send(
            .POST, "/api/v1/courses/\(course.id!)/progress",
            json: #"{"lessons": [{"lesson_id": "\#(lessons[0].id!)", "done_on": "\#(today.addingDays(1).iso)"}]}"#)
        XCTAssertEqual(ahead.status, .ok, ahead.text)
    }

    func testLessonPagesAreSmallScriptFreeAndCannotCarryAuthorHTML() async throws {
        var (manager, learner, browser) = try await setUpMedan()
        let (course, module, _) = try await writeCourse(&manager, publish: true)
        let evil = """
            # Judul <script>alert('x')</script>

            Teks dengan <img src=x onerror="alert(1)"> dan <iframe src="https://jahat.example"></iframe>.

            [tautan jahat](javascript:alert(1)) [tautan baik](https://spbe.go.id) ![gambar](javascript:alert(2))

            [entitas](&#106;avascript:alert(3)) <a href="javascript:alert(4)">a</a>

            - butir **tebal**

            Kode `a<b` tetap terbaca, juga:

            ```
            <div class="x">blok</div>
            ```

            ```
            <script>alert('tidak ditutup')</script>
            """ + String(repeating: "\n\nParagraf panjang tentang etika pelayanan dan integritas ASN.", count: 300)
        let r = try await manager.post(
            SiteURL.newLesson(course.id!, module.id!),
            form: [
                "title": "Uji <b>judul</b>", "kind": "text", "body": evil, "minutes": "10",
            ])
        XCTAssertEqual(r.status, .seeOther, r.text)
        let lesson = try await CourseLesson.query(on: db).filter(\.$moduleID == module.id!).sort(
            \.$position, .descending
        ).first()!
        let page = try await browser.get(SiteURL.lesson(course.id!, lesson.id!))
        XCTAssertEqual(page.status, .ok)
        let html = page.text
        XCTAssertLessThan(page.body.readableBytes + Stylesheet.css.utf8.count + OfflineScript.script.utf8.count, 50_000)
        // Author HTML shows as text; no tag of the page carries a handler or a script address.
        let pattern = try NSRegularExpression(pattern: "<[a-zA-Z][^>]*>")
        let tags = pattern.matches(in: html, range: NSRange(html.startIndex..., in: html))
            .map { (html as NSString).substring(with: $0.range).lowercased() }
        XCTAssertFalse(tags.isEmpty)
        for tag in tags {
            XCTAssertFalse(tag.contains("onerror") || tag.contains("javascript:") || tag.contains("&#106;"), tag)
            XCTAssertFalse(tag.hasPrefix("<iframe") || tag.hasPrefix("<img src=x") || tag.hasPrefix("<b>"), tag)
        }
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertTrue(html.contains("<h1>Judul &lt;script&gt;"), html)
        XCTAssertTrue(html.contains("<li>butir <strong>tebal</strong></li>"))
        XCTAssertTrue(html.contains("<code>a&lt;b</code>"), html)
        XCTAssertTrue(html.contains("<pre><code>&lt;div class=\"x\"&gt;blok&lt;/div&gt;"), html)
        XCTAssertTrue(html.contains(#"<a href="https://spbe.go.id" rel="noopener noreferrer">tautan baik</a>"#))
        // The only script is the optional file; marking done is a plain form.
        let scripts = html.components(separatedBy: "<script").dropFirst()
        XCTAssertEqual(scripts.count, 1)
        XCTAssertTrue(scripts.allSatisfy { $0.hasPrefix(#" src="/static/elearning-1.js""#) })
        XCTAssertTrue(html.contains(#"method="post" action="\#(SiteURL.lessonDone(course.id!, lesson.id!))""#))
        XCTAssertFalse(html.contains(" onclick") || html.contains(" onsubmit"))
        let api = try await APIClient.signIn(app, "u" + learner.nip, password: Self.employeePassword)
        // The API gives the Markdown as written and the same safe HTML.
        let detail = try json(try await api.get("/api/v1/courses/\(course.id!)"))
        let apiLessons = (detail["modules"] as? [[String: Any]])?.first?["lessons"] as? [[String: Any]] ?? []
        let apiHTML = apiLessons.last?["html"] as? String ?? ""
        XCTAssertTrue(apiHTML.hasPrefix("<h1>Judul &lt;script&gt;"), String(apiHTML.prefix(200)))
        XCTAssertFalse(
            apiHTML.contains("<script") || apiHTML.contains("javascript:alert(1)\"") || apiHTML.contains("<img src=x"))
        // The scripts and the service worker are served as JavaScript; the worker may control the site.
        let worker = try await app.sendRequest(.GET, "/sw.js")
        XCTAssertEqual(worker.headers.contentType?.subType, "javascript")
        XCTAssertEqual(worker.headers.first(name: "Service-Worker-Allowed"), "/")
        XCTAssertTrue(worker.text.contains("caches.match"))
        await eq(try await app.sendRequest(.GET, OfflineScript.path).status, .ok)
        // The script files (Resources/) name the same cache and paths as the Swift side.
        XCTAssertTrue(OfflineScript.script.contains(#"var CACHE = "\#(OfflineScript.cacheName)";"#))
        XCTAssertTrue(OfflineScript.worker.contains(#"var CACHE = "\#(OfflineScript.cacheName)";"#))
        // The script names no path of the site: the page's script tag hands it every address.
        XCTAssertFalse(OfflineScript.script.contains("\"/"), "a literal path in elearning.js")
        XCTAssertTrue(OfflineScript.script.contains("\"\(OfflineScript.progressPlaceholder)\""))
        XCTAssertTrue(html.contains(#"data-worker="\#(OfflineScript.workerPath)""#))
        XCTAssertTrue(html.contains(#"data-keep="\#(Stylesheet.path) \#(OfflineScript.path)""#))
        XCTAssertTrue(html.contains(#"data-progres="/elearning/course-id/progres""#))
        XCTAssertTrue(Stylesheet.css.hasPrefix(":root{"))
        // Signing out makes a shared device forget kept lessons and the offline queue.
        let out = try await browser.post("/keluar", form: [:])
        XCTAssertEqual(out.headers.first(name: "Clear-Site-Data"), #""cache", "storage""#)
    }

    func testDemoAgenciesHaveTwoCoursesWithQuizzesAndLearners() async throws {
        try await seedDemo()
        for agency in DemoData.agencies() {
            let id = try await agencyID(agency.code)
            let courses = try await Course.query(on: db).filter(\.$agencyID == id).filter(\.$published == true).all()
            XCTAssertEqual(courses.count, 2, agency.code)
            for c in courses {
                let modules = try await CourseModule.query(on: db).filter(\.$courseID == c.id!).all()
                XCTAssertGreaterThanOrEqual(modules.count, 2)
                XCTAssertTrue(modules.allSatisfy { $0.hasQuiz && $0.questions.count >= 2 })
            }
            let finished = try await sql.raw(
                "SELECT COUNT(*) AS n FROM course_completions WHERE agency_id = \(bind: id) AND credited_hundredths > 0"
            ).firstRow(CountRow.self)!.n
            XCTAssertEqual(finished, 2, agency.code)
        }
        let lines = try await LearningEntry.query(on: db).filter(\.$source == "course").filter(\.$sourceID != nil).all()
        XCTAssertEqual(lines.count, 4 * 2 * 3, "one line per day of study")
        XCTAssertTrue(lines.allSatisfy { $0.jpHundredths <= 300 && $0.sourceID != nil })
        // The demo employee is part-way and can finish it.
        var pegawai = Browser(app)
        _ = try await pegawai.login("pegawai.medan")
        let list = try await pegawai.get("/instansi/medan/elearning")
        XCTAssertTrue(
            list.text.contains("Dasar-dasar SPBE untuk ASN") && list.text.contains("2 dari 5 materi selesai"), list.text
        )
    }
}
