import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// A manager uploads a lesson's file; whoever may open the lesson downloads it; nobody else does.
final class LessonFileTests: AppTestCase {
    func testAnUploadedLessonFileIsDownloadedByLearnersOnly() async throws {
        try await world()
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let created = try await manager.post(
            "/instansi/medan/elearning/baru",
            form: ["title": "Tata Naskah Dinas", "summary": "Surat dinas.", "published": "1"])
        XCTAssertEqual(created.status, .seeOther)
        let course = try await Course.query(on: db).filter(\.$title == "Tata Naskah Dinas").first()!
        let quiz = "Surat dinas ditandatangani\n* pejabat berwenang\n- siapa saja"
        let moduleSaved = try await manager.post(
            SiteURL.newModule(course.id!), form: ["title": "Surat dinas", "quiz": quiz, "passing_score": "100"])
        XCTAssertEqual(moduleSaved.status, .seeOther)
        let module = try await CourseModule.query(on: db).filter(\.$courseID == course.id!).first()!
        let fields = ["title": "Contoh surat dinas", "kind": "file", "minutes": "30", "body": "Unduh dan pelajari."]

        // Neither a link nor a file; then a file of the wrong kind: refused by field, nothing saved.
        let none = try await manager.post(SiteURL.newLesson(course.id!, module.id!), form: fields)
        XCTAssertEqual(none.status, .unprocessableEntity)
        XCTAssertTrue(none.text.contains("Unggah berkas materi atau isi tautannya."), none.text)
        let exe = try await manager.upload(
            SiteURL.newLesson(course.id!, module.id!), field: "berkas", filename: "surat.exe", content: "MZ",
            fields: fields)
        XCTAssertEqual(exe.status, .unprocessableEntity)
        XCTAssertTrue(exe.text.contains("Berkas materi harus PDF"), exe.text)
        await eq(try await CourseLesson.query(on: db).filter(\.$courseID == course.id!).count(), 0)

        let pdf = "%PDF-1.4 contoh surat dinas"
        let saved = try await manager.upload(
            SiteURL.newLesson(course.id!, module.id!), field: "berkas", filename: "Contoh Surat Dinas (2026).pdf",
            content: pdf,
            fields: fields)
        XCTAssertEqual(saved.status, .seeOther, saved.text)
        let lesson = try await CourseLesson.query(on: db).filter(\.$courseID == course.id!).first()!
        let path = SiteURL.lessonFile(course.id!, lesson.id!)
        XCTAssertEqual(lesson.url, path)

        // An employee of the agency downloads it; another agency's manager cannot.
        var learner = Browser(app)
        _ = try await learner.login("pegawai.medan")
        let page = try await learner.get(SiteURL.lesson(course.id!, lesson.id!))
        XCTAssertTrue(page.text.contains(path), "the lesson links to its file")
        let file = try await learner.get(path)
        XCTAssertEqual(file.status, .ok)
        XCTAssertEqual(file.text, pdf)
        XCTAssertEqual(file.headers.first(name: .contentType), "application/pdf")
        XCTAssertEqual(
            file.headers.first(name: .contentDisposition), "attachment; filename=\"ContohSuratDinas2026.pdf\"")
        var other = Browser(app)
        _ = try await other.login("pengelola.mamuju")
        await eq(try await other.get(path).status, .notFound)
        // API clients find it in the course and fetch it with their token.
        let api = try await APIClient.signIn(app, "pegawai.medan")
        let shown = try json(try await api.get("/api/v1/courses/\(course.id!)"))
        let lessons = (shown["modules"] as! [[String: Any]]).flatMap { $0["lessons"] as! [[String: Any]] }
        let fileURL = lessons.first { $0["id"] as? String == lesson.id!.uuidString }?["file_url"] as? String
        XCTAssertEqual(fileURL, SiteURL.lessonFileAPI(course.id!, lesson.id!))
        let viaAPI = try await api.get(fileURL ?? "/")
        XCTAssertEqual(viaAPI.status, .ok)
        XCTAssertEqual(viaAPI.body.string, pdf)
        let mamujuAPI = try await APIClient.signIn(app, "pengelola.mamuju")
        await eq(try await mamujuAPI.get(fileURL ?? "/").status, .notFound)

        // Saving the lesson again without a new file keeps it; the form names the stored file.
        let form = try await manager.get(SiteURL.editLesson(course.id!, lesson.id!))
        XCTAssertTrue(form.text.contains("Tersimpan: Contoh Surat"), form.text)
        var again = fields
        again["title"] = "Contoh surat dinas (revisi)"
        again["url"] = ""
        await eq(try await manager.post(SiteURL.editLesson(course.id!, lesson.id!), form: again).status, .seeOther)
        await eq(try await learner.get(path).status, .ok)
        // A lesson that becomes a video link lets its file go.
        var video = again
        video["kind"] = "video"
        video["url"] = "https://video.example.go.id/surat-dinas"
        await eq(try await manager.post(SiteURL.editLesson(course.id!, lesson.id!), form: video).status, .seeOther)
        await eq(try await count("lesson_files"), 0)
        await eq(try await learner.get(path).status, .notFound)
    }

    /// Learners read the agency's own e-learning day cap, not the default's.
    func testCoursePagesStateTheAgencysDayCap() async throws {
        let world = try await world()
        try await build.course("Etika dan Integritas ASN", in: world.medan.agency)
        var learner = Browser(app)
        _ = try await learner.login("pegawai.medan")
        let before = try await learner.get("/instansi/medan/elearning")
        XCTAssertTrue(before.text.contains("paling banyak 3 JP per hari belajar"))
        var table = JPConversionTable.bpsDefault
        let i = table.rules.firstIndex { $0.code == "C3" }!
        table.rules[i].domestic?.maxJP = JP(whole: 2)
        try await AgencySettings.save(table, .jpConversion, agencyID: try await agencyID("medan"), on: db)
        let after = try await learner.get("/instansi/medan/elearning")
        XCTAssertTrue(after.text.contains("paling banyak 2 JP per hari belajar"), after.text)
        let course = try await Course.query(on: db).filter(\.$agencyID == (try await agencyID("medan"))).first()!
        let page = try await learner.get(SiteURL.course(course.id!))
        XCTAssertTrue(page.text.contains("paling banyak 2 JP per hari belajar"))
    }
}
