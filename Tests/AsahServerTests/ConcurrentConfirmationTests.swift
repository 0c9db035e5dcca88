import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Issue 9, finding 5, for the write families decided by a second party or a learner's device:
/// komunitas belajar, mentoring confirmation, approving requests for a place and e-learning progress. Twenty writes at once:
/// none answers 5xx, and the ledger holds exactly what the same writes one after the other leave.
final class ConcurrentConfirmationTests: AppTestCase {
    static let width = 20

    private func codes(_ rs: [XCTHTTPResponse]) -> [UInt] { rs.map(\.status.code).sorted() }

    private func ledgerLines(sourceID: String) async throws -> Int {
        return try await sql.raw(
            "SELECT COUNT(*) AS n FROM learning_entries WHERE source_id = \(bind: UUID(uuidString: sourceID)!)"
        )
        .firstRow(CountRow.self)?.n ?? 0
    }

    /// Twenty hosts record a session at once (all kept, pending); one session is then confirmed twenty
    /// times at once (once credited, the rest told it is already decided).
    func testKomunitasRecordsAndConfirmationsAtOnce() async throws {
        try await crowd(Self.width)
        let today = TestClock.today.iso
        var hosts: [APIClient] = []
        let people = try await medanStaff(0..<(Self.width + 1))
        for e in people.prefix(Self.width) { hosts.append(try await api(as: e)) }
        let all = hosts, nips = people.map(\.nip)
        // Each host's next colleague attends (the last host's attendee hosts nothing).
        let recorded = try await together(Self.width) { i in
            try await all[i].send(
                .POST, "/api/v1/agencies/medan/knowledge-sessions",
                json: """
                    {"topic":"Sesi serentak \(i)","held_on":"\(today)","minutes":60,"attendees":["\(nips[i + 1])"]}
                    """)
        }
        XCTAssertEqual(
            codes(recorded), Array(repeating: 201, count: Self.width), recorded.map(\.text).joined(separator: "\n"))
        let id = try XCTUnwrap(try json(recorded[0])["id"] as? String)
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let decided = try await together(Self.width) { _ in
            try await manager.send(.POST, "/api/v1/knowledge-sessions/\(id)/confirm")
        }
        XCTAssertEqual(
            codes(decided), [200] + Array(repeating: 409, count: Self.width - 1),
            decided.map(\.text).joined(separator: "\n"))
        // The host and the attendee, each at most once (a day already at its cap credits nothing).
        struct Lines: Decodable { var n: Int; var people: Int }
        let lines = try await sql.raw(
            "SELECT COUNT(*) AS n, COUNT(DISTINCT employee_id) AS people FROM learning_entries WHERE source_id = \(bind: UUID(uuidString: id)!)"
        ).firstRow(Lines.self)
        XCTAssertEqual(lines?.n, lines?.people)
        XCTAssertTrue((1...2).contains(lines?.n ?? 0), "\(String(describing: lines))")
    }

    /// A mentor logs twenty sessions with twenty mentees; the mentees confirm all at once (each credited
    /// once), and one of them confirms their session twenty times at once (credited once).
    func testMentoringConfirmationsAtOnce() async throws {
        try await crowd(Self.width)
        let today = TestClock.today
        let people = try await medanStaff(0..<(Self.width + 1))
        let mentor = people[0]
        let mentees = Array(people.dropFirst())
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let mentorAPI = try await api(as: mentor)
        var sessions: [String] = []
        var menteeAPIs: [APIClient] = []
        for m in mentees {
            let pair = try await manager.send(
                .POST, "/api/v1/agencies/medan/mentorships",
                json: """
                    {"mentee_nip":"\(m.nip)","mentor_nip":"\(mentor.nip)","kind":"coaching","goal":"Serentak",
                     "starts_on":"\(today.addingDays(-5).iso)","ends_on":"\(today.addingDays(30).iso)"}
                    """)
            XCTAssertEqual(pair.status, .created, pair.text)
            let logged = try await mentorAPI.send(
                .POST, "/api/v1/mentorships/\(try json(pair)["id"] as! String)/sessions",
                json: #"{"held_on":"\#(today.iso)","minutes":60,"topic":"Rapat koordinasi"}"#)
            XCTAssertEqual(logged.status, .created, logged.text)
            sessions.append(try json(logged)["id"] as! String)
            menteeAPIs.append(try await api(as: m))
        }
        let clients = menteeAPIs, ids = sessions
        let confirmed = try await together(Self.width) { i in
            try await clients[i].send(.POST, "/api/v1/mentoring-sessions/\(ids[i])/confirm")
        }
        XCTAssertEqual(
            codes(confirmed), Array(repeating: 200, count: Self.width), confirmed.map(\.text).joined(separator: "\n"))
        for id in ids { await eq(try await ledgerLines(sourceID: id), 1) }

        let again = try await mentorAPI.send(
            .POST, "/api/v1/mentorships/\(try await mentorshipID(of: ids[0]))/sessions",
            json: #"{"held_on":"\#(today.addingDays(-1).iso)","minutes":60,"topic":"Tindak lanjut"}"#)
        XCTAssertEqual(again.status, .created, again.text)
        let second = try json(again)["id"] as! String
        let first = clients[0]
        let twice = try await together(Self.width) { _ in
            try await first.send(.POST, "/api/v1/mentoring-sessions/\(second)/confirm")
        }
        XCTAssertEqual(
            codes(twice), [200] + Array(repeating: 409, count: Self.width - 1),
            twice.map(\.text).joined(separator: "\n"))
        await eq(try await ledgerLines(sourceID: second), 1)
    }

    /// Twenty requests for the five places of an activity that needs approval, approved all at once:
    /// five enrolled, fifteen waiting, as approving them one by one leaves them.
    func testTwentyApprovalsAtOnceFillTheSeatsExactly() async throws {
        try await crowd(Self.width)
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let day = TestClock.today.addingDays(20).iso
        let created = try await manager.send(
            .POST, "/api/v1/agencies/medan/activities",
            json: """
                {"title":"Kelas Bersetuju","jenis_diklat_id":3,"place":"Aula","capacity":5,"requires_approval":true,
                 "sessions":[{"date":"\(day)","starts_at":"08:00","ends_at":"12:00"}]}
                """)
        XCTAssertEqual(created.status, .created, created.text)
        let activity = try must(try json(created)["id"] as? String)
        var requests: [String] = []
        for e in try await medanStaff(0..<Self.width) {
            let r = try await (try await api(as: e)).send(.POST, "/api/v1/activities/\(activity)/enrolments")
            XCTAssertEqual(try json(r)["state"] as? String, "requested", r.text)
            requests.append(try must(try json(r)["enrolment_id"] as? String))
        }
        let ids = requests
        let decided = try await together(Self.width) { i in
            try await manager.send(.POST, "/api/v1/enrolments/\(ids[i])/decision", json: #"{"approve":true}"#)
        }
        XCTAssertEqual(
            codes(decided), Array(repeating: 200, count: Self.width), decided.map(\.text).joined(separator: "\n"))
        let states = try await Enrolment.query(on: db).filter(\.$activityID == UUID(uuidString: activity)!).all().map(
            \.state)
        XCTAssertEqual(states.filter { $0 == "enrolled" }.count, 5)
        XCTAssertEqual(states.filter { $0 == "waitlisted" }.count, Self.width - 5)
    }

    private func mentorshipID(of session: String) async throws -> String {
        try must(try await MentoringSession.find(UUID(uuidString: session), on: db)?.mentorshipID).uuidString
    }

    /// One learner's devices send the same finished course twenty times at once: every lesson counted
    /// once, the course completed once, its JP credited once, as a single send leaves it.
    func testELearningProgressFromTwentyDevicesAtOnce() async throws {
        let world = try await world()
        let medan = world.medan.agencyID
        // A published course without quizzes, so marking every lesson done completes it.
        let course = try await build.course(
            "Tata Naskah Dinas Elektronik", in: world.medan.agency, modules: ["Dasar", "Praktik"], lessons: 2)
        let lessons = try await CourseLesson.query(on: db).filter(\.$courseID == course.id!).all()
        XCTAssertFalse(lessons.isEmpty)
        struct Row: Decodable { var id: UUID }
        let unstarted = try await sql.raw(
            """
            SELECT e.id FROM employees e WHERE e.agency_id = \(bind: medan)
            AND NOT EXISTS (SELECT 1 FROM lesson_completions c WHERE c.employee_id = e.id) ORDER BY e.nip
            """
        ).firstRow(Row.self)
        let fresh = try await Employee.find(
            try must(unstarted?.id, "a Medan employee who has not started a course"), on: db)
        let learner = try await api(as: try must(fresh))
        let day = TestClock.today.iso
        let body =
            "{\"lessons\":["
            + lessons.map { "{\"lesson_id\":\"\($0.id!)\",\"done_on\":\"\(day)\"}" }
            .joined(separator: ",") + "]}"
        let sent = try await together(Self.width) { _ in
            try await learner.send(.POST, "/api/v1/courses/\(course.id!)/progress", json: body)
        }
        XCTAssertEqual(codes(sent), Array(repeating: 200, count: Self.width), sent.map(\.text).joined(separator: "\n"))
        let progress = try json(try await learner.get("/api/v1/courses/\(course.id!)/progress"))
        XCTAssertEqual(progress["lessons_done"] as? Int, lessons.count, "\(progress)")
        await eq(
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM lesson_completions WHERE employee_id = \(bind: fresh!.id!)"
            ).firstRow(CountRow.self)?.n, lessons.count)
        // One completion, and the ledger lines of its days (one per day learned, here one).
        await eq(
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM course_completions WHERE employee_id = \(bind: fresh!.id!) AND course_id = \(bind: course.id!)"
            ).firstRow(CountRow.self)?.n, 1)
        await eq(
            try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM learning_entries l JOIN course_credit_days d ON d.id = l.source_id
                JOIN course_completions c ON c.id = d.completion_id
                WHERE c.employee_id = \(bind: fresh!.id!) AND c.course_id = \(bind: course.id!)
                """
            ).firstRow(CountRow.self)?.n, 1)
    }
}
