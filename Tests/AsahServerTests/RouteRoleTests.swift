import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// The route × role test: every route of the app, called by every kind of actor on Medan's fixture
/// records, must answer as `RouteRoleTable` says the policy does (anonymous callers are
/// `RouteAccessTests`'). A route missing from the table fails.
final class RouteRoleTests: AppTestCase {
    typealias Who = RouteRole.Who

    func testEveryRouteIsInTheRoleTable() {
        let keys = Set(app.routes.all.map(RouteAccessTests.key))
        XCTAssertEqual(keys.subtracting(RouteRole.table.keys).sorted(), [], "routes without a rule in RouteRole.table")
        XCTAssertEqual(
            Set(RouteRole.table.keys).subtracting(keys).sorted(), [], "rules for routes that no longer exist")
    }

    struct Caller {
        var who: Who
        var browser: Browser
        var api: APIClient
    }

    func testEveryRouteAnswersEveryRoleAsThePolicySays() async throws {
        try await seedDemo()
        var (callers, f) = try await fixtures()
        // Removals run after everything else, so a deleted lesson or module does not hide the routes on it.
        let routes = app.routes.all.sorted { a, b in
            let ka = RouteAccessTests.key(a), kb = RouteAccessTests.key(b)
            let la = ka.hasSuffix("/hapus") ? 1 : 0, lb = kb.hasSuffix("/hapus") ? 1 : 0
            return la != lb ? la < lb : RouteAccessTests.order(a, b)
        }
        var failures: [String] = []
        var calls = 0
        for route in routes {
            let key = RouteAccessTests.key(route)
            guard let rule = RouteRole.table[key] else { continue }
            // Signing out and revoking one's token end the session the rest of the test uses.
            if key == "POST /keluar" || key == "DELETE /api/v1/auth/tokens/current" { continue }
            var fixtures = f
            if key.contains("sesi-pembimbingan") { fixtures["mentoring-session"] = f["mentoring-session-page"] }
            let path = RouteAccessTests.path(route, fixtures)
            for i in callers.indices {
                var c = callers[i]
                let res = try await send(route, path, &c)
                callers[i] = c
                calls += 1
                let code = res.status.code
                let login = res.status == .seeOther && (res.headers.first(name: .location) ?? "").hasPrefix("/masuk")
                var ok = code < 500
                switch rule {
                case .open: break
                case .signedIn: ok = ok && code != 401 && !login
                case .on(let subject, let may, let missingOK):
                    // Another agency's manager is outside every Medan subject.
                    if c.who == .otherManager || !subject.sees.contains(c.who) {
                        ok = ok && code == 404
                    } else if !may.contains(c.who) {
                        ok = ok && code == 403
                    } else {
                        ok = ok && ![401, 403].contains(code) && !login && (missingOK || code != 404)
                    }
                }
                if !ok { failures.append("\(c.who) \(key) → \(code) \(String(res.text.prefix(140)))") }
            }
        }
        XCTAssertGreaterThan(calls, 1_000)
        XCTAssertEqual(
            failures, [],
            "\(failures.count) of \(calls) calls did not answer as the policy says:\n"
                + failures.joined(separator: "\n"))
    }

    private func send(_ route: Route, _ path: String, _ c: inout Caller) async throws -> XCTHTTPResponse {
        if path.hasPrefix("/api/") {
            return try await c.api.send(route.method, path, json: route.method == .GET ? nil : "{}")
        }
        return route.method == .GET ? try await c.browser.get(path) : try await c.browser.post(path, form: [:])
    }

    /// The callers and Medan's records: the demo employee's own (their place in the running activity, a
    /// certificate, a project they lead with their supervisor as mentor, a mentorship with the supervisor,
    /// a komunitas session they hosted, learning taken elsewhere) and the agency's.
    private func fixtures() async throws -> ([Caller], [String: String]) {
        let medan = try await agencyID("medan")
        let me = try must(try await User.query(on: db).filter(\.$username == "pegawai.medan").first())
        let employee = try must(try await Employee.find(me.employeeID, on: db))
        let head = try must(try await User.query(on: db).filter(\.$username == "kepala.medan").first())
        // The supervisor is a colleague the manager chose, who leads no unit: a supervisor and nothing more.
        // (A supervisor by the structure is a unit head, whose view `headIn` covers.)
        let boss = try await nonHead(agency: medan, in: employee.unitID, except: [employee.id!])
        try await chooseSupervisor(boss, for: employee)
        XCTAssertNotEqual(boss.id, head.employeeID, "the supervisor and the unit head are different people")
        let unitPath = try must(try await Unit.find(employee.unitID, on: db)).path
        let headUnit = try must(try await Unit.find(head.unitID, on: db))
        XCTAssertTrue(unitPath.hasPrefix(headUnit.path), "the head leads the employee's unit")
        var units: [UUID: String] = [:]
        var heads: Set<UUID> = []
        for u in try await Unit.query(on: db).filter(\.$agencyID == medan).all() {
            units[u.id!] = u.path
            if let h = u.headEmployeeID { heads.insert(h) }
        }
        // Another employee: not the employee's supervisor or subordinate, outside their unit's line, and
        // not a participant of the running activity (whose tests only participants take).
        let running = try must(
            try await Activity.query(on: db).filter(\.$agencyID == medan)
                .filter(\.$title == "E-Government dan SPBE untuk Pelayanan Perhubungan").first())
        let participants = Set(
            try await Enrolment.query(on: db).filter(\.$activityID == running.id!).all().map(\.employeeID))
        let outsider = try must(
            try await Employee.query(on: db).filter(\.$agencyID == medan).all().first {
                let path = units[$0.unitID ?? UUID()] ?? unitPath
                return $0.id != boss.id && $0.id != employee.id && $0.supervisorID != employee.id
                    && !path.hasPrefix(unitPath) && !unitPath.hasPrefix(path) && !participants.contains($0.id!)
                    && !heads.contains($0.id!)
            })
        try await User(
            username: "kepala.lain", passwordHash: try Bcrypt.hash(Self.employeePassword, cost: 4),
            displayName: "Kepala Lain",
            roles: [.unitHead, .employee], agencyID: medan, employeeID: outsider.id, unitID: outsider.unitID
        ).create(on: db)
        let accounts: [(Who, String, String)] = [
            (.admin, "admin", "asah-demo"), (.manager, "pengelola.medan", "asah-demo"),
            (.otherManager, "pengelola.mamuju", "asah-demo"), (.headIn, "kepala.medan", "asah-demo"),
            (.headOut, "kepala.lain", Self.employeePassword),
            (.supervisor, try await createAccount(for: boss), Self.employeePassword),
            (.employee, "pegawai.medan", "asah-demo"),
            (.other, try await createAccount(for: outsider), Self.employeePassword),
            (.facilitator, "fasilitator.medan", "asah-demo"),
        ]
        var callers: [Caller] = []
        for (who, username, password) in accounts {
            var b = Browser(app)
            let login = try await b.login(username, password: password)
            XCTAssertEqual(login.status, .seeOther, username)
            callers.append(
                Caller(who: who, browser: b, api: try await APIClient.signIn(app, username, password: password)))
        }
        let api = Dictionary(uniqueKeysWithValues: callers.map { ($0.who, $0.api) })
        let today = TestClock.today

        let activity = running.id!
        let enrolment = try await firstID(
            "SELECT id FROM enrolments WHERE activity_id = \(bind: activity) AND employee_id = \(bind: employee.id!)")
        // A certificate of the employee's: a completed place in an earlier activity, moved to them.
        struct Issued: Decodable { var id: UUID; var certificateCode: String }
        let issued = try must(
            try await sql.raw(
                """
                SELECT id, certificate_code FROM enrolments WHERE agency_id = \(bind: medan) AND state = 'completed'
                AND certificate_code IS NOT NULL AND activity_id <> \(bind: activity) ORDER BY id
                """
            ).firstRow(Issued.self), "a completed place with a certificate")
        try await sql.raw("UPDATE enrolments SET employee_id = \(bind: employee.id!) WHERE id = \(bind: issued.id)")
            .run()
        let certificate = issued.certificateCode
        let course = try await firstID(
            "SELECT id FROM courses WHERE agency_id = \(bind: medan) AND published = \(bind: true) ORDER BY title")
        let module = try await firstID(
            "SELECT id FROM course_modules WHERE course_id = \(bind: UUID(uuidString: course)!) ORDER BY position")

        // The employee proposes a project; the manager makes the supervisor its mentor.
        let project =
            try json(
                try await api[.employee]!.send(
                    .POST, "/api/v1/agencies/medan/innovation-projects",
                    json: """
                        {"title": "Antrean daring uji akses", "problem": "Warga menunggu lama di loket.", "competencies": ["M.02"],
                         "starts_on": "\(today.addingDays(-10).iso)", "ends_on": "\(today.addingDays(60).iso)"}
                        """))["id"] as! String
        let mentor = try await api[.manager]!.send(
            .POST, "/api/v1/innovation-projects/\(project)/members", json: #"{"nip":"\#(boss.nip)","role":"mentor"}"#)
        XCTAssertEqual(mentor.status, .created, mentor.text)
        let milestone = try json(
            try await api[.manager]!.send(
                .POST, "/api/v1/innovation-projects/\(project)/milestones",
                json: #"{"title":"Uji coba di loket","due_on":"\#(today.addingDays(20).iso)"}"#))

        // The manager pairs the supervisor with the employee; the supervisor logs two sessions.
        let pair = try await api[.manager]!.send(
            .POST, "/api/v1/agencies/medan/mentorships",
            json: """
                {"mentee_nip": "\(employee.nip)", "mentor_nip": "\(boss.nip)", "kind": "mentoring", "goal": "Uji akses",
                 "starts_on": "\(today.addingDays(-10).iso)", "ends_on": "\(today.addingDays(60).iso)"}
                """)
        XCTAssertEqual(pair.status, .created, pair.text)
        let mentorship = try json(pair)["id"] as! String
        var sessions: [String] = []
        for topic in ["Sesi uji API", "Sesi uji halaman"] {
            let logged = try await api[.supervisor]!.send(
                .POST, "/api/v1/mentorships/\(mentorship)/sessions",
                json: #"{"held_on":"\#(today.iso)","minutes":30,"topic":"\#(topic)"}"#)
            XCTAssertEqual(logged.status, .created, logged.text)
            sessions.append(try json(logged)["id"] as! String)
        }
        let knowledge = try await api[.employee]!.send(
            .POST, "/api/v1/agencies/medan/knowledge-sessions",
            json: """
                {"topic": "Berbagi praktik loket", "held_on": "\(today.iso)", "minutes": 60, "attendees": ["\(outsider.nip)"]}
                """)
        XCTAssertEqual(knowledge.status, .created, knowledge.text)

        let external = try await submittedExternalLearning(agency: medan, employee: employee.id!, today: today)
        // An account of Medan's that no caller uses: resetting it ends nobody's session here.
        try await User(
            username: "akun.uji", passwordHash: try Bcrypt.hash(Self.employeePassword, cost: 4),
            displayName: "Akun Uji", roles: [.employee], agencyID: medan, employeeID: outsider.id
        ).create(on: db)

        // Batanghari asks Medan for the other employee: a request only Medan's managers (and the
        // administrator) see in this test, Batanghari's manager being no caller.
        let transfer = UUID()
        try await sql.raw(
            """
            INSERT INTO transfers (id, employee_id, nip, from_agency_id, to_agency_id, state, requested_at)
            VALUES (\(bind: transfer), \(bind: outsider.id!), \(bind: outsider.nip), \(bind: medan),
                    \(bind: try await agencyID("batanghari")), 'pending', \(bind: TestClock.now))
            """
        ).run()

        let study = UUID()
        try await sql.raw(
            """
            INSERT INTO study_records (id, agency_id, employee_id, kind, institution, programme, starts_on, ends_on,
                                       international, created_at)
            VALUES (\(bind: study), \(bind: medan), \(bind: employee.id!), 'izin_belajar', 'Universitas Terbuka',
                    'S1 Administrasi Negara', '2025-09-01', '2029-08-31', \(bind: false), \(bind: TestClock.now))
            """
        ).run()

        return (
            callers,
            [
                "transfer": transfer.uuidString, "study": study.uuidString,
                "code": "medan", "nip": employee.nip, "activity": activity.uuidString, "enrolment": enrolment,
                "session": try await firstID(
                    "SELECT id FROM activity_sessions WHERE activity_id = \(bind: activity) ORDER BY date"),
                "certificate": certificate, "course": course, "module": module,
                "lesson": try await firstID(
                    "SELECT id FROM course_lessons WHERE module_id = \(bind: UUID(uuidString: module)!) ORDER BY position"
                ),
                "project": project,
                "milestone": try XCTUnwrap((milestone["milestones"] as? [[String: Any]])?.first?["id"] as? String),
                "position": try await firstID(
                    "SELECT id FROM positions WHERE agency_id = \(bind: medan) ORDER BY name"),
                "unit": try await firstID("SELECT id FROM units WHERE agency_id = \(bind: medan) ORDER BY path"),
                "external": external.uuidString, "mentorship": mentorship,
                "mentoring-session": sessions[0], "mentoring-session-page": sessions[1],
                "knowledge-session": try json(knowledge)["id"] as! String, "missing": UUID().uuidString,
                "username": "akun.uji",
            ]
        )
    }
}
