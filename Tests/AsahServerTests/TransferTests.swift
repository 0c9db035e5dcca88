import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// Mutasi between agencies: Mamuju asks Medan for a NIP, Medan's manager decides, and the person moves
/// with their ledger, assessments and certificates, each line still saying where it was earned.
/// Batanghari, a third agency, sees nothing of it.
final class TransferTests: AppTestCase {
    func request(_ api: APIClient, _ nip: String, into code: String = "mamuju") async throws -> XCTHTTPResponse {
        try await api.send(.POST, "/api/v1/agencies/\(code)/transfers", json: #"{"nip":"\#(nip)"}"#)
    }

    func pns(_ api: APIClient, _ code: String) async throws -> Int {
        try json(try await api.get("/api/v1/agencies/\(code)/learning-hours/compliance"))["pns"] as? Int ?? -1
    }

    func testATransferCarriesTheHistoryAndIsInvisibleToAThirdAgency() async throws {
        let world = try await world()
        let m = world.medan
        try await build.agencyWithManager("batanghari", name: "Pemerintah Kabupaten Batang Hari", province: "Jambi")
        // Siti's history in Medan: a finished course with its certificate, a seminar, an assessment, and a
        // place in a course still to come.
        let finished = try await build.finishedActivity("Pelayanan Prima", in: m.agency, people: [m.staff])
        try await credit(m.staff, "2026-03-02", 1000, title: "Seminar Keselamatan Jalan")
        let coming = try await build.activity("Manajemen Lalu Lintas", in: m.agency)
        try await build.enrol([m.staff], in: coming)
        let medan = try await APIClient.signIn(app, "pengelola.medan")
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        let batanghari = try await APIClient.signIn(app, "pengelola.batanghari")
        let rated = try await medan.send(
            .POST, "/api/v1/employees/\(m.staff.nip)/assessments",
            json:
                #"{"competency":"M.01","level":3,"source":"assessment_center","assessed_on":"\#(TestClock.today.iso)"}"#
        )
        XCTAssertEqual(rated.status, .created, rated.text)
        // A result in one of Medan's own teknis competencies (as an import of another position's test writes it).
        try await sql.raw(
            """
            INSERT INTO assessments (id, agency_id, employee_id, competency_code, level, source, assessed_on)
            VALUES (\(bind: UUID()), \(bind: m.agencyID), \(bind: m.staff.id!), 'T.HUB.01', 2, 'assessment_center',
                    \(bind: TestClock.today.iso))
            """
        ).run()
        try await sql.raw(
            """
            INSERT INTO current_levels (id, agency_id, employee_id, competency_code, level, assessed_on)
            VALUES (\(bind: UUID()), \(bind: m.agencyID), \(bind: m.staff.id!), 'T.HUB.01', 2, \(bind: TestClock.today.iso))
            """
        ).run()
        let before = try json(try await medan.get("/api/v1/employees/\(m.staff.nip)/learning-hours"))
        let total = try XCTUnwrap(before["total_jp"] as? Double)
        XCTAssertGreaterThan(total, 10)
        await eq(try await pns(medan, "medan"), 5)
        await eq(try await pns(mamuju, "mamuju"), 5)
        var siti = Browser(app)
        _ = try await siti.login("pegawai.medan")

        // Mamuju asks by NIP: it learns the request went to Medan, not who the person is.
        let asked = try await request(mamuju, m.staff.nip)
        XCTAssertEqual(asked.status, .created, asked.text)
        let t = try json(asked)
        let id = try XCTUnwrap(t["id"] as? String)
        XCTAssertEqual(t["state"] as? String, "pending")
        XCTAssertEqual((t["from"] as? [String: Any])?["code"] as? String, "medan")
        XCTAssertTrue(t["name"] is NSNull, "\(t)")
        await eq(try await request(mamuju, m.staff.nip).status, .conflict, "asked already")
        await eq(try await mamuju.get("/api/v1/employees/\(m.staff.nip)").status, .notFound)
        // Medan sees whom it is asked for; Mamuju cannot decide; Batanghari sees nothing.
        await eq(try json(try await medan.get("/api/v1/transfers/\(id)"))["name"] as? String, m.staff.name)
        await eq(
            try await mamuju.send(.POST, "/api/v1/transfers/\(id)/decision", json: #"{"approve":true}"#).status,
            .forbidden)
        await eq(try await batanghari.get("/api/v1/transfers/\(id)").status, .notFound)
        await eq(
            try await batanghari.send(.POST, "/api/v1/transfers/\(id)/decision", json: #"{"approve":true}"#).status,
            .notFound)
        await eq(try await batanghari.get("/api/v1/agencies/medan/transfers").status, .notFound)
        let listed = try json(try await batanghari.get("/api/v1/agencies/batanghari/transfers"))
        XCTAssertEqual((listed["items"] as? [Any])?.count, 0)

        // Medan approves.
        let approved = try await medan.send(.POST, "/api/v1/transfers/\(id)/decision", json: #"{"approve":true}"#)
        XCTAssertEqual(approved.status, .ok, approved.text)
        XCTAssertEqual(try json(approved)["state"] as? String, "approved")
        await eq(
            try await medan.send(.POST, "/api/v1/transfers/\(id)/decision", json: #"{"approve":false}"#).status,
            .conflict, "decided once")

        // Siti is Mamuju's now, with everything she earned in Medan, marked as such.
        await eq(try await mamuju.get("/api/v1/employees/\(m.staff.nip)").status, .ok)
        await eq(try await medan.get("/api/v1/employees/\(m.staff.nip)").status, .notFound)
        await eq(try await batanghari.get("/api/v1/employees/\(m.staff.nip)").status, .notFound)
        let after = try json(try await mamuju.get("/api/v1/employees/\(m.staff.nip)/learning-hours"))
        XCTAssertEqual(after["total_jp"] as? Double, total)
        let entries = try XCTUnwrap(after["entries"] as? [[String: Any]])
        XCTAssertEqual(entries.count, 2)
        XCTAssertEqual(Set(entries.compactMap { $0["earned_at"] as? String }), ["Pemerintah Kota Medan"])
        await eq(try await pns(medan, "medan"), 4)
        await eq(try await pns(mamuju, "mamuju"), 6)
        struct Held: Decodable { var agencyID: UUID; var level: Int; var originAgencyID: UUID? }
        let level = try await sql.raw(
            "SELECT agency_id, level, NULL AS origin_agency_id FROM current_levels WHERE employee_id = \(bind: m.staff.id!)"
        ).firstRow(Held.self)
        XCTAssertEqual(level?.agencyID, world.mamuju.agencyID)
        XCTAssertEqual(level?.level, 3)
        let assessments = try await sql.raw(
            "SELECT agency_id, level, origin_agency_id FROM assessments WHERE employee_id = \(bind: m.staff.id!)"
        ).rows(Held.self)
        XCTAssertEqual(assessments.count, 2, "the teknis result stays in the history")
        XCTAssertTrue(
            assessments.allSatisfy { $0.agencyID == world.mamuju.agencyID && $0.originAgencyID == m.agencyID })
        let levels = try await sql.raw(
            "SELECT COUNT(*) AS n FROM current_levels WHERE employee_id = \(bind: m.staff.id!)"
        ).firstRow(CountRow.self)?.n
        XCTAssertEqual(levels, 1, "Medan's teknis code means nothing in Mamuju: only M.01 carries over")
        // A line Medan writes later (a session confirmed after the move) lands in her ledger in Mamuju.
        try await credit(m.staff, "2026-07-14", 200, title: "Sesi mentoring terakhir di Medan")
        let late = try await LearningEntry.query(on: db).filter(\.$title == "Sesi mentoring terakhir di Medan").first()
        XCTAssertEqual(late?.agencyID, world.mamuju.agencyID)
        let lateRow = try await sql.raw(
            "SELECT agency_id, 0 AS level, origin_agency_id FROM learning_entries WHERE id = \(bind: late!.id!)"
        ).firstRow(Held.self)
        XCTAssertEqual(lateRow?.originAgencyID, m.agencyID)
        // The certificate still verifies; the place in Medan's coming course is given up.
        let certificate = try await Enrolment.query(on: db).filter(\.$activityID == finished.id!).first()
        let code = try XCTUnwrap(certificate?.certificateCode)
        await eq(try await medan.get("/api/v1/certificates/\(code)").status, .ok)
        await eq(
            try await Enrolment.query(on: db).filter(\.$activityID == coming.id!).first()?.state,
            EnrolmentState.cancelled.rawValue)
        // Placed by Mamuju: no unit, position or supervisor of Medan's; her account goes along as a plain
        // employee's and her sessions ended.
        let found = try await Employee.find(m.staff.id, on: db)
        let moved = try XCTUnwrap(found)
        XCTAssertEqual(moved.agencyID, world.mamuju.agencyID)
        XCTAssertNil(moved.unitID)
        XCTAssertNil(moved.supervisorID)
        await eq(try await siti.get("/").status, .seeOther, "her session ended")
        let account = try await User.query(on: db).filter(\.$username == "pegawai.medan").first()
        XCTAssertEqual(account?.agencyID, world.mamuju.agencyID)
        XCTAssertEqual(account?.roles, [.employee])
        _ = try await siti.login("pegawai.medan")
        let page = try await siti.get("/pegawai/\(m.staff.nip)/jp")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.text.contains("Diperoleh di Pemerintah Kota Medan"))
        // The head who supervised her in Medan reads her no more.
        let head = try await APIClient.signIn(app, "kepala.medan")
        await eq(try await head.get("/api/v1/employees/\(m.staff.nip)").status, .notFound)
        // Both agencies' audit logs hold the request and the decision.
        for agency in [m.agencyID, world.mamuju.agencyID] {
            let logged = try await AuditEntry.query(on: db).filter(\.$agencyID == agency)
                .filter(\.$entity == "transfer").count()
            XCTAssertEqual(logged, 2)
        }
    }

    func testRequestsAndDecisionsThatCannotBe() async throws {
        let world = try await world()
        let m = world.medan
        let medan = try await APIClient.signIn(app, "pengelola.medan")
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        let bad = try await request(mamuju, "12345")
        XCTAssertEqual(bad.status, .unprocessableEntity)
        let error = try json(bad)["error"] as? [String: Any]
        XCTAssertEqual(((error?["details"] as? [[String: Any]])?.first)?["field"] as? String, "nip")
        await eq(try await request(mamuju, "199001012015011999").status, .unprocessableEntity, "nobody's NIP")
        await eq(try await request(mamuju, world.mamuju.staff.nip).status, .conflict, "already Mamuju's")
        await eq(try await mamuju.send(.POST, "/api/v1/agencies/mamuju/transfers", json: "[1,2]").status, .badRequest)

        // A no, with its reason, leaves the person where they are.
        let asked = try json(try await request(mamuju, m.colleague.nip))
        let no = try await medan.send(
            .POST, "/api/v1/transfers/\(asked["id"] as! String)/decision",
            json: #"{"approve":false,"reason":"Masih dibutuhkan di Dinas Perhubungan."}"#)
        XCTAssertEqual(no.status, .ok, no.text)
        XCTAssertEqual(try json(no)["reason"] as? String, "Masih dibutuhkan di Dinas Perhubungan.")
        await eq(try await Employee.find(m.colleague.id, on: db)?.agencyID, m.agencyID)
        // Asking again after a no is a new request.
        await eq(try await request(mamuju, m.colleague.nip).status, .created)

        // A retired person cannot move: 409, nothing written.
        let retired = try json(try await request(mamuju, m.outsider.nip))
        _ = try await medan.send(
            .PUT, "/api/v1/employees/\(m.outsider.nip)/employment", json: #"{"state":"pensiun","since":"2026-07-01"}"#)
        let refused = try await medan.send(
            .POST, "/api/v1/transfers/\(retired["id"] as! String)/decision", json: #"{"approve":true}"#)
        XCTAssertEqual(refused.status, .conflict, refused.text)
        await eq(try await Employee.find(m.outsider.id, on: db)?.agencyID, m.agencyID)
        await eq(
            try json(try await medan.get("/api/v1/transfers/\(retired["id"] as! String)"))["state"] as? String,
            "pending")
        await eq(
            try await medan.send(.POST, "/api/v1/transfers/\(retired["id"] as! String)/decision", json: "{}").status,
            .unprocessableEntity)
    }

    /// The same approval twenty times at once: one moves the person, the rest are told it was decided;
    /// the ledger line moved once.
    func testTwentyApprovalsAtOnceMoveThePersonOnce() async throws {
        let world = try await world()
        let m = world.medan
        try await credit(m.staff, "2026-03-02", 1000)
        let medan = try await APIClient.signIn(app, "pengelola.medan")
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        let id = try json(try await request(mamuju, m.staff.nip))["id"] as! String
        let codes = try await together(20) { _ in
            try await medan.send(.POST, "/api/v1/transfers/\(id)/decision", json: #"{"approve":true}"#).status.code
        }
        XCTAssertEqual(codes.filter { $0 == 200 }.count, 1, "\(codes)")
        XCTAssertEqual(codes.filter { $0 == 409 }.count, 19, "\(codes)")
        let lines = try await LearningEntry.query(on: db).filter(\.$employeeID == m.staff.id!).all()
        XCTAssertEqual(lines.count, 1)
        XCTAssertEqual(lines.first?.agencyID, world.mamuju.agencyID)
    }

    /// Approving one request answers the others for the same person; the sending agency's last active
    /// manager cannot be moved away.
    func testOtherRequestsAreAnsweredAndTheLastManagerStays() async throws {
        let world = try await world()
        let m = world.medan
        try await build.agencyWithManager("batanghari", name: "Pemerintah Kabupaten Batang Hari", province: "Jambi")
        let medan = try await APIClient.signIn(app, "pengelola.medan")
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        let batanghari = try await APIClient.signIn(app, "pengelola.batanghari")
        let first = try json(try await request(mamuju, m.colleague.nip))["id"] as! String
        let second = try json(try await request(batanghari, m.colleague.nip, into: "batanghari"))["id"] as! String
        await eq(
            try await medan.send(.POST, "/api/v1/transfers/\(first)/decision", json: #"{"approve":true}"#).status, .ok)
        let other = try json(try await medan.get("/api/v1/transfers/\(second)"))
        XCTAssertEqual(other["state"] as? String, "rejected")
        XCTAssertEqual(other["reason"] as? String, "Pegawai ini sudah dimutasi ke instansi lain.")

        // Siti is made Medan's only active manager; the administrator cannot approve her move.
        let account = try await User.query(on: db).filter(\.$username == "pegawai.medan").first()
        let siti = try XCTUnwrap(account)
        siti.rolesText = User.encode([.employee, .manager])
        try await siti.save(on: db)
        try await sql.raw("UPDATE users SET is_active = \(bind: false) WHERE username = 'pengelola.medan'").run()
        let asked = try json(try await request(mamuju, m.staff.nip))["id"] as! String
        let admin = try await APIClient.signIn(app, "admin")
        let refused = try await admin.send(.POST, "/api/v1/transfers/\(asked)/decision", json: #"{"approve":true}"#)
        XCTAssertEqual(refused.status, .conflict, refused.text)
        await eq(try await Employee.find(m.staff.id, on: db)?.agencyID, m.agencyID)
    }
}
