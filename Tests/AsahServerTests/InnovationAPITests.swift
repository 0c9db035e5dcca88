import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Innovation projects through `/api/v1`: proposing, the team and milestones, access, and completion
/// crediting each member exactly once even when completed twice at the same moment.
final class InnovationAPITests: AppTestCase {
    func people(_ code: String, _ range: Range<Int>) async throws -> [Employee] {
        let agency = try await agencyID(code)
        return try await Employee.query(on: db).filter(\.$agencyID == agency).sort(\.$nip).range(range).all()
    }

    func testCompletionCreditsEveryMemberOnceEvenInParallel() async throws {
        try await crowd(30)
        let team = try await people("medan", 20..<25)
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let today = TestClock.today
        let created = try await manager.send(
            .POST, "/api/v1/agencies/medan/innovation-projects",
            json: """
                {"title": "Perizinan daring satu pintu", "problem": "Berkas izin bolak-balik antarbidang.",
                 "competencies": ["M.02", "M.06"], "starts_on": "\(today.addingDays(-90).iso)", "ends_on": "\(today.addingDays(30).iso)",
                 "ketua_nip": "\(team[0].nip)"}
                """)
        XCTAssertEqual(created.status, .created, created.text)
        let project = try json(created)
        let id = project["id"] as! String
        XCTAssertEqual(project["status"] as? String, "usulan")
        XCTAssertEqual(project["jp_per_member"] as? Double, 20)
        for (person, role) in zip(team.dropFirst(), ["anggota", "anggota", "mentor", "coach"]) {
            let r = try await manager.send(
                .POST, "/api/v1/innovation-projects/\(id)/members", json: #"{"nip":"\#(person.nip)","role":"\#(role)"}"#
            )
            XCTAssertEqual(r.status, .created, r.text)
        }
        let milestone = try await manager.send(
            .POST, "/api/v1/innovation-projects/\(id)/milestones",
            json: #"{"title":"Uji coba","due_on":"\#(today.iso)"}"#)
        XCTAssertEqual(((try json(milestone))["milestones"] as? [[String: Any]])?.count, 1)
        let mid = ((try json(milestone))["milestones"] as! [[String: Any]])[0]["id"] as! String
        let done = try await manager.send(.POST, "/api/v1/innovation-projects/\(id)/milestones/\(mid)/done")
        XCTAssertEqual(((try json(done))["milestones"] as! [[String: Any]])[0]["done_on"] as? String, today.iso)
        await eq(
            try await manager.send(.POST, "/api/v1/innovation-projects/\(id)/milestones/\(mid)/done").status, .conflict)
        await eq(
            try await manager.send(.POST, "/api/v1/innovation-projects/\(id)/status", json: #"{"status":"berjalan"}"#)
                .status, .ok)

        // Three completions at once: one wins, the others find it completed; three lines, not nine.
        let app = self.app!
        let token = manager.token
        let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
            for _ in 0..<3 {
                group.addTask {
                    try await APIClient(app: app, token: token).send(
                        .POST, "/api/v1/innovation-projects/\(id)/complete",
                        json: #"{"outcome":"Izin selesai dalam 3 hari kerja, dari 14 hari."}"#
                    ).status.code
                }
            }
            return try await group.reduce(into: [UInt]()) { $0.append($1) }
        }
        XCTAssertEqual(statuses.sorted(), [200, 409, 409])
        let again = try await manager.send(
            .POST, "/api/v1/innovation-projects/\(id)/complete",
            json: #"{"outcome":"Sekali lagi, dengan hasil yang sama."}"#)
        XCTAssertEqual(again.status, .conflict)
        XCTAssertEqual((try json(again)["error"] as? [String: Any])?["code"] as? String, "conflict")
        let lines = try await LearningEntry.query(on: db).filter(\.$source == "innovation").filter(
            \.$sourceID == UUID(uuidString: id)!
        ).all()
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(Set(lines.map(\.employeeID)), Set(team[0..<3].map(\.id!)))
        XCTAssertEqual(lines.map(\.jpHundredths), [2000, 2000, 2000])
        let shown = try json(try await manager.get("/api/v1/innovation-projects/\(id)"))
        XCTAssertEqual(shown["status"] as? String, "selesai")
        XCTAssertEqual(shown["completed_on"] as? String, today.iso)
        await eq(
            try await manager.send(.DELETE, "/api/v1/innovation-projects/\(id)/members/\(team[1].nip)").status,
            .conflict)
        // A closed project takes no new members.
        let late = try await manager.send(
            .POST, "/api/v1/innovation-projects/\(id)/members", json: #"{"nip":"\#(team[4].nip)","role":"anggota"}"#)
        XCTAssertEqual(late.status, .conflict)
        // The employee's list shows the project with their role.
        let ketuaList = try json(try await manager.get("/api/v1/employees/\(team[0].nip)/innovation-projects"))
        XCTAssertEqual((ketuaList["items"] as? [[String: Any]])?.first?["role"] as? String, "ketua")
    }

    func testAnEmployeeProposesAndOnlyTheTeamSeesIt() async throws {
        try await crowd(30)
        let staff = try await APIClient.signIn(app, "pegawai.medan")
        let today = TestClock.today
        let before = try await count("innovation_projects")
        let bad = try await staff.send(
            .POST, "/api/v1/agencies/medan/innovation-projects",
            json: """
                {"title": "", "problem": "", "competencies": ["Z.1"], "starts_on": "kemarin", "ends_on": "\(today.iso)"}
                """)
        XCTAssertEqual(bad.status, .unprocessableEntity)
        let fields = ((try json(bad)["error"] as? [String: Any])?["details"] as? [[String: Any]])?.compactMap {
            $0["field"] as? String
        }
        XCTAssertEqual(fields, ["competencies", "problem", "starts_on", "title"])
        await eq(try await count("innovation_projects"), before)
        await eq(
            try await staff.send(.POST, "/api/v1/agencies/medan/innovation-projects", json: "[1]").status, .badRequest)
        let created = try await staff.send(
            .POST, "/api/v1/agencies/medan/innovation-projects",
            json: """
                {"title": "Arsip surat digital", "problem": "Surat masuk sulit dicari.", "starts_on": "\(today.iso)",
                 "ends_on": "\(today.addingDays(60).iso)", "ketua_nip": "199001012015011001"}
                """)
        XCTAssertEqual(created.status, .created, created.text)
        let body = try json(created)
        let id = body["id"] as! String
        let staffUser = try await User.query(on: db).filter(\.$username == "pegawai.medan").first()!
        let me = try await Employee.find(staffUser.employeeID, on: db)!
        XCTAssertEqual(
            (body["members"] as? [[String: Any]])?.map { $0["nip"] as? String }, [me.nip], "the proposer leads it")

        // The ketua adds a colleague; the colleague (anggota) may read but not change or complete it.
        let colleague = try await people("medan", 30..<31)[0]
        await eq(
            try await staff.send(
                .POST, "/api/v1/innovation-projects/\(id)/members",
                json: #"{"nip":"\#(colleague.nip)","role":"anggota"}"#
            ).status, .created)
        let passing = try await people("medan", 32..<33)[0]
        // Mentor and coach are chosen by managers, not by the ketua (the mentor decides on completion).
        await eq(
            try await staff.send(
                .POST, "/api/v1/innovation-projects/\(id)/members", json: #"{"nip":"\#(passing.nip)","role":"mentor"}"#
            ).status, .forbidden)
        await eq(
            try await staff.send(
                .POST, "/api/v1/innovation-projects/\(id)/members", json: #"{"nip":"\#(passing.nip)","role":"anggota"}"#
            ).status, .created)
        let removed = try await staff.send(.DELETE, "/api/v1/innovation-projects/\(id)/members/\(passing.nip)")
        XCTAssertEqual(removed.status, .ok, removed.text)
        XCTAssertEqual((try json(removed)["members"] as? [[String: Any]])?.count, 2)
        await eq(
            try await staff.send(.DELETE, "/api/v1/innovation-projects/\(id)/members/\(me.nip)").status,
            .unprocessableEntity)
        let member = try await api(as: colleague)
        await eq(try await member.get("/api/v1/innovation-projects/\(id)").status, .ok)
        await eq(
            try await member.send(.POST, "/api/v1/innovation-projects/\(id)/status", json: #"{"status":"dibatalkan"}"#)
                .status, .forbidden)
        // The ketua may start it but not complete it; a bad status change answers 409.
        await eq(
            try await staff.send(.POST, "/api/v1/innovation-projects/\(id)/status", json: #"{"status":"selesai"}"#)
                .status, .unprocessableEntity)
        await eq(
            try await staff.send(.POST, "/api/v1/innovation-projects/\(id)/status", json: #"{"status":"berjalan"}"#)
                .status, .ok)
        await eq(
            try await staff.send(.POST, "/api/v1/innovation-projects/\(id)/status", json: #"{"status":"usulan"}"#)
                .status, .conflict)
        await eq(
            try await staff.send(
                .POST, "/api/v1/innovation-projects/\(id)/complete",
                json: #"{"outcome":"Semua surat dapat dicari dalam 10 detik."}"#
            ).status, .forbidden)
        // Someone of the agency outside the team sees the list but not the project.
        let outsider = try await api(as: try await people("medan", 31..<32)[0])
        let list = try json(try await outsider.get("/api/v1/agencies/medan/innovation-projects"))
        XCTAssertTrue((list["items"] as? [[String: Any]])?.contains { $0["id"] as? String == id } ?? false)
        XCTAssertEqual(list["total"] as? Int, (list["items"] as? [Any])?.count)
        await eq(try await outsider.get("/api/v1/innovation-projects/\(id)").status, .forbidden)
        await eq(
            try await outsider.send(
                .POST, "/api/v1/innovation-projects/\(id)/members", json: #"{"nip":"\#(colleague.nip)","role":"coach"}"#
            ).status, .forbidden)
        // Another agency's manager: 404 everywhere.
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        await eq(try await mamuju.get("/api/v1/innovation-projects/\(id)").status, .notFound)
        await eq(try await mamuju.get("/api/v1/agencies/medan/innovation-projects").status, .notFound)
        await eq(
            try await mamuju.send(
                .POST, "/api/v1/innovation-projects/\(id)/complete",
                json: #"{"outcome":"Semua surat dapat dicari dalam 10 detik."}"#
            ).status, .notFound)
        await eq(try await mamuju.get("/api/v1/employees/\(me.nip)/innovation-projects").status, .notFound)
    }
}
