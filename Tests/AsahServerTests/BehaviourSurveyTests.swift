import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// The behaviour survey (L3): due the agency's months after an activity's last day, it waits in the
/// participant's and their supervisor's inboxes from that day, each until they answer, once.
final class BehaviourSurveyTests: AppTestCase {
    /// A finished activity of Medan with the staff member, its one session `daysAgo` days before today.
    func finished(_ title: String, daysAgo: Int, in m: TestWorld.Place) async throws -> (Activity, UUID) {
        let activity = try await build.activity(title, in: m.agency, days: [-daysAgo])
        try await build.enrol([m.staff], in: activity)
        try await build.attend([m.staff], sessionsBefore: TestClock.today, of: activity)
        _ = try await ActivityService.complete(activity, userID: nil, today: TestClock.today, on: db)
        let enrolment = try await Enrolment.query(on: db).filter(\.$activityID == activity.id!).first()!
        XCTAssertEqual(enrolment.state, EnrolmentState.completed.rawValue)
        return (activity, enrolment.id!)
    }

    func inboxLine(_ browser: inout Browser) async throws -> String? {
        let page = try await browser.get("/kotak-masuk").body.string
        guard let r = page.range(of: " survei penerapan hasil pelatihan") else { return nil }
        let start = page[..<r.lowerBound].range(of: "<b>", options: .backwards)!.upperBound
        return String(page[start..<r.lowerBound])
    }

    func testTheSurveyWaitsForParticipantAndSupervisorFromItsDueDateUntilAnswered() async throws {
        let m = try await world().medan
        // 15 April to 15 July: due today. 16 April: due tomorrow, not yet asked.
        let (dueToday, enrolment) = try await finished("Pelayanan Prima", daysAgo: 91, in: m)
        let (_, notYet) = try await finished("Komunikasi Publik", daysAgo: 90, in: m)
        var staff = Browser(app)
        _ = try await staff.login("pegawai.medan")
        var head = Browser(app)
        _ = try await head.login("kepala.medan")  // the staff member's supervisor
        let staffLine = try await inboxLine(&staff)
        XCTAssertEqual(staffLine, "1")
        let headLine = try await inboxLine(&head)
        XCTAssertEqual(headLine, "1")
        let listed = try json(try await APIClient.signIn(app, "pegawai.medan").send(.GET, "/api/v1/behaviour-surveys"))
        XCTAssertEqual((listed["items"] as? [[String: Any]])?.map { $0["title"] as? String }, ["Pelayanan Prima"])

        // Not due yet: refused, naming the day it opens.
        let api = try await APIClient.signIn(app, "pegawai.medan")
        let early = try await api.send(
            .POST, "/api/v1/enrolments/\(notYet)/behaviour-survey", json: #"{"applied":4,"report":"Laporan"}"#)
        XCTAssertEqual(early.status, .conflict)
        XCTAssertTrue(early.body.string.contains("16 Juli 2026"), early.body.string)

        // The participant answers: gone from their inbox, still in the supervisor's.
        let path = "/api/v1/enrolments/\(enrolment)/behaviour-survey"
        let bad = try await api.send(.POST, path, json: #"{"applied":9}"#)
        XCTAssertEqual(bad.status, .unprocessableEntity)
        let answered = try await api.send(
            .POST, path,
            json:
                #"{"applied":4,"report":"Saya menerapkan daftar periksa berkas di loket.","evidence_url":"https://contoh.id/bukti"}"#
        )
        XCTAssertEqual(answered.status, .created, answered.body.string)
        await eq(try await api.send(.POST, path, json: #"{"applied":5,"report":"Lagi"}"#).status, .conflict)
        let staffAfter = try await inboxLine(&staff)
        XCTAssertNil(staffAfter)
        let headStill = try await inboxLine(&head)
        XCTAssertEqual(headStill, "1")

        // The supervisor sees the report beside their form, and answers through the page.
        let page = try await head.get("/evaluasi-penerapan").body.string
        XCTAssertTrue(page.contains("Saya menerapkan daftar periksa berkas di loket."))
        let missing = try await head.post("/evaluasi-penerapan/\(enrolment)", form: ["applied": "4"])
        XCTAssertEqual(missing.status, .unprocessableEntity)
        XCTAssertTrue(missing.body.string.contains("perubahan kinerja"))
        let saved = try await head.post(
            "/evaluasi-penerapan/\(enrolment)",
            form: ["applied": "4", "change": "3", "report": "Antrean lebih tertib."])
        XCTAssertEqual(saved.status, .seeOther)
        let headAfter = try await inboxLine(&head)
        XCTAssertNil(headAfter)

        // The activity's evaluation counts both sides.
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let l3 =
            try json(try await manager.send(.GET, "/api/v1/activities/\(dueToday.id!)/evaluation"))["l3"]
            as? [String: Any]
        XCTAssertEqual(l3?["due_on"] as? String, TestClock.today.iso)
        XCTAssertEqual((l3?["participant"] as? [String: Any])?["answers"] as? Int, 1)
        XCTAssertEqual((l3?["supervisor"] as? [String: Any])?["change"] as? Double, 3)
    }

    /// Only the participant and their supervisor answer: a manager is refused, the supervisor's own
    /// supervisor (who does not read the staff member's places) and another agency do not see it.
    func testOnlyTheParticipantAndTheirSupervisorAnswer() async throws {
        let m = try await world().medan
        let (_, enrolment) = try await finished("Pelayanan Prima", daysAgo: 100, in: m)
        _ = try await build.user("sekda.medan", roles: [.employee], agency: m.agency, employee: m.secretary)
        let body = #"{"applied":3,"change":3,"report":"Cukup"}"#
        for (username, status) in [
            ("pengelola.medan", HTTPStatus.forbidden), ("sekda.medan", .notFound), ("pengelola.mamuju", .notFound),
        ] {
            let client = try await APIClient.signIn(app, username)
            await eq(
                try await client.send(.POST, "/api/v1/enrolments/\(enrolment)/behaviour-survey", json: body).status,
                status, username)
        }
        let rows = try await sql.raw("SELECT COUNT(*) AS n FROM behaviour_responses").firstRow(CountRow.self)?.n
        XCTAssertEqual(rows, 0)
    }
}
