import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Issue 9, finding 5: concurrent writes answered 500 ("database is locked" on SQLite) and caps could
/// be passed together. Each write family gets 20 writes at once: none may fail with 5xx, and the rows
/// they leave equal what the same writes leave one after the other.
final class ConcurrentWriteTests: AppTestCase {
    static let width = 20

    private func assertNoServerErrors(_ statuses: [HTTPStatus], _ what: String) {
        XCTAssertEqual(statuses.filter { $0.code >= 500 }.count, 0, "\(what): \(statuses.map(\.code))")
    }

    /// Twenty people ask for the five places of one activity at once: five get them, fifteen wait.
    func testTwentyEnrolmentsAtOnceFillTheSeatsExactly() async throws {
        try await crowd(Self.width)
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let day = TestClock.today.addingDays(20).iso
        let created = try await manager.send(
            .POST, "/api/v1/agencies/medan/activities",
            json: """
                {"title":"Kelas Serentak","jenis_diklat_id":3,"place":"Aula","capacity":5,"requires_approval":false,
                 "sessions":[{"date":"\(day)","starts_at":"08:00","ends_at":"12:00"}]}
                """)
        XCTAssertEqual(created.status, .created, created.text)
        let id = try XCTUnwrap(try json(created)["id"] as? String)
        var clients: [APIClient] = []
        for e in try await medanStaff(0..<Self.width) { clients.append(try await api(as: e)) }
        let all = clients
        let statuses = try await together(Self.width) { i in
            try await all[i].send(.POST, "/api/v1/activities/\(id)/enrolments").status
        }
        assertNoServerErrors(statuses, "enrolments")
        XCTAssertEqual(statuses.filter { $0 == .created }.count, Self.width)
        let states = try await Enrolment.query(on: db).filter(\.$activityID == UUID(uuidString: id)!).all().map(\.state)
        XCTAssertEqual(states.filter { $0 == "enrolled" }.count, 5)
        XCTAssertEqual(states.filter { $0 == "waitlisted" }.count, Self.width - 5)
    }

    /// Twenty assessments of one person's one competency at once: all kept, and the current level is
    /// what a recompute from every result gives (none was dropped by a concurrent recompute).
    func testTwentyAssessmentsOfOnePersonAtOnceAreAllCounted() async throws {
        try await world()
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let employee = try await medanStaff(0..<1)[0]
        func assessments() async throws -> Int {
            try await sql.raw("SELECT COUNT(*) AS n FROM assessments WHERE employee_id = \(bind: employee.id!)")
                .firstRow(CountRow.self)?.n ?? 0
        }
        struct Level: Decodable, Equatable { var level: Int; var source: String?; var assessedOn: String }
        func current() async throws -> Level? {
            try await sql.raw(
                "SELECT level, source, assessed_on FROM current_levels WHERE employee_id = \(bind: employee.id!) AND competency_code = 'M.01'"
            ).firstRow(Level.self)
        }
        let before = try await assessments()
        let statuses = try await together(Self.width) { i in
            try await manager.send(
                .POST, "/api/v1/employees/\(employee.nip)/assessments",
                json: """
                    {"competency":"M.01","level":\(1 + i % 5),"source":"assessment_center","assessed_on":"\(TestClock.today.addingDays(-i).iso)"}
                    """
            ).status
        }
        assertNoServerErrors(statuses, "assessments")
        XCTAssertEqual(statuses.filter { $0 == .created }.count, Self.width, "\(statuses.map(\.code))")
        await eq(try await assessments(), before + Self.width)
        let level = try await current()
        let settings = try await AgencySettings.currentLevel(employee.agencyID, on: db)
        try await AssessmentService.recompute(
            agencyID: employee.agencyID, employeeID: employee.id!, code: "M.01", settings: settings,
            today: TestClock.today,
            on: sql)
        XCTAssertNotNil(level)
        await eq(try await current(), level)
    }

    /// Twenty e-learning certificates of one day accepted at once: the day's cap (3 JP) holds, as it
    /// does when they are accepted one by one.
    func testTwentyAcceptancesAtOnceKeepTheDayCap() async throws {
        try await world()
        let me = try await User.query(on: db).filter(\.$username == "pegawai.medan").first()!
        let employee = try await Employee.find(me.employeeID, on: db)!
        let day = TestClock.today.addingDays(-3).iso
        var staff = Browser(app)
        _ = try await staff.login("pegawai.medan")
        for i in 0..<Self.width {
            let sent = try await staff.upload(
                "/pegawai/\(employee.nip)/pelatihan-luar", field: "sertifikat", filename: "s\(i).pdf",
                content: "%PDF-1.4",
                fields: [
                    "title": "Kursus Daring \(i)", "jenis_diklat_id": "16", "provider": "LMS Nasional",
                    "started_on": day, "finished_on": day, "jp": "1",
                ])
            XCTAssertEqual(sent.status, .seeOther, sent.text)
        }
        let records = try await ExternalLearning.query(on: db).filter(\.$employeeID == employee.id!).all()
        XCTAssertEqual(records.count, Self.width)
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let signedIn = manager
        let ids = records.map { $0.id! }
        let statuses = try await together(Self.width) { i in
            var m = signedIn
            return try await m.post("/pelatihan-luar/\(ids[i])/keputusan", form: ["keputusan": "terima"]).status
        }
        assertNoServerErrors(statuses, "acceptances")
        let credited = try await LearningEntry.query(on: db).filter(\.$employeeID == employee.id!)
            .filter(\.$learnedOn == day).filter(\.$jenisDiklatID == 16).all().map(\.jpHundredths).reduce(0, +)
        XCTAssertEqual(credited, 300, "3 JP a day, as one by one")
        await eq(
            try await ExternalLearning.query(on: db).filter(\.$employeeID == employee.id!)
                .filter(\.$state == "accepted").count(), Self.width)
    }
}
