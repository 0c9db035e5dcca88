import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// A learning activity from creation to certificate, through the API, on both databases.
final class ActivityTests: AppTestCase {
    private func user(_ e: Employee?, username: String, roles: Set<Role> = [.employee], agency: UUID) async throws
        -> APIClient
    {
        try await User(
            username: username, passwordHash: try Bcrypt.hash("sandi-uji-12345", cost: 4), displayName: username,
            roles: roles, agencyID: agency, employeeID: e?.id
        ).create(on: db)
        return try await APIClient.signIn(app, username, password: "sandi-uji-12345")
    }

    private func body(_ r: XCTHTTPResponse) throws -> [String: Any] { try json(r) }

    private func activityJSON(
        capacity: Int, approval: Bool, passing: Int?, facilitators: [String], sessions: [(String, String, String)]
    ) -> String {
        let s = sessions.map { #"{"date":"\#($0.0)","starts_at":"\#($0.1)","ends_at":"\#($0.2)"}"# }.joined(
            separator: ",")
        let f = facilitators.map { "\"\($0)\"" }.joined(separator: ",")
        return #"""
            {"title":"Pelayanan Publik Prima","jenis_diklat_id":3,"place":"Aula BKPSDM","capacity":\#(capacity),
             "requires_approval":\#(approval),"post_test_passing_score":\#(passing.map(String.init) ?? "null"),
             "cost_per_participant":250000,"sessions":[\#(s)],"competencies":[{"code":"M.05","level":3}],"facilitators":[\#(f)]}
            """#
    }

    func testFromEnrolmentToCertificate() async throws {
        let world = try await world()
        let medan = world.medan.agencyID
        // Two PNS of one bidang, and a third of another office.
        let (a, b, c) = (world.medan.staff, world.medan.colleague, world.medan.outsider)
        let apiA = try await user(a, username: "peserta.a", agency: medan)
        let apiB = try await user(b, username: "peserta.b", agency: medan)
        let facilitator = try await user(nil, username: "fasilitator.uji", roles: [.facilitator], agency: medan)
        let stranger = try await user(nil, username: "fasilitator.lain.uji", roles: [.facilitator], agency: medan)
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let today = TestClock.today
        let yesterday = TestClock.today.addingDays(-1)
        guard yesterday.year == today.year else { return }  // 1 January: the sessions would span two years

        // A manager creates it; JP follows from 3 + 3 hours of Diklat Teknis = 8 JP.
        let created = try await manager.send(
            .POST, "/api/v1/agencies/medan/activities",
            json: activityJSON(
                capacity: 2, approval: true, passing: 70, facilitators: ["fasilitator.uji"],
                sessions: [(yesterday.iso, "08:00", "11:00"), (today.iso, "08:00", "11:00")]))
        XCTAssertEqual(created.status, .created, created.body.string)
        let activity = try body(created)
        let id = activity["id"] as! String
        XCTAssertEqual(activity["jp"] as? Int, 8)
        let sessions = activity["sessions"] as! [[String: Any]]
        XCTAssertNotNil(sessions[1]["checkin_code"] as? String, "those who run it see the codes")
        let seen = try body(try await apiA.get("/api/v1/activities/\(id)"))
        XCTAssertNil(seen["participants"] as? [Any], "participants only for those who run it")
        XCTAssertNil((seen["sessions"] as! [[String: Any]])[1]["checkin_code"] as? String)

        // Requests wait for approval; approvals fill the two seats; a nomination then waits.
        let ra = try body(try await apiA.send(.POST, "/api/v1/activities/\(id)/enrolments"))
        XCTAssertEqual(ra["state"] as? String, "requested")
        let rb = try body(try await apiB.send(.POST, "/api/v1/activities/\(id)/enrolments"))
        await eq(try await apiA.send(.POST, "/api/v1/activities/\(id)/enrolments").status, .conflict)
        // A colleague cannot put someone else forward (nor learn whether that NIP exists).
        await eq(
            try await apiA.send(.POST, "/api/v1/activities/\(id)/enrolments", json: #"{"nip":"\#(c.nip)"}"#).status,
            .notFound)
        for r in [ra, rb] {
            let d = try body(
                try await manager.send(
                    .POST, "/api/v1/enrolments/\(r["enrolment_id"]!)/decision", json: #"{"approve":true}"#))
            XCTAssertEqual(d["state"] as? String, "enrolled")
        }
        let rc = try body(
            try await manager.send(.POST, "/api/v1/activities/\(id)/enrolments", json: #"{"nip":"\#(c.nip)"}"#))
        XCTAssertEqual(rc["state"] as? String, "waitlisted")
        // B steps back: C, the longest waiting, moves up.
        await eq(try await apiB.send(.DELETE, "/api/v1/enrolments/\(rb["enrolment_id"]!)").status, .ok)
        let cState = try await Enrolment.find(UUID(uuidString: rc["enrolment_id"] as! String), on: db)!.state
        XCTAssertEqual(cState, "enrolled")

        // The facilitator marks yesterday; an unknown NIP refuses the whole list; another facilitator may not.
        let s1 = sessions[0]["id"] as! String
        let marksBefore = try await count("attendance")
        let bad = try await facilitator.send(
            .PUT, "/api/v1/activities/\(id)/sessions/\(s1)/attendance", json: #"{"present":["\#(a.nip)","\#(b.nip)"]}"#)
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.body.string.contains(b.nip))
        await eq(try await count("attendance"), marksBefore)
        await eq(
            try await stranger.send(
                .PUT, "/api/v1/activities/\(id)/sessions/\(s1)/attendance", json: #"{"present":["\#(a.nip)"]}"#
            ).status, .forbidden)
        let marked = try await facilitator.send(
            .PUT, "/api/v1/activities/\(id)/sessions/\(s1)/attendance", json: #"{"present":["\#(a.nip)","\#(c.nip)"]}"#)
        XCTAssertEqual(try body(marked)["present"] as? Int, 2)

        // A checks in today with the code at the venue (typed in lower case); a wrong code is refused.
        let code = (sessions[1]["checkin_code"] as! String).lowercased()
        await eq(
            try await apiA.send(.POST, "/api/v1/activities/\(id)/check-in", json: #"{"code":"ZZZZZZ"}"#).status,
            .unprocessableEntity)
        await eq(
            try await apiA.send(.POST, "/api/v1/activities/\(id)/check-in", json: #"{"code":"\#(code)"}"#).status, .ok)
        await eq(
            try await apiB.send(.POST, "/api/v1/activities/\(id)/check-in", json: #"{"code":"\#(code)"}"#).status,
            .forbidden)

        // Post-test: A passes, C is not scored. Completion: A completes (2/2, 85), C does not (1/2).
        let participants =
            try body(try await facilitator.get("/api/v1/activities/\(id)"))["participants"] as! [[String: Any]]
        let enrolA = participants.first { $0["nip"] as? String == a.nip }!["enrolment_id"] as! String
        await eq(
            try await facilitator.send(.PUT, "/api/v1/enrolments/\(enrolA)/post-test", json: #"{"score":85}"#).status,
            .ok)
        await eq(try await facilitator.send(.POST, "/api/v1/activities/\(id)/complete").status, .forbidden)
        let outcome = try body(try await manager.send(.POST, "/api/v1/activities/\(id)/complete"))
        XCTAssertEqual(outcome["completed"] as? Int, 1)
        XCTAssertEqual(outcome["not_completed"] as? Int, 1)
        await eq(try await manager.send(.POST, "/api/v1/activities/\(id)/complete").status, .conflict)
        // Once closed, the marks and scores it was judged on stay as they were.
        let marksAtClose = try await count("attendance")
        let emptied = try await facilitator.send(
            .PUT, "/api/v1/activities/\(id)/sessions/\(s1)/attendance", json: #"{"present":[]}"#)
        XCTAssertEqual(emptied.status, .conflict)
        await eq(try await count("attendance"), marksAtClose)
        await eq(
            try await facilitator.send(.PUT, "/api/v1/enrolments/\(enrolA)/post-test", json: #"{"score":10}"#).status,
            .conflict)

        // A's JP now holds the activity; the certificate checks out publicly, masked.
        let hours = try body(try await apiA.get("/api/v1/employees/\(a.nip)/learning-hours"))
        let entry = (hours["entries"] as! [[String: Any]]).first {
            $0["source"] as? String == "activity" && $0["title"] as? String == "Pelayanan Publik Prima"
        }!
        XCTAssertEqual(entry["jp"] as? Int, 8)
        XCTAssertEqual(entry["title"] as? String, "Pelayanan Publik Prima")
        let certificate = entry["certificate_no"] as! String
        let typed = VerificationCode.display(certificate).lowercased()
        let check = try body(try await app.sendRequest(.GET, "/api/v1/certificates/\(typed)"))
        XCTAssertEqual(check["activity"] as? String, "Pelayanan Publik Prima")
        XCTAssertEqual(check["jp"] as? Int, 8)
        XCTAssertFalse((check["nip"] as! String).contains(String(a.nip.dropFirst(4).prefix(8))), "NIP masked")
        let page = try await app.sendRequest(.GET, "/verifikasi/\(typed)")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Sertifikat sah"))
        await eq(try await app.sendRequest(.GET, "/verifikasi/AAAAA-AAAAA").status, .notFound)
        let cNote = try await Enrolment.find(UUID(uuidString: rc["enrolment_id"] as! String), on: db)!
        XCTAssertEqual(cNote.state, "not_completed")
        XCTAssertNil(cNote.certificateCode)
        XCTAssertTrue(cNote.outcomeNote?.contains("Kehadiran") ?? false, cNote.outcomeNote ?? "")
    }

    /// Coaching as an activity still counts at most 2 sessions a month: closing credits what fits and
    /// tells the participant why.
    func testClosingACappedFormCreditsWithinItsCaps() async throws {
        try await world()
        let medan = try await agencyID("medan")
        let coachee = try await Employee.query(on: db).filter(\.$agencyID == medan).filter(\.$status == "pns").sort(
            \.$nip
        )
        .first()!
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let today = TestClock.today
        func coaching(_ days: [Int]) async throws -> String {
            let sessions = days.map { d in
                #"{"date":"\#(CivilDate(year: today.year, month: today.month, day: d)!.iso)","starts_at":"09:00","ends_at":"10:30"}"#
            }.joined(separator: ",")
            let created = try await manager.send(
                .POST, "/api/v1/agencies/medan/activities",
                json: #"""
                    {"title":"Coaching Penyusunan Laporan","jenis_diklat_id":14,"place":"Ruang Kepala Bidang","capacity":5,"requires_approval":false,
                     "min_attendance_percent":0,"cost_per_participant":0,"sessions":[\#(sessions)],"competencies":[],"facilitators":[]}
                    """#)
            XCTAssertEqual(created.status, .created, created.text)
            let id = try body(created)["id"] as! String
            let enrolled = try await manager.send(
                .POST, "/api/v1/activities/\(id)/enrolments", json: #"{"nip":"\#(coachee.nip)"}"#)
            XCTAssertEqual(try body(enrolled)["state"] as? String, "enrolled")
            await eq(try await manager.send(.POST, "/api/v1/activities/\(id)/complete").status, .ok)
            return id
        }
        struct Line: Decodable { var jpHundredths: Int }
        func lines(_ id: String) async throws -> [Int] {
            try await sql.raw(
                "SELECT jp_hundredths FROM learning_entries WHERE source_id = \(bind: UUID(uuidString: id)!)"
            )
            .rows(Line.self).map(\.jpHundredths)
        }
        func note(_ id: String) async throws -> String? {
            let found = try await Enrolment.query(on: db).filter(\.$activityID == UUID(uuidString: id)!).first()
            return found!.outcomeNote
        }

        // Four sessions of 2 JP in one month: 2 count.
        let first = try await coaching([1, 8, 15, 22])
        let created = try await lines(first)
        XCTAssertEqual(created, [400])
        let firstNote = try await note(first)
        XCTAssertTrue(firstNote?.hasPrefix("Dihitung 2 dari 4 sesi (4 JP dari 8 JP)") ?? false, firstNote ?? "")
        // Another coaching that month adds nothing: completed, with the reason, and no ledger line.
        let second = try await coaching([23])
        let none = try await lines(second)
        XCTAssertEqual(none, [])
        let secondNote = try await note(second)
        XCTAssertTrue(secondNote?.hasPrefix("Tidak menambah JP") ?? false, secondNote ?? "")
        let state = try await Enrolment.query(on: db).filter(\.$activityID == UUID(uuidString: second)!).first()!.state
        XCTAssertEqual(state, "completed")
    }

    /// The test world, two PNS of Medan signed in to the API, and Medan's manager.
    private func twoParticipantsAndManager() async throws -> (APIClient, APIClient, APIClient) {
        try await world()
        let medan = try await agencyID("medan")
        let staff = try await Employee.query(on: db).filter(\.$agencyID == medan).filter(\.$status == "pns").sort(
            \.$nip
        )
        .range(0..<2).all()
        return (
            try await user(staff[0], username: "peserta.a", agency: medan),
            try await user(staff[1], username: "peserta.b", agency: medan),
            try await APIClient.signIn(app, "pengelola.medan")
        )
    }

    /// A manager moves an activity from registration to running (no more requests) or cancels it
    /// (every place ends, with a note); nobody else may, and finishing stays with closing.
    func testStatusChangesByHand() async throws {
        let (apiA, apiB, manager) = try await twoParticipantsAndManager()
        let next = TestClock.today.addingDays(7)
        let created = try await manager.send(
            .POST, "/api/v1/agencies/medan/activities",
            json: activityJSON(
                capacity: 5, approval: false, passing: nil, facilitators: [], sessions: [(next.iso, "08:00", "12:00")]))
        let id = try body(created)["id"] as! String
        let a = try body(try await apiA.send(.POST, "/api/v1/activities/\(id)/enrolments"))
        XCTAssertEqual(a["state"] as? String, "enrolled")

        await eq(
            try await apiA.send(.PUT, "/api/v1/activities/\(id)/status", json: #"{"status":"cancelled"}"#).status,
            .forbidden)
        await eq(
            try await manager.send(.PUT, "/api/v1/activities/\(id)/status", json: #"{"status":"finished"}"#).status,
            .conflict)
        await eq(
            try await manager.send(.PUT, "/api/v1/activities/\(id)/status", json: #"{"status":"later"}"#).status,
            .unprocessableEntity)
        let running = try body(
            try await manager.send(.PUT, "/api/v1/activities/\(id)/status", json: #"{"status":"running"}"#))
        XCTAssertEqual(running["status"] as? String, "running")
        await eq(try await apiB.send(.POST, "/api/v1/activities/\(id)/enrolments").status, .conflict)
        await eq(
            try await manager.send(.PUT, "/api/v1/activities/\(id)/status", json: #"{"status":"open"}"#).status,
            .conflict)

        // Cancelling from the page: the place ends with a note, and the change is audited.
        var page = Browser(app)
        _ = try await page.login("pengelola.medan")
        let shown = try await page.get("/kegiatan/\(id)")
        XCTAssertTrue(shown.text.contains("Ya, batalkan kegiatan"))
        await eq(try await page.post("/kegiatan/\(id)/status", form: ["status": "cancelled"]).status, .seeOther)
        let place = try await Enrolment.find(UUID(uuidString: a["enrolment_id"] as! String), on: db)!
        XCTAssertEqual(place.state, "cancelled")
        XCTAssertEqual(place.outcomeNote, "Kegiatan dibatalkan oleh penyelenggara.")
        let audited = try await AuditEntry.query(on: db).filter(\.$entityID == id).filter(\.$action == "status").count()
        XCTAssertEqual(audited, 2)
        let again = try await page.post("/kegiatan/\(id)/status", form: ["status": "open"])
        XCTAssertEqual(again.status, .conflict)
        XCTAssertTrue(again.text.contains("sudah dibatalkan"))
    }

    /// PUT changes an activity: a raised capacity moves the waiting list up; the schedule stays once
    /// attendance is recorded (409, naming the sessions).
    func testChangingAnActivityThroughTheAPI() async throws {
        let (apiA, apiB, manager) = try await twoParticipantsAndManager()
        let today = TestClock.today
        let one = activityJSON(
            capacity: 1, approval: false, passing: nil, facilitators: [], sessions: [(today.iso, "08:00", "12:00")])
        let id =
            try body(try await manager.send(.POST, "/api/v1/agencies/medan/activities", json: one))["id"] as! String
        _ = try await apiA.send(.POST, "/api/v1/activities/\(id)/enrolments")
        let b = try body(try await apiB.send(.POST, "/api/v1/activities/\(id)/enrolments"))
        XCTAssertEqual(b["state"] as? String, "waitlisted")

        await eq(try await apiA.send(.PUT, "/api/v1/activities/\(id)", json: one).status, .forbidden)
        let two = one.replacingOccurrences(of: #""capacity":1"#, with: #""capacity":2"#)
        let raised = try body(try await manager.send(.PUT, "/api/v1/activities/\(id)", json: two))
        XCTAssertEqual(raised["capacity"] as? Int, 2)
        let bState = try await Enrolment.find(UUID(uuidString: b["enrolment_id"] as! String), on: db)!.state
        XCTAssertEqual(bState, "enrolled")

        let session = (raised["sessions"] as! [[String: Any]])[0]
        let code = session["checkin_code"] as! String
        await eq(
            try await apiA.send(.POST, "/api/v1/activities/\(id)/check-in", json: #"{"code":"\#(code)"}"#).status, .ok)
        let moved = two.replacingOccurrences(of: #""starts_at":"08:00""#, with: #""starts_at":"07:30""#)
        let refused = try await manager.send(.PUT, "/api/v1/activities/\(id)", json: moved)
        XCTAssertEqual(refused.status, .conflict)
        XCTAssertTrue(refused.body.string.contains("sessions"), refused.body.string)
        let bad = try await manager.send(
            .PUT, "/api/v1/activities/\(id)",
            json: two.replacingOccurrences(of: #""jenis_diklat_id":3"#, with: #""jenis_diklat_id":30"#))
        XCTAssertEqual(bad.status, .unprocessableEntity)
    }

    func testEnrolmentByGapFillsSeatsByLargestGapAndWaitlistsTheRest() async throws {
        let world = try await crowd(8)
        let medan = world.medan.agencyID
        let year = TestClock.year
        // The clerks' standard asks Pelayanan Publik (M.05) at level 3; everyone of Medan is assessed at
        // level 1 by their supervisor, so the clerks and the heads fall short.
        try await build.standard(of: world.medan.clerkPosition, [("M.05", 3), ("M.01", 2)])
        for e in try await medanStaff(0..<20) {
            try await AssessmentService.record(
                .init(
                    agencyID: medan, employeeID: e.id!, code: "M.05", level: 1, source: .supervisor,
                    assessedOn: TestClock.today, assessorID: e.supervisorID, recordedBy: nil, note: nil,
                    evidenceURL: nil),
                today: TestClock.today, on: db)
        }
        let withGap = try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM employees e
            JOIN standard_items si ON si.position_id = e.position_id AND si.year = \(bind: year) AND si.competency_code = 'M.05'
            JOIN current_levels cl ON cl.employee_id = e.id AND cl.competency_code = 'M.05'
            WHERE e.agency_id = \(bind: medan) AND cl.level < si.level
            """
        ).firstRow(CountRow.self)!.n
        XCTAssertGreaterThan(withGap, 5, "gaps in Pelayanan Publik")
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let created = try await manager.send(
            .POST, "/api/v1/agencies/medan/activities",
            json: activityJSON(
                capacity: 5, approval: false, passing: nil, facilitators: [],
                sessions: [("\(year)-12-01", "08:00", "12:00")]))
        let id = try body(created)["id"] as! String
        let first = try body(
            try await manager.send(.POST, "/api/v1/activities/\(id)/enrolments/by-gap", json: #"{"competency":"m.05"}"#)
        )
        XCTAssertEqual(first["enrolled"] as? Int, 5)
        XCTAssertEqual(first["waitlisted"] as? Int, withGap - 5)
        let again = try body(
            try await manager.send(.POST, "/api/v1/activities/\(id)/enrolments/by-gap", json: #"{"competency":"M.05"}"#)
        )
        XCTAssertEqual(again["enrolled"] as? Int, 0)
        XCTAssertEqual(again["already_in"] as? Int, withGap)
        // Someone who gave up their place keeps their row: a later bulk enrolment leaves them be.
        let one = try await Enrolment.query(on: db).filter(\.$activityID == UUID(uuidString: id)!).filter(
            \.$state == "enrolled"
        ).first()!
        await eq(try await manager.send(.DELETE, "/api/v1/enrolments/\(one.id!)").status, .ok)
        let third = try await manager.send(
            .POST, "/api/v1/activities/\(id)/enrolments/by-gap", json: #"{"competency":"M.05"}"#)
        XCTAssertEqual(third.status, .ok, third.body.string)
        XCTAssertEqual(try body(third)["already_in"] as? Int, withGap)
        // Only managers enrol in bulk; other agencies see nothing.
        let staff = try await APIClient.signIn(app, "pegawai.medan")
        await eq(
            try await staff.send(.POST, "/api/v1/activities/\(id)/enrolments/by-gap", json: #"{"competency":"M.05"}"#)
                .status, .forbidden)
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        await eq(try await mamuju.get("/api/v1/activities/\(id)").status, .notFound)
    }

    func testParallelRequestsNeverOverfillTheSeats() async throws {
        try await world()
        let medan = try await agencyID("medan")
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let year = TestClock.year
        let created = try await manager.send(
            .POST, "/api/v1/agencies/medan/activities",
            json: activityJSON(
                capacity: 2, approval: false, passing: nil, facilitators: [],
                sessions: [("\(year)-12-02", "08:00", "12:00")]))
        let id = try body(created)["id"] as! String
        let staff = try await Employee.query(on: db).filter(\.$agencyID == medan).sort(\.$nip).range(0..<6).all()
        let nips = staff.map(\.nip)
        let app = self.app!
        let token = manager.token
        let states = try await withThrowingTaskGroup(of: String.self) { group in
            for nip in nips {
                group.addTask {
                    let r = try await APIClient(app: app, token: token).send(
                        .POST, "/api/v1/activities/\(id)/enrolments", json: #"{"nip":"\#(nip)"}"#)
                    return (try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])?["state"]
                        as? String ?? "\(r.status)"
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        XCTAssertEqual(states.filter { $0 == "enrolled" }.count, 2, "\(states)")
        XCTAssertEqual(states.filter { $0 == "waitlisted" }.count, 4, "\(states)")
    }

    func testInvalidActivitiesAreRefusedFieldByField() async throws {
        try await world()
        let before = try await count("activities")
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let bad = try await manager.send(
            .POST, "/api/v1/agencies/medan/activities",
            json: #"""
                {"title":"","jenis_diklat_id":40,"sessions":[{"date":"2026-13-01","starts_at":"08:00","ends_at":"07:00"}],
                 "competencies":[{"code":"X.99","level":2}]}
                """#)
        XCTAssertEqual(bad.status, .unprocessableEntity)
        for field in ["title", "jenis_diklat_id", "sessions.1.date", "competencies.1.code"] {
            XCTAssertTrue(bad.body.string.contains(field), "\(field): \(bad.body.string)")
        }
        await eq(try await count("activities"), before)
        let staff = try await APIClient.signIn(app, "pegawai.medan")
        await eq(try await staff.send(.POST, "/api/v1/agencies/medan/activities", json: "{}").status, .forbidden)
    }
}
