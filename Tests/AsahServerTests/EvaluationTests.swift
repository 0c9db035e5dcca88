import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Programme evaluation: only those who attended give their reaction, once, after the activity; the
/// evaluation's figures equal a recomputation from the raw rows; its facilitators and managers read it.
final class EvaluationTests: AppTestCase {
    static let allFive =
        #"{"material":5,"method":4,"facilitator":5,"facilities":3,"organisation":4,"comment":"Materi relevan."}"#

    func reactions(_ activity: Activity) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM activity_reactions WHERE activity_id = \(bind: activity.id!)")
            .firstRow(CountRow.self)?.n ?? -1
    }

    func testOnlyAttendeesReactOnceAfterTheActivity() async throws {
        let w = try await world()
        let m = w.medan
        _ = try await build.user("andi.medan", roles: [.employee], agency: m.agency, employee: m.colleague)
        // The staff member attended the first session; the colleague is enrolled and never came.
        let activity = try await build.activity("Pelayanan Prima", in: m.agency, days: [-1, 1])
        try await build.enrol([m.staff, m.colleague], in: activity)
        activity.status = ActivityStatus.running.rawValue
        try await activity.save(on: db)
        try await build.attend([m.staff], sessionsBefore: TestClock.today, of: activity)
        let path = "/api/v1/activities/\(activity.id!)/reactions"
        let staff = try await APIClient.signIn(app, "pegawai.medan")
        let early = try await staff.send(.POST, path, json: Self.allFive)
        XCTAssertEqual(early.status, .conflict, early.body.string)  // not over yet
        activity.status = ActivityStatus.finished.rawValue
        try await activity.save(on: db)

        // Bad scores name their fields; nothing is stored.
        let bad = try await staff.send(.POST, path, json: #"{"material":0,"method":6,"facilitator":5,"facilities":3}"#)
        XCTAssertEqual(bad.status, .unprocessableEntity)
        let fields = ((try json(bad)["error"] as? [String: Any])?["details"] as? [[String: Any]])?
            .compactMap { $0["field"] as? String }
        XCTAssertEqual(fields?.sorted(), ["material", "method", "organisation"])
        await eq(try await staff.send(.POST, path, json: #"{"material":"lima"}"#).status, .badRequest)
        await eq(try await reactions(activity), 0)

        // Twenty at once from the one attendee: one stored, the rest told it is already there.
        let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for _ in 0..<20 { group.addTask { try await staff.send(.POST, path, json: Self.allFive).status } }
            return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
        }
        XCTAssertEqual(statuses.filter { $0 == .created }.count, 1, "\(statuses)")
        XCTAssertEqual(statuses.filter { $0 == .conflict }.count, 19, "\(statuses)")
        await eq(try await reactions(activity), 1)

        // Those who did not attend, the manager (no participant), another agency: refused.
        for (username, status) in [
            ("andi.medan", HTTPStatus.forbidden), ("pengelola.medan", .forbidden), ("kepala.medan", .forbidden),
            ("pegawai.mamuju", .notFound),
        ] {
            let client = try await APIClient.signIn(app, username)
            await eq(try await client.send(.POST, path, json: Self.allFive).status, status, username)
        }
        await eq(try await reactions(activity), 1)
    }

    /// The page: the attendee sees the form once the activity is over, sends it, and then sees thanks.
    func testTheActivityPageAsksTheAttendeeOnce() async throws {
        let m = try await world().medan
        let activity = try await build.finishedActivity("Pelayanan Prima", in: m.agency, people: [m.staff])
        var own = Browser(app)
        _ = try await own.login("pegawai.medan")
        let page = "/kegiatan/\(activity.id!)"
        let before = try await own.get(page).body.string
        XCTAssertTrue(before.contains("Kirim penilaian"))
        let missing = try await own.post(page + "/reaksi", form: ["material": "5"])
        XCTAssertEqual(missing.status, .unprocessableEntity)
        XCTAssertTrue(missing.body.string.contains("Beri nilai 1 sampai 5 untuk metode pembelajaran."))
        let form = [
            "material": "4", "method": "4", "facilitator": "5", "facilities": "3", "organisation": "4",
            "comment": "Studi kasusnya membantu.",
        ]
        await eq(try await own.post(page + "/reaksi", form: form).status, .seeOther)
        let after = try await own.get(page).body.string
        XCTAssertFalse(after.contains("Kirim penilaian"))
        XCTAssertTrue(after.contains("penilaian Anda atas kegiatan ini sudah tercatat"))
        await eq(try await own.post(page + "/reaksi", form: form).status, .conflict)
        await eq(try await reactions(activity), 1)
    }

    /// Who reads the evaluation: the activity's facilitators and the agency's managers.
    func testFacilitatorsAndManagersReadTheEvaluation() async throws {
        let w = try await world()
        let m = w.medan
        let activity = try await build.finishedActivity("Pelayanan Prima", in: m.agency, people: [m.staff])
        let facilitator = try await User.query(on: db).filter(\.$username == "fasilitator.medan").first()!
        try await sql.raw(
            "INSERT INTO activity_facilitators (id, activity_id, user_id) VALUES (\(bind: UUID()), \(bind: activity.id!), \(bind: facilitator.id!))"
        ).run()
        let path = "/api/v1/activities/\(activity.id!)/evaluation"
        for (username, status) in [
            ("pengelola.medan", HTTPStatus.ok), ("fasilitator.medan", .ok), ("pegawai.medan", .forbidden),
            ("kepala.medan", .forbidden), ("pengelola.mamuju", .notFound),
        ] {
            let client = try await APIClient.signIn(app, username)
            await eq(try await client.send(.GET, path).status, status, username)
        }
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let page = try await manager.get("/kegiatan/\(activity.id!)/evaluasi")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Evaluasi kegiatan"))
        let activityPage = try await manager.get("/kegiatan/\(activity.id!)").body.string
        XCTAssertTrue(activityPage.contains("/evaluasi"))
    }
}
