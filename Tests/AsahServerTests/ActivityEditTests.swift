import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

final class ActivityEditTests: AppTestCase {
    /// A manager changes an activity from its page: fields and JP at once, the schedule only while no
    /// attendance is recorded, a raised capacity moves the waiting list up.
    func testAManagerChangesAnActivity() async throws {
        let world = try await world()
        let medan = world.medan.agency
        let people = [world.medan.staff, world.medan.colleague]
        let open = try await build.activity(
            "Pelayanan Publik Prima dan Komunikasi dengan Warga", in: medan, requiresApproval: true, capacity: 25,
            days: [20, 21], competencies: [("M.05", 3)])
        let running = try await build.runningActivity(
            "E-Government dan SPBE untuk Pelayanan Perhubungan", in: medan, people: people)
        let finished = try await build.finishedActivity(
            "Teknologi Informasi dalam Administrasi Pemerintahan", in: medan, people: people)
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        var employee = Browser(app)
        _ = try await employee.login("pegawai.medan")
        await eq(try await employee.get("/kegiatan/\(open.id!)/ubah").status, .forbidden)

        let form = try await manager.get("/kegiatan/\(open.id!)/ubah")
        XCTAssertEqual(form.status, .ok)
        XCTAssertTrue(form.text.contains("Ubah kegiatan"))
        XCTAssertTrue(form.text.contains("value=\"Pelayanan Publik Prima dan Komunikasi dengan Warga\""))

        // Resend the form as shown with a new title, one seat, and a session moved by a day.
        let (input, facilitators) = try await ActivityFormController.input(of: open, on: db)
        func fields(_ i: ActivityInput) -> [String: String] {
            var f: [String: String] = [
                "title": i.title, "description": i.description, "jenis_diklat_id": i.jenisDiklatID,
                "provider_kind": i.providerKind, "partner_name": i.partnerName, "partner_kind": i.partnerKind,
                "mode": i.mode, "place": i.place, "capacity": i.capacity, "cost_per_participant": i.costPerParticipant,
                "fixed_cost": i.fixedCost, "min_attendance_percent": i.minAttendancePercent,
                "post_test_passing_score": i.postTestPassingScore, "facilitators": facilitators,
            ]
            if i.requiresApproval { f["requires_approval"] = "ya" }
            for (n, s) in i.sessions.enumerated() {
                f["sesi_tanggal_\(n + 1)"] = s.date
                f["sesi_mulai_\(n + 1)"] = s.startsAt
                f["sesi_selesai_\(n + 1)"] = s.endsAt
            }
            for (n, c) in i.competencies.enumerated() {
                f["kompetensi_\(n + 1)"] = c.code
                f["level_\(n + 1)"] = c.level
            }
            return f
        }
        var changed = input
        changed.title = "Pelayanan Publik Prima (Angkatan II)"
        changed.sessions.removeLast()
        let saved = try await manager.post("/kegiatan/\(open.id!)/ubah", form: fields(changed))
        XCTAssertEqual(saved.status, .seeOther, saved.text)
        let after = try await Activity.find(open.id, on: db)!
        XCTAssertEqual(after.title, "Pelayanan Publik Prima (Angkatan II)")
        XCTAssertLessThan(after.jpHundredths, open.jpHundredths, "one session fewer, fewer JP")
        await eq(
            try await ActivitySession.query(on: db).filter(\.$activityID == open.id!).count(), input.sessions.count - 1)
        let audited = try await AuditEntry.query(on: db).filter(\.$entityID == open.id!.uuidString)
            .filter(\.$action == "update").count()
        XCTAssertEqual(audited, 1)

        // Bad input shows beside its field and changes nothing.
        var bad = changed
        bad.title = ""
        let refused = try await manager.post("/kegiatan/\(open.id!)/ubah", form: fields(bad))
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.text.contains("Isi judul kegiatan."))
        let unchanged = try await Activity.find(open.id, on: db)!
        XCTAssertEqual(unchanged.title, "Pelayanan Publik Prima (Angkatan II)")

        // The running activity has attendance: its schedule stays, other fields still change.
        let runningAttendance = try await ActivityQueries.attendedSessions(activityID: running.id!, on: db)
        XCTAssertFalse(runningAttendance.isEmpty, "the running activity has attendance")
        let (runningInput, runningFacilitators) = try await ActivityFormController.input(of: running, on: db)
        var moved = runningInput
        moved.sessions[0].startsAt = "07:30"
        var movedFields = fields(moved)
        movedFields["facilitators"] = runningFacilitators
        let kept = try await manager.post("/kegiatan/\(running.id!)/ubah", form: movedFields)
        XCTAssertEqual(kept.status, .unprocessableEntity)
        XCTAssertTrue(kept.text.contains("Jadwal tidak dapat diubah karena kehadiran sudah dicatat"))
        var renamed = runningInput
        renamed.place = "Ruang Rapat Dinas Perhubungan"
        var renamedFields = fields(renamed)
        renamedFields["facilitators"] = runningFacilitators
        await eq(try await manager.post("/kegiatan/\(running.id!)/ubah", form: renamedFields).status, .seeOther)
        let renamedNow = try await Activity.find(running.id, on: db)!
        XCTAssertEqual(renamedNow.place, "Ruang Rapat Dinas Perhubungan")

        // A finished activity is a record.
        let (finishedInput, _) = try await ActivityFormController.input(of: finished, on: db)
        let closed = try await manager.post("/kegiatan/\(finished.id!)/ubah", form: fields(finishedInput))
        XCTAssertEqual(closed.status, .unprocessableEntity)
        XCTAssertTrue(closed.text.contains("sudah selesai tidak dapat diubah"))
    }
}
