import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Mentorships and sessions through `/api/v1`, with the page's rules: the unit head or a manager
/// pairs, either side logs, and only the other side's confirmation credits the mentee's JP.
final class MentoringAPITests: AppTestCase {
    func lines(_ sessionID: UUID) async throws -> Int {
        try await LearningEntry.query(on: db).filter(\.$source == "mentoring").filter(\.$sourceID == sessionID).count()
    }

    func testPairLogAndConfirmThroughTheAPI() async throws {
        let world = try await world()
        let head = world.medan.head
        let staff = world.medan.staff
        let today = TestClock.today
        let kepala = try await APIClient.signIn(app, "kepala.medan")
        let pegawai = try await APIClient.signIn(app, "pegawai.medan")
        let pair = """
            {"mentee_nip": "\(staff.nip)", "mentor_nip": "\(head.nip)", "kind": "coaching", "goal": "Memimpin rapat koordinasi",
             "starts_on": "\(today.addingDays(-10).iso)", "ends_on": "\(today.addingDays(80).iso)"}
            """
        // The employee may not pair themself; another agency does not see the employee; bad input names the field.
        await eq(try await pegawai.send(.POST, "/api/v1/agencies/medan/mentorships", json: pair).status, .forbidden)
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        await eq(try await mamuju.send(.POST, "/api/v1/agencies/medan/mentorships", json: pair).status, .notFound)
        // In their own agency the NIP names nobody: a field to correct (it does not tell that Medan has them).
        await eq(
            try await mamuju.send(.POST, "/api/v1/agencies/mamuju/mentorships", json: pair).status, .unprocessableEntity
        )
        let bad = try await kepala.send(
            .POST, "/api/v1/agencies/medan/mentorships", json: pair.replacingOccurrences(of: head.nip, with: staff.nip))
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("mentor_nip"), bad.text)
        let before = try await count("mentorships")
        let created = try await kepala.send(.POST, "/api/v1/agencies/medan/mentorships", json: pair)
        XCTAssertEqual(created.status, .created, created.text)
        await eq(try await count("mentorships"), before + 1)
        let id = try json(created)["id"] as! String
        XCTAssertEqual((try json(created)["mentor"] as? [String: Any])?["nip"] as? String, head.nip)

        // The mentor logs a session: nothing credited yet; the mentor cannot confirm their own log.
        let invalid = try await kepala.send(
            .POST, "/api/v1/mentorships/\(id)/sessions",
            json: #"{"held_on":"\#(today.addingDays(1).iso)","minutes":5,"topic":""}"#)
        XCTAssertEqual(invalid.status, .unprocessableEntity)
        let fields = ((try json(invalid)["error"] as? [String: Any])?["details"] as? [[String: Any]])?.compactMap {
            $0["field"] as? String
        }
        XCTAssertEqual(fields, ["held_on", "minutes", "topic"])
        let logged = try await kepala.send(
            .POST, "/api/v1/mentorships/\(id)/sessions",
            json: #"{"held_on":"\#(today.iso)","minutes":60,"topic":"Menyusun agenda rapat"}"#)
        XCTAssertEqual(logged.status, .created, logged.text)
        let session = try json(logged)
        let sid = session["id"] as! String
        XCTAssertEqual(session["confirmed"] as? Bool, false)
        XCTAssertEqual(session["logged_by"] as? String, "mentor")
        let sessionID = UUID(uuidString: sid)!
        await eq(try await lines(sessionID), 0)
        await eq(try await kepala.send(.POST, "/api/v1/mentoring-sessions/\(sid)/confirm").status, .forbidden)
        await eq(try await mamuju.send(.POST, "/api/v1/mentoring-sessions/\(sid)/confirm").status, .notFound)
        await eq(
            try await mamuju.send(
                .POST, "/api/v1/mentorships/\(id)/sessions",
                json: #"{"held_on":"\#(today.iso)","minutes":60,"topic":"x"}"#
            ).status, .notFound)
        // The mentee confirms: 2 JP (coaching: 2 JP a session); a second confirmation is refused.
        let confirmed = try await pegawai.send(.POST, "/api/v1/mentoring-sessions/\(sid)/confirm")
        XCTAssertEqual(confirmed.status, .ok, confirmed.text)
        XCTAssertEqual(try json(confirmed)["confirmed"] as? Bool, true)
        XCTAssertEqual(try json(confirmed)["credited_jp"] as? Double, 2)
        await eq(try await lines(sessionID), 1)
        await eq(try await pegawai.send(.POST, "/api/v1/mentoring-sessions/\(sid)/confirm").status, .conflict)
        await eq(try await lines(sessionID), 1)

        // Both sides see the pair with its session; another agency does not.
        let list = try json(try await pegawai.get("/api/v1/employees/\(staff.nip)/mentorships"))
        let mine = (list["items"] as? [[String: Any]])?.first { $0["id"] as? String == id }
        XCTAssertEqual((mine?["sessions"] as? [[String: Any]])?.first?["credited_jp"] as? Double, 2)
        XCTAssertEqual(mine?["kind"] as? String, "coaching")
        let asMentor = try json(try await kepala.get("/api/v1/employees/\(head.nip)/mentorships"))
        XCTAssertTrue((asMentor["items"] as? [[String: Any]])?.contains { $0["id"] as? String == id } ?? false)
        await eq(try await mamuju.get("/api/v1/employees/\(staff.nip)/mentorships").status, .notFound)
    }
}
