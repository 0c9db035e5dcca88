import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Cached profile responses are never older than the last committed write: the database raises the
/// data version itself, whichever path writes (here raw SQL, which no application code sees).
final class ProfileCacheTests: AppTestCase {
    func version() async throws -> Int64 {
        try await ProfileCache.version(on: db)
    }

    func testEveryTableAProfileReadsRaisesTheDataVersion() async throws {
        try await seedDemo()
        let beforeInsert = try await version()
        try await sql.raw(
            """
            INSERT INTO agency_settings (id, agency_id, key, value)
            VALUES (\(bind: UUID()), \(bind: try await agencyID("medan")), 'uji', '{}')
            """
        ).run()
        let afterInsert = try await version()
        XCTAssertGreaterThan(afterInsert, beforeInsert, "an insert")
        for table in M0026_CreateDataVersions.profileTables {
            let before = try await version()
            let column = table == "employees" ? "supervisor_id" : "id"
            try await sql.raw(
                """
                UPDATE \(ident: table) SET \(ident: column) = \(ident: column)
                WHERE id IN (SELECT id FROM \(ident: table) ORDER BY id LIMIT 1)
                """
            ).run()
            let after = try await version()
            XCTAssertGreaterThan(after, before, "an update of \(table)")
        }
        let before = try await version()
        try await sql.raw("DELETE FROM current_levels WHERE id IN (SELECT id FROM current_levels ORDER BY id LIMIT 1)")
            .run()
        let afterDelete = try await version()
        XCTAssertGreaterThan(afterDelete, before, "a delete")
        // A write elsewhere, or an employee row taken as a lock, leaves cached profiles alone.
        try await sql.raw("UPDATE audit_log SET id = id WHERE id IN (SELECT id FROM audit_log ORDER BY id LIMIT 1)")
            .run()
        try await sql.raw(
            "UPDATE employees SET updated_at = updated_at WHERE id IN (SELECT id FROM employees ORDER BY id LIMIT 1)"
        ).run()
        let afterAudit = try await version()
        XCTAssertEqual(afterAudit, afterDelete)
    }

    func testACachedProfileFollowsEveryCommittedChange() async throws {
        try await seedDemo()
        let medan = try await agencyID("medan")
        let year = TestClock.year
        struct Pick: Decodable { var employeeID: UUID; var competencyCode: String; var level: Int }
        // An employee with a standard and at least one current level in it.
        let pick = try await sql.raw(
            """
            SELECT e.id AS employee_id, si.competency_code, si.level FROM employees e
            JOIN standard_items si ON si.position_id = e.position_id AND si.year = \(bind: year)
            JOIN current_levels cl ON cl.employee_id = e.id AND cl.competency_code = si.competency_code
            WHERE e.agency_id = \(bind: medan) AND e.supervisor_id IS NOT NULL
            ORDER BY e.nip, si.competency_code LIMIT 1
            """
        ).firstRow(Pick.self)!
        let employee = try await Employee.find(pick.employeeID, on: db)!
        // A supervisor by a manager's choice who leads no unit: only the supervision lets them read.
        let chosen = try await nonHead(agency: medan, except: [employee.id!])
        try await chooseSupervisor(chosen, for: employee)
        let boss = try await APIClient.signIn(
            app, try await createAccount(for: chosen), password: Self.employeePassword)
        let path = "/api/v1/employees/\(employee.nip)/competency-profile"
        func item(_ body: [String: Any]) -> [String: Any]? {
            (body["items"] as? [[String: Any]])?.first { $0["code"] as? String == pick.competencyCode }
        }

        let first = try await boss.get(path)
        XCTAssertEqual(first.status, .ok, first.text)
        XCTAssertGreaterThan(app.profileCache.count, 0)
        let second = try await boss.get(path)
        XCTAssertEqual(second.text, first.text, "a cached body is the rendered body")

        // A new current level, written behind the application's back, shows at once.
        let newLevel = pick.level == 5 ? 1 : 5
        try await sql.raw(
            """
            UPDATE current_levels SET level = \(bind: newLevel)
            WHERE employee_id = \(bind: employee.id!) AND competency_code = \(bind: pick.competencyCode)
            """
        ).run()
        var profile = try json(try await boss.get(path))
        XCTAssertEqual(item(profile)?["current"] as? Int, newLevel)

        // So do the standard, the position's name and the agency's thresholds.
        try await sql.raw(
            """
            UPDATE standard_items SET level = 1
            WHERE position_id = \(bind: employee.positionID!) AND year = \(bind: year) AND competency_code = \(bind: pick.competencyCode)
            """
        ).run()
        try await sql.raw(
            "UPDATE positions SET name = 'Jabatan Berganti Nama' WHERE id = \(bind: employee.positionID!)"
        ).run()
        profile = try json(try await boss.get(path))
        XCTAssertEqual(item(profile)?["required"] as? Int, 1)
        XCTAssertEqual(profile["position"] as? String, "Jabatan Berganti Nama")

        // Access follows too: a supervisor who no longer supervises no longer reads the profile.
        let other = try await Employee.query(on: db).filter(\.$agencyID == medan).filter(\.$id != employee.id!)
            .filter(\.$id != employee.supervisorID!).sort(\.$nip).first()!
        try await sql.raw("UPDATE employees SET supervisor_id = \(bind: other.id!) WHERE id = \(bind: employee.id!)")
            .run()
        let denied = try await boss.get(path)
        XCTAssertEqual(denied.status, .notFound)
    }

    func testTheCacheKeepsAtMostItsCapacity() {
        let cache = ProfileCache(capacity: 3)
        let subject = ProfileQueries.Subject(
            id: UUID(), agencyID: UUID(), nip: "1", supervisorID: nil, unitPath: nil, positionName: nil)
        for (i, version) in [Int64(1), 1, 1, 2].enumerated() {
            cache.store(
                .init(version: version, subject: subject, body: ByteBuffer(string: "\(i)")), nip: "\(i)", year: 2026)
        }
        XCTAssertLessThanOrEqual(cache.count, 3)
        XCTAssertNil(cache.entry(nip: "0", year: 2026, version: 2), "an older version is never served")
        XCTAssertEqual(cache.entry(nip: "3", year: 2026, version: 2)?.body, ByteBuffer(string: "3"))
        XCTAssertNil(cache.entry(nip: "3", year: 2025, version: 2))
        let off = ProfileCache(capacity: 0)
        off.store(.init(version: 1, subject: subject, body: ByteBuffer()), nip: "1", year: 2026)
        XCTAssertNil(off.entry(nip: "1", year: 2026, version: 1))
    }
}
