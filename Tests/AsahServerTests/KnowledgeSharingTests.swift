import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Komunitas belajar: the host records a session; it credits JP (within 2 JP a day each) only once a
/// manager or a unit head of the host's unit confirms it, never the host; dates only within the
/// agency's window, never in a closed year or the future; attendees of the same agency.
final class KnowledgeSharingTests: AppTestCase {
    struct Cast {
        var medan: UUID
        var host: Employee
        var colleagues: [Employee]
        var mamujuNIP: String
    }

    /// The world's `pegawai.medan` hosts, with three colleagues of Medan (one of another unit).
    func cast() async throws -> Cast {
        let world = try await world()
        let medan = world.medan
        return Cast(
            medan: medan.agencyID, host: medan.staff, colleagues: [medan.colleague, medan.pppk, medan.outsider],
            mamujuNIP: world.mamuju.staff.nip)
    }

    /// A unit head account for someone of a Medan unit outside the host's unit subtree.
    func headOfAnotherUnit(_ c: Cast) async throws -> String {
        let hostPath = try await Unit.find(c.host.unitID, on: db)!.path
        let units = try await Unit.query(on: db).filter(\.$agencyID == c.medan).all()
        for unit in units where !hostPath.hasPrefix(unit.path) && !unit.path.hasPrefix(hostPath) {
            guard let e = try await Employee.query(on: db).filter(\.$unitID == unit.id!).first() else { continue }
            let user = User(
                username: "kepala.lain", passwordHash: try Bcrypt.hash(Self.employeePassword, cost: 4),
                displayName: e.name,
                roles: [.unitHead, .employee], agencyID: c.medan, employeeID: e.id, unitID: unit.id)
            try await user.create(on: db)
            return user.username
        }
        XCTFail("no other unit with staff")
        return ""
    }

    func knowledgeLines(_ session: UUID? = nil) async throws -> [LearningEntry] {
        var q = LearningEntry.query(on: db).filter(\.$source == LearningEntry.Source.knowledgeSharing.rawValue)
        if let session { q = q.filter(\.$sourceID == session) }
        return try await q.all()
    }

    func testJPOnlyOnceTheHostsUnitHeadConfirmsAndWithinTheDaysCap() async throws {
        let c = try await cast()
        let day = TestClock.today.iso
        var host = Browser(app)
        _ = try await host.login("pegawai.medan")
        await eq(try await host.get("/instansi/medan/komunitas-belajar").status, .ok)

        // Someone of another agency among the attendees: nothing is saved, and the page says who.
        let bad = try await host.post(
            "/instansi/medan/komunitas-belajar",
            form: [
                "topic": "Praktik baik izin trayek", "held_on": day, "minutes": "90",
                "attendees": (c.colleagues.map(\.nip) + [c.mamujuNIP]).joined(separator: "\n"),
            ])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains(c.mamujuNIP))
        await eq(try await count("knowledge_sessions"), 0)

        // Two sessions of 90 minutes the same day: recorded, waiting, crediting nobody.
        for topic in ["Praktik baik izin trayek", "Aplikasi pengaduan warga"] {
            let ok = try await host.post(
                "/instansi/medan/komunitas-belajar",
                form: [
                    "topic": topic, "held_on": day, "minutes": "90",
                    "attendees": c.colleagues.map(\.nip).joined(separator: ", "),
                ])
            XCTAssertEqual(ok.status, .seeOther, ok.text)
        }
        await eq(try await knowledgeLines().count, 0, "nobody is credited before confirmation")
        let mine = try await host.get("/instansi/medan/komunitas-belajar")
        XCTAssertTrue(mine.text.contains("Menunggu konfirmasi"))
        XCTAssertFalse(mine.text.contains("/konfirmasi\""), "the host gets no button to confirm their own")
        let sessions = try await sql.raw("SELECT id FROM knowledge_sessions ORDER BY created_at").rows(ID.self)
            .map(\.id)
        XCTAssertEqual(sessions.count, 2)
        // Colleagues do not see a pending session in the list.
        var colleague = try await browser(as: c.colleagues[0])
        let page1 = try await colleague.get("/instansi/medan/komunitas-belajar").text
        XCTAssertFalse(page1.contains("Aplikasi pengaduan warga"))

        // The host may not confirm; the unit head of Dinas Perhubungan does, from the page.
        await eq(try await host.post("/sesi-komunitas/\(sessions[0])/konfirmasi", form: [:]).status, .forbidden)
        await eq(try await knowledgeLines().count, 0)
        var head = Browser(app)
        _ = try await head.login("kepala.medan")
        let queue = try await head.get("/instansi/medan/komunitas-belajar")
        XCTAssertTrue(queue.text.contains("Menunggu konfirmasi Anda"))
        XCTAssertTrue(queue.text.contains("/sesi-komunitas/\(sessions[1].uuidString)/konfirmasi"))
        XCTAssertTrue(queue.text.contains("Tolak"))
        for s in sessions {
            await eq(try await head.post("/sesi-komunitas/\(s)/konfirmasi", form: [:]).status, .seeOther)
        }

        // 90 minutes = 2 JP for each of the four; the second session that day adds nothing more.
        let lines = try await knowledgeLines()
        XCTAssertEqual(lines.count, 4, "the second session credits nobody: the day's 2 JP are used")
        XCTAssertEqual(Set(lines.map(\.jpHundredths)), [200])
        XCTAssertEqual(Set(lines.map(\.employeeID)), Set([c.host.id!] + c.colleagues.map { $0.id! }))
        let notes = try await sql.raw("SELECT COUNT(*) AS n FROM knowledge_attendees WHERE credit_note IS NOT NULL")
            .firstRow(CountRow.self)!.n
        XCTAssertEqual(notes, 4)
        // Confirming again is refused and credits nothing more.
        await eq(try await head.post("/sesi-komunitas/\(sessions[0])/konfirmasi", form: [:]).status, .conflict)
        await eq(try await knowledgeLines().count, 4)
        let page2 = try await colleague.get("/instansi/medan/komunitas-belajar").text
        XCTAssertTrue(page2.contains("Aplikasi pengaduan warga"))
        // Managers without an employee record do not host; another agency does not see the page.
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        await eq(try await manager.post("/instansi/medan/komunitas-belajar", form: ["topic": "x"]).status, .forbidden)
        var other = Browser(app)
        _ = try await other.login("pengelola.mamuju")
        await eq(try await other.get("/instansi/medan/komunitas-belajar").status, .notFound)
    }

    func testOnlyAManagerOrAUnitHeadAboveTheHostConfirmsAndNeverTheHost() async throws {
        let c = try await cast()
        let day = TestClock.today.iso
        var host = Browser(app)
        _ = try await host.login("pegawai.medan")
        _ = try await host.post(
            "/instansi/medan/komunitas-belajar",
            form: [
                "topic": "Membaca data angkutan", "held_on": day, "minutes": "60", "attendees": c.colleagues[0].nip,
            ])
        let s = try await sql.raw("SELECT id FROM knowledge_sessions").firstRow(ID.self)!.id

        // A unit head of another unit: 403, and the session is not in their queue.
        var elsewhere = Browser(app)
        _ = try await elsewhere.login(try await headOfAnotherUnit(c), password: Self.employeePassword)
        await eq(try await elsewhere.post("/sesi-komunitas/\(s)/konfirmasi", form: [:]).status, .forbidden)
        await eq(try await elsewhere.post("/sesi-komunitas/\(s)/tolak", form: [:]).status, .forbidden)
        let page3 = try await elsewhere.get("/instansi/medan/komunitas-belajar").text
        XCTAssertFalse(page3.contains("Membaca data angkutan"))
        // A manager of another agency: 404, like an unknown id.
        var mamuju = Browser(app)
        _ = try await mamuju.login("pengelola.mamuju")
        await eq(try await mamuju.post("/sesi-komunitas/\(s)/konfirmasi", form: [:]).status, .notFound)
        await eq(try await host.post("/sesi-komunitas/\(UUID())/konfirmasi", form: [:]).status, .notFound)
        await eq(try await host.post("/sesi-komunitas/bukan-id/konfirmasi", form: [:]).status, .notFound)
        await eq(try await knowledgeLines().count, 0)

        // A unit head who hosts may not confirm their own session, though it is in their unit.
        var head = Browser(app)
        _ = try await head.login("kepala.medan")
        let own = try await head.post(
            "/instansi/medan/komunitas-belajar",
            form: [
                "topic": "Kepemimpinan lapangan", "held_on": day, "minutes": "60", "attendees": c.host.nip,
            ])
        XCTAssertEqual(own.status, .seeOther, own.text)
        let headSession = try await sql.raw("SELECT id FROM knowledge_sessions WHERE topic = 'Kepemimpinan lapangan'")
            .firstRow(ID.self)!.id
        let page4 = try await head.get("/instansi/medan/komunitas-belajar").text
        XCTAssertFalse(page4.contains(headSession.uuidString + "/konfirmasi"))
        await eq(try await head.post("/sesi-komunitas/\(headSession)/konfirmasi", form: [:]).status, .forbidden)

        // The agency's manager confirms both; the host of the first sees it confirmed.
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        for id in [s, headSession] {
            await eq(try await manager.post("/sesi-komunitas/\(id)/konfirmasi", form: [:]).status, .seeOther)
        }
        await eq(try await knowledgeLines(s).count, 2)
        await eq(try await knowledgeLines(headSession).count, 2)
        let page5 = try await host.get("/instansi/medan/komunitas-belajar").text
        XCTAssertTrue(page5.contains("Dikonfirmasi"))
        let decided = try await sql.raw(
            "SELECT COUNT(*) AS n FROM knowledge_sessions WHERE decided_by IS NOT NULL AND decided_at IS NOT NULL"
        )
        .firstRow(CountRow.self)!.n
        XCTAssertEqual(decided, 2)
    }

    func testDatesOutsideTheWindowInAClosedYearOrTheFutureAreRefusedByField() async throws {
        let c = try await cast()
        let today = TestClock.today
        var host = Browser(app)
        _ = try await host.login("pegawai.medan")
        func post(_ date: String) async throws -> XCTHTTPResponse {
            try await host.post(
                "/instansi/medan/komunitas-belajar",
                form: [
                    "topic": "Berbagi", "held_on": date, "minutes": "60", "attendees": c.colleagues[0].nip,
                ])
        }
        let old = try await post("2020-03-02")
        XCTAssertEqual(old.status, .unprocessableEntity)
        XCTAssertTrue(old.text.contains("Tahun 2020 sudah ditutup"), old.text)
        XCTAssertTrue(old.text.contains("id=\"f-held_on-err\""), "the message stands at the date field")
        let future = try await post(today.addingDays(1).iso)
        XCTAssertEqual(future.status, .unprocessableEntity)
        XCTAssertTrue(future.text.contains("belum berlangsung"))
        let late = try await post(today.addingDays(-31).iso)
        XCTAssertEqual(late.status, .unprocessableEntity)
        XCTAssertTrue(late.text.contains("30 hari") || late.text.contains("sudah ditutup"), late.text)
        await eq(try await count("knowledge_sessions"), 0)

        // The window is the agency's: a manager widens it to 60 days (0 is refused).
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        await eq(
            try await manager.post("/instansi/medan/komunitas-belajar/pengaturan", form: ["window_days": "0"]).status,
            .unprocessableEntity)
        await eq(
            try await host.post("/instansi/medan/komunitas-belajar/pengaturan", form: ["window_days": "365"]).status,
            .forbidden)
        await eq(
            try await manager.post("/instansi/medan/komunitas-belajar/pengaturan", form: ["window_days": "60"]).status,
            .seeOther)
        let page6 = try await host.get("/instansi/medan/komunitas-belajar").text
        XCTAssertTrue(page6.contains("paling lambat 60 hari"))
        let again = try await post(today.addingDays(-31).iso)
        if today.addingDays(-31).year == today.year {
            XCTAssertEqual(again.status, .seeOther, again.text)
        } else {
            XCTAssertTrue(
                again.text.contains("sudah ditutup"), "31 days back is last year: closed, whatever the window")
        }
        await eq(try await post("2020-03-02").status, .unprocessableEntity)
    }

    func testTheAPIRecordsConfirmsAndRejectsWithFieldErrors() async throws {
        let c = try await cast()
        let today = TestClock.today
        let host = try await APIClient.signIn(app, "pegawai.medan")
        func create(_ date: String, _ nips: [String], minutes: Int = 90) async throws -> XCTHTTPResponse {
            let list = nips.map { "\"\($0)\"" }.joined(separator: ",")
            return try await host.send(
                .POST, "/api/v1/agencies/medan/knowledge-sessions",
                json: #"{"topic":"Praktik baik","held_on":"\#(date)","minutes":\#(minutes),"attendees":[\#(list)]}"#)
        }
        func error(_ r: XCTHTTPResponse) throws -> (code: String, fields: [String], text: String) {
            let e = try json(r)["error"] as? [String: Any] ?? [:]
            let details = e["details"] as? [[String: Any]] ?? []
            return (e["code"] as? String ?? "", details.compactMap { $0["field"] as? String }, r.text)
        }

        // Refused, each naming the field: an attendee of another agency (with the NIP), 2020, tomorrow.
        let stranger = try await create(today.iso, [c.colleagues[0].nip, c.mamujuNIP])
        XCTAssertEqual(stranger.status, .unprocessableEntity)
        XCTAssertEqual(try error(stranger).code, "invalid")
        XCTAssertEqual(try error(stranger).fields, ["attendees"])
        XCTAssertTrue(stranger.text.contains(c.mamujuNIP))
        for date in ["2020-06-01", today.addingDays(1).iso, today.addingDays(-400).iso] {
            let r = try await create(date, [c.colleagues[0].nip])
            XCTAssertEqual(r.status, .unprocessableEntity, date)
            XCTAssertEqual(try error(r).fields, ["held_on"], date)
        }
        await eq(try await count("knowledge_sessions"), 0)

        // Recorded: pending, nobody credited.
        let created = try await create(today.iso, c.colleagues.prefix(2).map(\.nip))
        XCTAssertEqual(created.status, .created, created.text)
        XCTAssertEqual(try json(created)["state"] as? String, "pending")
        let id = try XCTUnwrap(try json(created)["id"] as? String)
        await eq(try await knowledgeLines().count, 0)

        // The host: 403; a unit head of another unit: 403; a manager of another agency: 404; no such id: 404.
        let forbidden = try await host.send(.POST, "/api/v1/knowledge-sessions/\(id)/confirm")
        XCTAssertEqual(forbidden.status, .forbidden)
        XCTAssertEqual(try error(forbidden).code, "forbidden")
        let elsewhere = try await APIClient.signIn(app, try await headOfAnotherUnit(c), password: Self.employeePassword)
        await eq(try await elsewhere.send(.POST, "/api/v1/knowledge-sessions/\(id)/confirm").status, .forbidden)
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        let hidden = try await mamuju.send(.POST, "/api/v1/knowledge-sessions/\(id)/confirm")
        XCTAssertEqual(hidden.status, .notFound)
        XCTAssertEqual(try error(hidden).code, "not_found")
        await eq(
            try await mamuju.send(.POST, "/api/v1/agencies/medan/knowledge-sessions", json: "{}").status, .notFound)
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        await eq(try await manager.send(.POST, "/api/v1/knowledge-sessions/\(UUID())/confirm").status, .notFound)
        await eq(try await knowledgeLines().count, 0)

        // The manager confirms: the session comes back confirmed, three people credited 2 JP once.
        let confirmed = try await manager.send(.POST, "/api/v1/knowledge-sessions/\(id)/confirm")
        XCTAssertEqual(confirmed.status, .ok, confirmed.text)
        let body = try json(confirmed)
        XCTAssertEqual(body["state"] as? String, "confirmed")
        XCTAssertEqual((body["host"] as? [String: Any])?["credited_jp"] as? Double, 2)
        XCTAssertEqual((body["attendees"] as? [[String: Any]])?.count, 2)
        XCTAssertNotNil(body["decided_at"] as? String)
        let lines = try await knowledgeLines(UUID(uuidString: id)!)
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(Set(lines.map(\.jpHundredths)), [200])
        let twice = try await manager.send(.POST, "/api/v1/knowledge-sessions/\(id)/confirm")
        XCTAssertEqual(twice.status, .conflict)
        XCTAssertEqual(try error(twice).code, "conflict")
        await eq(try await manager.send(.POST, "/api/v1/knowledge-sessions/\(id)/reject").status, .conflict)
        await eq(try await knowledgeLines().count, 3, "credited once")

        // Another session is rejected with a note: nobody credited, and it cannot be confirmed after.
        let second = try await create(today.iso, [c.colleagues[2].nip], minutes: 60)
        let secondID = try XCTUnwrap(try json(second)["id"] as? String)
        let head = try await APIClient.signIn(app, "kepala.medan")
        let rejected = try await head.send(
            .POST, "/api/v1/knowledge-sessions/\(secondID)/reject", json: #"{"note":"Peserta tidak hadir"}"#)
        XCTAssertEqual(rejected.status, .ok, rejected.text)
        XCTAssertEqual(try json(rejected)["state"] as? String, "rejected")
        XCTAssertEqual(try json(rejected)["decision_note"] as? String, "Peserta tidak hadir")
        XCTAssertTrue((try json(rejected)["attendees"] as? [[String: Any]])?.first?["credited_jp"] is NSNull)
        await eq(try await manager.send(.POST, "/api/v1/knowledge-sessions/\(secondID)/confirm").status, .conflict)
        await eq(try await knowledgeLines(UUID(uuidString: secondID)!).count, 0)
    }

    /// Sessions recorded before confirmation existed had credited their JP: the migration makes them
    /// confirmed; it reverts cleanly, and a row written without a state waits.
    func testTheMigrationKeepsEarlierSessionsConfirmed() async throws {
        let c = try await cast()
        let migration = M0028_AddKnowledgeSessionStates()
        try await migration.revert(on: db)
        let legacy = UUID()
        try await sql.raw(
            """
            INSERT INTO knowledge_sessions (id, agency_id, host_id, topic, held_on, minutes, created_at)
            VALUES (\(bind: legacy), \(bind: c.medan), \(bind: c.host.id!), 'Sebelum konfirmasi', '2026-01-05', 60, \(bind: TestClock.now))
            """
        ).run()
        try await migration.prepare(on: db)
        struct S: Decodable { var state: String; var decidedAt: Date? }
        let row = try await sql.raw("SELECT state, decided_at FROM knowledge_sessions WHERE id = \(bind: legacy)")
            .firstRow(S.self)!
        XCTAssertEqual(row.state, "confirmed")
        XCTAssertNotNil(row.decidedAt)
        let fresh = UUID()
        try await sql.raw(
            """
            INSERT INTO knowledge_sessions (id, agency_id, host_id, topic, held_on, minutes, created_at)
            VALUES (\(bind: fresh), \(bind: c.medan), \(bind: c.host.id!), 'Tanpa status', '2026-01-05', 60, \(bind: TestClock.now))
            """
        ).run()
        await eq(
            try await sql.raw("SELECT state FROM knowledge_sessions WHERE id = \(bind: fresh)").firstRow(St.self)!
                .state,
            "pending")
    }

    struct ID: Decodable { var id: UUID }
    struct St: Decodable { var state: String }
}
