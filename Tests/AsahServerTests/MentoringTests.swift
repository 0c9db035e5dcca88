import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// Mentoring: paired by the unit head, sessions logged by one side credit JP only once the other side
/// confirms, at most two sessions a month.
final class MentoringTests: AppTestCase {
    func testJPOnlyAfterTheOtherSideConfirmsAndAtMostTwoSessionsAMonth() async throws {
        let world = try await world()
        let medan = world.medan.agencyID
        let head = world.medan.head
        let staff = world.medan.staff
        let today = TestClock.today

        // The unit head pairs themself as mentor of the employee; the employee may not pair.
        var kepala = Browser(app)
        _ = try await kepala.login("kepala.medan")
        var pegawai = Browser(app)
        _ = try await pegawai.login("pegawai.medan")
        let form = [
            "mentor_nip": head.nip, "kind": "mentoring", "goal": "Menulis laporan kegiatan yang ringkas",
            "starts_on": today.addingDays(-75).iso, "ends_on": today.addingDays(30).iso,
        ]
        await eq(try await pegawai.post("/pegawai/\(staff.nip)/mentoring", form: form).status, .forbidden)
        let same = try await kepala.post(
            "/pegawai/\(staff.nip)/mentoring", form: form.merging(["mentor_nip": staff.nip]) { $1 })
        XCTAssertEqual(same.status, .unprocessableEntity)
        XCTAssertTrue(same.text.contains("harus orang yang berbeda"))
        await eq(try await kepala.post("/pegawai/\(staff.nip)/mentoring", form: form).status, .seeOther)
        let pair = try await Mentorship.query(on: db).filter(\.$menteeID == staff.id!).first()!
        XCTAssertEqual(pair.agencyID, medan)

        // Three sessions in one month, logged by the mentor.
        let month = today.addingDays(-today.day + 1 - 1)  // the last day of last month
        let days = [1, 8, 15].map { CivilDate(year: month.year, month: month.month, day: $0)! }
            .filter { $0 >= CivilDate(iso: pair.startsOn)! }
        XCTAssertEqual(days.count, 3, "the pairing began 75 days ago")
        for d in days {
            let r = try await kepala.post(
                "/pembimbingan/\(pair.id!)/sesi",
                form: ["held_on": d.iso, "minutes": "60", "topic": "Kerangka laporan"])
            XCTAssertEqual(r.status, .seeOther, r.text)
        }
        let sessions = try await MentoringSession.query(on: db).filter(\.$mentorshipID == pair.id!).sort(\.$heldOn)
            .all()
        XCTAssertEqual(sessions.count, 3)
        // Logged is not credited; the mentor may not confirm their own log.
        await eq(
            try await LearningEntry.query(on: db).filter(\.$employeeID == staff.id!).filter(\.$source == "mentoring")
                .count(), 0)
        await eq(
            try await kepala.post("/sesi-pembimbingan/\(sessions[0].id!)/konfirmasi", form: [:]).status, .forbidden)
        // The employee confirms all three: 2 + 2 JP, the third adds nothing and says why.
        for s in sessions {
            await eq(try await pegawai.post("/sesi-pembimbingan/\(s.id!)/konfirmasi", form: [:]).status, .seeOther)
        }
        await eq(
            try await pegawai.post("/sesi-pembimbingan/\(sessions[0].id!)/konfirmasi", form: [:]).status, .conflict)
        let lines = try await LearningEntry.query(on: db).filter(\.$employeeID == staff.id!).filter(
            \.$source == "mentoring"
        ).all()
        XCTAssertEqual(lines.map(\.jpHundredths), [200, 200])
        let third = try await MentoringSession.find(sessions[2].id, on: db)!
        XCTAssertEqual(third.creditedHundredths, 0)
        XCTAssertTrue(third.creditNote?.contains("paling banyak 2 sesi per bulan") ?? false, third.creditNote ?? "")
        let page = try await pegawai.get("/pegawai/\(staff.nip)/mentoring")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.text.contains("Dikonfirmasi · 2 JP"))
        XCTAssertLessThan(page.body.readableBytes, 40_000)
        // A session outside the period is refused; another agency sees nothing.
        let outside = try await pegawai.post(
            "/pembimbingan/\(pair.id!)/sesi",
            form: [
                "held_on": today.addingDays(-100).iso, "minutes": "60", "topic": "Terlalu awal",
            ])
        XCTAssertEqual(outside.status, .unprocessableEntity)
        var other = Browser(app)
        _ = try await other.login("pengelola.mamuju")
        await eq(try await other.get("/pegawai/\(staff.nip)/mentoring").status, .notFound)
        await eq(try await other.post("/sesi-pembimbingan/\(sessions[0].id!)/konfirmasi", form: [:]).status, .notFound)
    }
}
