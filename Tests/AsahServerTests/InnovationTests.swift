import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Innovation projects on pages: who sees and runs them, the forms with their errors, and completion
/// crediting the ketua and anggota (not mentor or coach) the agency's JP.
final class InnovationTests: AppTestCase {

    func innovationLines(_ projectID: UUID) async throws -> [LearningEntry] {
        try await LearningEntry.query(on: db).filter(\.$source == "innovation").filter(\.$sourceID == projectID).all()
    }

    /// An employee of the agency who is in no project and has no account yet.
    func outsider(_ code: String) async throws -> Employee {
        let agency = try await agencyID(code)
        let inProjects = try await InnovationMember.query(on: db).all().map(\.employeeID)
        let withAccounts = try await User.query(on: db).all().compactMap(\.employeeID)
        return try await Employee.query(on: db).filter(\.$agencyID == agency).filter(
            \.$id !~ (inProjects + withAccounts)
        )
        .sort(\.$nip).first()!
    }

    func testTheDemoProjectsAndWhoSeesThem() async throws {
        try await seedDemo()
        await eq(try await count("innovation_projects"), 8)
        let medan = try await agencyID("medan")
        let running = try await InnovationProject.query(on: db).filter(\.$agencyID == medan).filter(
            \.$status == "berjalan"
        ).first()!
        let done = try await InnovationProject.query(on: db).filter(\.$agencyID == medan).filter(\.$status == "selesai")
            .first()!
        XCTAssertEqual(running.title, "Aplikasi pengaduan warga")
        // The completed project credited its ketua and two anggota once each, the default 20 JP.
        let lines = try await innovationLines(done.id!)
        XCTAssertEqual(lines.map(\.jpHundredths), [2000, 2000, 2000])
        XCTAssertEqual(lines.map(\.jenisDiklatID), [25, 25, 25])

        var ketua = Browser(app)
        _ = try await ketua.login("pegawai.medan")
        let list = try await ketua.get("/instansi/medan/inovasi")
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.text.contains("Aplikasi pengaduan warga") && list.text.contains("Antrean layanan daring"))
        XCTAssertTrue(
            list.text.contains("href=\"/inovasi/\(running.id!.uuidString)\""), "the ketua may open their project")
        XCTAssertFalse(list.text.contains("href=\"/inovasi/\(done.id!.uuidString)\""), "not a project they are in")
        XCTAssertFalse(list.text.contains("JP per anggota"), "the setting is for managers")
        let page = try await ketua.get("/inovasi/\(running.id!.uuidString)")
        XCTAssertEqual(page.status, .ok)
        for text in ["Memetakan alur pengaduan", "Ketua", "Mentor", "Coach", "Tambah tahapan", "Batalkan proyek"] {
            XCTAssertTrue(page.text.contains(text), text)
        }
        XCTAssertFalse(
            page.text.contains("Selesaikan proyek"), "the ketua does not complete (and credit) their own project")
        XCTAssertLessThan(page.body.readableBytes, 50_000)
        let staffID = try await User.query(on: db).filter(\.$username == "pegawai.medan").first()!.employeeID
        let mine = try await ketua.get("/pegawai/\(try await Employee.find(staffID, on: db)!.nip)/inovasi")
        XCTAssertEqual(mine.status, .ok)
        XCTAssertTrue(mine.text.contains("Aplikasi pengaduan warga") && mine.text.contains("Ketua"))
        XCTAssertFalse(mine.text.contains("Antrean layanan daring"))

        // The mentor completes; a colleague outside the team sees the list but not the project.
        var mentor = Browser(app)
        _ = try await mentor.login("kepala.medan")
        let r1 = try await mentor.get("/inovasi/\(running.id!.uuidString)")

        XCTAssertTrue(r1.text.contains("Selesaikan proyek"))
        var colleague = try await browser(as: try await outsider("medan"))
        await eq(try await colleague.get("/instansi/medan/inovasi").status, .ok)
        await eq(try await colleague.get("/inovasi/\(running.id!.uuidString)").status, .forbidden)
        await eq(
            try await colleague.post(
                "/inovasi/\(running.id!.uuidString)/anggota", form: ["nip": "x", "role": "anggota"]
            ).status, .forbidden)
        await eq(
            try await colleague.post(
                "/inovasi/\(running.id!.uuidString)/selesai", form: ["outcome": String(repeating: "x", count: 30)]
            ).status, .forbidden)
        // Another agency's manager cannot even learn the project exists.
        var mamuju = Browser(app)
        _ = try await mamuju.login("pengelola.mamuju")
        await eq(try await mamuju.get("/instansi/medan/inovasi").status, .notFound)
        await eq(try await mamuju.get("/inovasi/\(running.id!.uuidString)").status, .notFound)
        await eq(
            try await mamuju.post("/inovasi/\(running.id!.uuidString)/status", form: ["status": "dibatalkan"]).status,
            .notFound)
        await eq(try await InnovationProject.find(running.id, on: db)!.status, "berjalan")
    }

    func testAManagerRunsAProjectThroughTheForms() async throws {
        try await crowd(10)
        let medan = try await agencyID("medan")
        let people = try await Employee.query(on: db).filter(\.$agencyID == medan).sort(\.$nip).range(10..<14).all()
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let r2 = try await manager.get("/instansi/medan/inovasi/baru")

        XCTAssertTrue(r2.text.contains("NIP ketua"))
        let before = try await count("innovation_projects")
        let bad = try await manager.post(
            "/instansi/medan/inovasi/baru",
            form: [
                "title": "Apa", "problem": "", "competencies": "M.02, X.99", "starts_on": "2026-02-01",
                "ends_on": "2026-01-01",
                "ketua_nip": "199999999999999999",
            ])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        for message in [
            "paling sedikit 5 karakter", "Isi masalah", "X.99", "sebelum tanggal mulai",
            "Tidak ada pegawai instansi ini",
        ] {
            XCTAssertTrue(bad.text.contains(message), message)
        }
        await eq(try await count("innovation_projects"), before, "nothing half-written")
        let today = TestClock.today
        let created = try await manager.post(
            "/instansi/medan/inovasi/baru",
            form: [
                "title": "Sistem informasi parkir", "problem": "Retribusi parkir bocor.", "competencies": "m.02",
                "starts_on": today.addingDays(-30).iso, "ends_on": today.addingDays(60).iso, "ketua_nip": people[0].nip,
            ])
        XCTAssertEqual(created.status, .seeOther, created.text)
        let p = try await InnovationProject.query(on: db).filter(\.$title == "Sistem informasi parkir").first()!
        let url = "/inovasi/\(p.id!.uuidString)"
        XCTAssertEqual(p.competencyCodes, "M.02")
        XCTAssertEqual(p.status, "usulan")

        // Team: an unknown NIP, a second ketua and a person twice are refused beside the field.
        let unknown = try await manager.post(url + "/anggota", form: ["nip": "199001012015011999", "role": "anggota"])
        XCTAssertEqual(unknown.status, .unprocessableEntity)
        XCTAssertTrue(unknown.text.contains("Tidak ada pegawai instansi ini"))
        let r3 = try await manager.post(url + "/anggota", form: ["nip": people[1].nip, "role": "ketua"])

        XCTAssertTrue(r3.text.contains("sudah punya ketua"))
        await eq(
            try await manager.post(url + "/anggota", form: ["nip": people[1].nip, "role": "anggota"]).status, .seeOther)
        await eq(
            try await manager.post(url + "/anggota", form: ["nip": people[2].nip, "role": "mentor"]).status, .seeOther)
        await eq(
            try await manager.post(url + "/anggota", form: ["nip": people[3].nip, "role": "coach"]).status, .seeOther)
        let r4 = try await manager.post(url + "/anggota", form: ["nip": people[1].nip, "role": "anggota"])

        XCTAssertTrue(r4.text.contains("sudah ada di tim"))
        // The coach leaves; the ketua cannot.
        await eq(try await manager.post(url + "/anggota/\(people[3].nip)/keluar", form: [:]).status, .seeOther)
        let ketuaLeaves = try await manager.post(url + "/anggota/\(people[0].nip)/keluar", form: [:])
        XCTAssertEqual(ketuaLeaves.status, .unprocessableEntity)
        XCTAssertTrue(ketuaLeaves.text.contains("Ketua tidak dapat dikeluarkan"))
        await eq(
            try await manager.post(url + "/anggota", form: ["nip": people[3].nip, "role": "coach"]).status, .seeOther)
        // Milestones within the period; one marked done.
        let late = try await manager.post(
            url + "/tahapan", form: ["title": "Terlambat", "due_on": today.addingDays(90).iso])
        XCTAssertEqual(late.status, .unprocessableEntity)
        XCTAssertTrue(late.text.contains("Tenggat di luar masa proyek"))
        await eq(
            try await manager.post(url + "/tahapan", form: ["title": "Survei titik parkir", "due_on": today.iso])
                .status, .seeOther)
        let milestone = try await InnovationMilestone.query(on: db).filter(\.$projectID == p.id!).first()!
        await eq(
            try await manager.post(url + "/tahapan/\(milestone.id!.uuidString)/selesai", form: [:]).status, .seeOther)
        await eq(try await InnovationMilestone.find(milestone.id, on: db)!.doneOn, today.iso)
        // A proposal cannot be completed; started, it can, with an outcome.
        let r5 = try await manager.post(url + "/selesai", form: ["outcome": "Retribusi naik 30% dalam tiga bulan."])

        XCTAssertTrue(r5.text.contains("Hanya proyek yang berjalan"))
        await eq(try await manager.post(url + "/status", form: ["status": "selesai"]).status, .unprocessableEntity)
        await eq(try await manager.post(url + "/status", form: ["status": "berjalan"]).status, .seeOther)
        let edit = try await manager.post(
            url + "/ubah",
            form: [
                "title": "Sistem informasi parkir kota", "problem": "Retribusi parkir bocor.",
                "competencies": "M.02 M.06",
                "starts_on": p.startsOn, "ends_on": p.endsOn,
            ])
        XCTAssertEqual(edit.status, .seeOther)
        let short = try await manager.post(url + "/selesai", form: ["outcome": "Selesai"])
        XCTAssertEqual(short.status, .unprocessableEntity)
        XCTAssertTrue(short.text.contains("paling sedikit 20 karakter"))
        await eq(try await innovationLines(p.id!).count, 0)
        await eq(
            try await manager.post(url + "/selesai", form: ["outcome": "Retribusi naik 30% dalam tiga bulan."]).status,
            .seeOther)
        let lines = try await innovationLines(p.id!)
        XCTAssertEqual(
            Set(lines.map(\.employeeID)), Set([people[0].id!, people[1].id!]), "ketua and anggota, not mentor or coach")
        XCTAssertEqual(lines.map(\.jpHundredths), [2000, 2000])
        let shown = try await manager.get(url)
        XCTAssertTrue(
            shown.text.contains("Retribusi naik 30%") && shown.text.contains("20 JP untuk ketua dan setiap anggota"))
        XCTAssertFalse(shown.text.contains("Tambah tahapan"), "a completed project is closed")
        // Completing again changes nothing; every change left an audit line.
        await eq(
            try await manager.post(url + "/selesai", form: ["outcome": "Retribusi naik 30% dalam tiga bulan."]).status,
            .unprocessableEntity)
        await eq(try await innovationLines(p.id!).count, 2)
        let audited = try await AuditEntry.query(on: db).filter(\.$entityID == p.id!.uuidString).all().map(\.action)
        XCTAssertEqual(
            Set(audited),
            [
                "create", "add_member", "remove_member", "add_milestone", "milestone_done", "status", "update",
                "complete",
            ])
    }

    func testTheAgencySetsTheJPAProjectCredits() async throws {
        try await world()
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let r6 = try await manager.get("/instansi/medan/inovasi")

        XCTAssertTrue(r6.text.contains("JP per anggota"))
        let bad = try await manager.post("/instansi/medan/inovasi/pengaturan", form: ["innovation_jp": "50"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("Isi JP per anggota 0 sampai 40 JP"))
        await eq(
            try await manager.post("/instansi/medan/inovasi/pengaturan", form: ["innovation_jp": "12,5"]).status,
            .seeOther)
        let medan = try await agencyID("medan")
        await eq(try await InnovationQueries.jpRule(agencyID: medan, on: db).perMember, JP(hundredths: 1250))
        await eq(
            try await InnovationQueries.jpRule(agencyID: try await agencyID("mamuju"), on: db).perMember, JP(whole: 20))
        var staff = Browser(app)
        _ = try await staff.login("pegawai.medan")
        await eq(
            try await staff.post("/instansi/medan/inovasi/pengaturan", form: ["innovation_jp": "40"]).status, .forbidden
        )
        await eq(try await AuditEntry.query(on: db).filter(\.$entity == "innovation_jp").count(), 1)
    }
}
