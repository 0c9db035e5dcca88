import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// The activity pages on the demo data: list, ask for a place, check in, attendance sheet, closing,
/// certificate and its public check; each page under 50 KB.
final class ActivityPageTests: AppTestCase {
    private func activity(_ title: String) async throws -> Activity {
        try await Activity.query(on: db).filter(\.$agencyID == (try await agencyID("medan"))).filter(\.$title == title)
            .first()!
    }

    func testTheDemoActivitiesFromRequestToCertificate() async throws {
        try await seedDemo()
        let running = try await activity("E-Government dan SPBE untuk Pelayanan Perhubungan")
        let open = try await activity("Pelayanan Publik Prima dan Komunikasi dengan Warga")
        let finished = try await activity("Teknologi Informasi dalam Administrasi Pemerintahan")
        XCTAssertEqual(finished.status, "finished")
        let certificates = try await Enrolment.query(on: db).filter(\.$activityID == finished.id!)
            .filter(\.$state == "completed").all()
        XCTAssertGreaterThan(certificates.count, 10, "the demo closes its past activities with certificates")

        var employee = Browser(app)
        _ = try await employee.login("pegawai.medan")
        // The list shows one year; the open activity may fall in the next one (the demo schedules it
        // weeks ahead, so in December it is next year's), so ask for the year it is in.
        let list = try await employee.get("/instansi/medan/kegiatan?tahun=\(open.year)")
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.text.contains("Pelayanan Publik Prima"))
        // Asking for a place in an activity that wants approval leaves the request waiting.
        let asked = try await employee.post("/kegiatan/\(open.id!)/daftar", form: [:])
        XCTAssertEqual(asked.status, .seeOther)
        let openPage = try await employee.get("/kegiatan/\(open.id!)")
        XCTAssertTrue(openPage.text.contains("Menunggu persetujuan"))
        // Checking in today: a wrong code shows why on the page; the right one records presence.
        let wrong = try await employee.post("/kegiatan/\(running.id!)/hadir", form: ["kode": "ZZZZZZ"])
        XCTAssertEqual(wrong.status, .unprocessableEntity)
        XCTAssertTrue(wrong.text.contains("tidak cocok"))
        let today = try await ActivitySession.query(on: db).filter(\.$activityID == running.id!)
            .filter(\.$date == TestClock.today.iso).first()!
        let right = try await employee.post(
            "/kegiatan/\(running.id!)/hadir", form: ["kode": today.checkinCode.lowercased()])
        XCTAssertEqual(right.status, .seeOther, right.text)
        let me = try await User.query(on: db).filter(\.$username == "pegawai.medan").first()!.employeeID!
        let mine = try await Enrolment.query(on: db).filter(\.$activityID == running.id!).filter(\.$employeeID == me)
            .first()!
        let present = try await Attendance.query(on: db).filter(\.$enrolmentID == mine.id!).filter(
            \.$sessionID == today.id!
        ).first()
        XCTAssertNotNil(present)
        // The employee may not open the attendance sheet.
        await eq(try await employee.get("/kegiatan/\(running.id!)/sesi/\(today.id!)").status, .forbidden)

        // The facilitator's sheet: ticking one person replaces the list.
        var facilitator = Browser(app)
        _ = try await facilitator.login("fasilitator.medan")
        let sheet = try await facilitator.get("/kegiatan/\(running.id!)/sesi/\(today.id!)")
        XCTAssertEqual(sheet.status, .ok)
        XCTAssertTrue(sheet.text.contains(today.checkinCode))
        let me_nip = try await Employee.find(me, on: db)!.nip
        let saved = try await facilitator.post("/kegiatan/\(running.id!)/sesi/\(today.id!)", form: ["hadir[]": me_nip])
        XCTAssertEqual(saved.status, .seeOther, saved.text)
        await eq(try await Attendance.query(on: db).filter(\.$sessionID == today.id!).count(), 1)

        // A certificate for whoever may read the employee; its public check for anyone.
        let code = certificates[0].certificateCode!
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let certificate = try await manager.get("/sertifikat/\(code)")
        XCTAssertEqual(certificate.status, .ok)
        XCTAssertTrue(certificate.text.contains("Teknologi Informasi dalam Administrasi Pemerintahan"))
        var other = Browser(app)
        _ = try await other.login("pengelola.mamuju")
        await eq(try await other.get("/sertifikat/\(code)").status, .notFound)
        await eq(try await other.get("/kegiatan/\(running.id!)").status, .notFound)
        var anyone = Browser(app)
        let check = try await anyone.get("/verifikasi?kode=\(VerificationCode.display(code))")
        XCTAssertEqual(check.status, .ok)
        XCTAssertTrue(check.text.contains("Sertifikat sah"))

        // Closing the running activity judges everyone by the rule (the one person present today is
        // still short of 80 %), so nobody completes, and it cannot be closed twice.
        let closed = try await manager.post("/kegiatan/\(running.id!)/selesai", form: [:])
        XCTAssertEqual(closed.status, .seeOther)
        let after = try await Activity.find(running.id, on: db)!
        XCTAssertEqual(after.status, "finished")
        let again = try await manager.post("/kegiatan/\(running.id!)/selesai", form: [:])
        XCTAssertEqual(again.status, .conflict)

        // A partner is shown with its kind.
        let finishedPage = try await manager.get("/kegiatan/\(finished.id!)")
        XCTAssertTrue(
            finishedPage.text.contains("Universitas Negeri (Program Studi Sistem Informasi), perguruan tinggi"))

        // Every page stays small.
        let css = try await manager.get("/static/asah-3.css")
        for (browser, path) in [
            (manager, "/instansi/medan/kegiatan"), (manager, "/kegiatan/\(finished.id!)"),
            (manager, "/kegiatan/\(running.id!)/sesi/\(today.id!)"), (manager, "/sertifikat/\(code)"),
            (anyone, "/verifikasi"),
        ] {
            var b = browser
            let page = try await b.get(path)
            XCTAssertEqual(page.status, .ok, path)
            XCTAssertLessThan(page.body.readableBytes + css.body.readableBytes, 50_000, path)
        }
    }

    func testTheNewActivityFormShowsErrorsBesideFieldsAndSaves() async throws {
        try await world()
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let form = try await manager.get("/instansi/medan/kegiatan/baru")
        XCTAssertEqual(form.status, .ok)
        XCTAssertLessThan(form.body.readableBytes, 40_000)
        let bad = try await manager.post(
            "/instansi/medan/kegiatan/baru",
            form: [
                "title": "Penulisan Laporan Dinas", "jenis_diklat_id": "8", "provider_kind": "internal",
                "mode": "tatap_muka",
                "place": "Ruang rapat", "sesi_tanggal_1": "2026-12-07", "sesi_mulai_1": "10:00",
                "sesi_selesai_1": "09:00",
                "facilitators": "tidak.ada",
            ])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("Sesi 1: jam selesai harus setelah jam mulai."))
        XCTAssertTrue(bad.text.contains("Tidak ada pengguna bernama tidak.ada."))
        XCTAssertTrue(bad.text.contains("Penulisan Laporan Dinas"), "what was typed stays")
        let good = try await manager.post(
            "/instansi/medan/kegiatan/baru",
            form: [
                "title": "Penulisan Laporan Dinas", "jenis_diklat_id": "8", "provider_kind": "internal",
                "mode": "tatap_muka",
                "place": "Ruang rapat", "capacity": "20", "requires_approval": "ya",
                "sesi_tanggal_1": "2026-12-07", "sesi_mulai_1": "08:00", "sesi_selesai_1": "11:00",
                "sesi_tanggal_2": "2026-12-08", "sesi_mulai_2": "08:00", "sesi_selesai_2": "11:00",
                "kompetensi_1": "M.03", "level_1": "3", "facilitators": "fasilitator.medan",
            ])
        XCTAssertEqual(good.status, .seeOther, good.text)
        let created = try await Activity.query(on: db).filter(\.$title == "Penulisan Laporan Dinas").first()!
        XCTAssertEqual(created.jpHundredths, 800, "6 hours of Bimbingan Teknis")
        XCTAssertTrue(created.requiresApproval)
        await eq(try await ActivitySession.query(on: db).filter(\.$activityID == created.id!).count(), 2)
        await eq(try await ActivityFacilitator.query(on: db).filter(\.$activityID == created.id!).count(), 1)
        var staff = Browser(app)
        _ = try await staff.login("pegawai.medan")
        await eq(try await staff.get("/instansi/medan/kegiatan/baru").status, .forbidden)
    }
}

/// Pre- and post-tests typed as text by the facilitator and taken by a participant.
final class ActivityTestTests: AppTestCase {
    func testAParticipantTakesThePostTestWithinItsAttempts() async throws {
        try await seedDemo()
        let medan = try await agencyID("medan")
        let running = try await Activity.query(on: db).filter(\.$agencyID == medan).filter(\.$status == "running")
            .first()!
        var employee = Browser(app)
        _ = try await employee.login("pegawai.medan")
        let page = try await employee.get("/kegiatan/\(running.id!)/tes/post")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.text.contains("Apa kepanjangan SPBE?"))
        XCTAssertLessThan(page.body.readableBytes, 30_000)
        let quiz = try await ActivityTest.query(on: db).filter(\.$activityID == running.id!).filter(\.$kind == "post")
            .first()!.questions
        // Two right of five: 40, below the passing score.
        var answers: [String: String] = [:]
        for (i, q) in quiz.enumerated() {
            answers["j\(i + 1)"] = String(i < 2 ? q.correctIndex! : (q.correctIndex! + 1) % q.options.count)
        }
        let first = try await employee.post("/kegiatan/\(running.id!)/tes/post", form: answers)
        XCTAssertTrue(first.text.contains("Nilai Anda 40"), first.text)
        XCTAssertTrue(first.text.contains("Belum lulus"))
        // All right: 100; the best score is what completion reads.
        for (i, q) in quiz.enumerated() { answers["j\(i + 1)"] = String(q.correctIndex!) }
        let second = try await employee.post("/kegiatan/\(running.id!)/tes/post", form: answers)
        XCTAssertTrue(second.text.contains("Nilai Anda 100"))
        XCTAssertTrue(second.text.contains("Sisa kesempatan: 1."))
        let me = try await User.query(on: db).filter(\.$username == "pegawai.medan").first()!.employeeID!
        let enrolment = try await Enrolment.query(on: db).filter(\.$activityID == running.id!).filter(
            \.$employeeID == me
        ).first()!
        XCTAssertEqual(enrolment.postTestScore, 100)
        _ = try await employee.post("/kegiatan/\(running.id!)/tes/post", form: [:])
        let fourth = try await employee.post("/kegiatan/\(running.id!)/tes/post", form: answers)
        XCTAssertEqual(fourth.status, .conflict)
        XCTAssertTrue(fourth.text.contains("sudah habis"))
        let after = try await Enrolment.find(enrolment.id, on: db)!
        XCTAssertEqual(after.postTestScore, 100, "a blank retake does not lower the best score")
        // The pre-test allows one attempt; the API answers the same way.
        let api = try await APIClient.signIn(app, "pegawai.medan")
        let pre = try await api.send(
            .POST, "/api/v1/activities/\(running.id!)/tests/pre/attempts", json: #"{"answers":[0,1,0,1,1]}"#)
        XCTAssertEqual(try json(pre)["score"] as? Int, 100)
        await eq(
            try await api.send(.POST, "/api/v1/activities/\(running.id!)/tests/pre/attempts", json: #"{"answers":[0]}"#)
                .status, .conflict)
        // Only those who run the activity write the questions; mistakes name the line.
        await eq(try await employee.get("/kegiatan/\(running.id!)/tes/post/ubah").status, .forbidden)
        var facilitator = Browser(app)
        _ = try await facilitator.login("fasilitator.medan")
        let edit = try await facilitator.get("/kegiatan/\(running.id!)/tes/post/ubah")
        XCTAssertTrue(edit.text.contains("* Sistem Pemerintahan Berbasis Elektronik"))
        let bad = try await facilitator.post(
            "/kegiatan/\(running.id!)/tes/post/ubah", form: ["soal": "Soal?\n- a\n- b", "kesempatan": "2"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("Soal 1: tandai satu jawaban yang benar."))
    }
}
