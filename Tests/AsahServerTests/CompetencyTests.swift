import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Standards, assessments, current levels and the profile, through the API and pages.
final class CompetencyTests: AppTestCase {
    struct Scene {
        var position: Position
        var employee: Employee
        var boss: Employee
    }

    /// A Medan employee with a supervisor, whose position gets a small standard of our own.
    func scene() async throws -> Scene {
        let medan = try await world().medan
        let employee = medan.staff
        let position = try await Position.find(employee.positionID, on: db)!
        return Scene(position: position, employee: employee, boss: medan.head)
    }

    func putStandard(_ api: APIClient, _ position: Position, _ body: String) async throws -> XCTHTTPResponse {
        var h = HTTPHeaders()
        h.bearerAuthorization = BearerAuthorization(token: api.token!)
        h.contentType = .json
        return try await app.sendRequest(
            .PUT, "/api/v1/agencies/medan/positions/\(position.id!.uuidString)/standard", headers: h,
            body: ByteBuffer(string: body))
    }

    func testStandardAssessmentsAndProfile() async throws {
        let s = try await scene()
        let year = TestClock.year
        let auditQuery: SQLQueryString =
            "SELECT COUNT(*) AS n FROM audit_log WHERE entity IN ('competency_standard', 'assessment')"
        let auditsBefore = try await sql.raw(auditQuery).firstRow(CountRow.self)!.n
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let put = try await putStandard(
            manager, s.position,
            #"{"year":\#(year),"status":"verified","items":[{"competency":"M.01","level":3},{"competency":"M.05","level":4},{"competency":"T.HUB.01","level":2}]}"#
        )
        XCTAssertEqual(put.status, .ok, put.text)
        let standard = try json(
            try await manager.get("/api/v1/agencies/medan/positions/\(s.position.id!.uuidString)/standard"))
        XCTAssertEqual((standard["items"] as? [[String: Any]])?.count, 3)

        // The world has no assessments: the figures below are ours alone.
        let bossAPI = try await api(as: s.boss)
        let today = TestClock.today.iso
        let rated = try await bossAPI.post(
            "/api/v1/employees/\(s.employee.nip)/assessments",
            body: #"{"competency":"M.01","level":2,"source":"supervisor","assessed_on":"\#(today)","note":"cukup"}"#,
            contentType: "application/json")
        XCTAssertEqual(rated.status, .created, rated.text)
        let ac = try await manager.post(
            "/api/v1/employees/\(s.employee.nip)/assessments",
            body: #"{"competency":"M.05","level":4,"source":"assessment_center","assessed_on":"\#(today)"}"#,
            contentType: "application/json")
        XCTAssertEqual(ac.status, .created, ac.text)

        let profile = try json(try await manager.get("/api/v1/employees/\(s.employee.nip)/competency-profile"))
        let items = Dictionary(
            uniqueKeysWithValues: (profile["items"] as! [[String: Any]]).map { ($0["code"] as! String, $0) })
        XCTAssertEqual(items["M.01"]?["current"] as? Int, 2)
        XCTAssertEqual(items["M.01"]?["gap"] as? Int, 1)
        XCTAssertEqual(items["M.01"]?["source"] as? String, "supervisor")
        XCTAssertEqual(items["M.05"]?["gap"] as? Int, 0)
        XCTAssertTrue(items["T.HUB.01"]?["current"] is NSNull, "not assessed is null, never zero")
        XCTAssertTrue(items["T.HUB.01"]?["gap"] is NSNull)
        // JPM over the assessed competencies: (2 + 4) / (3 + 4) = 85.7, provisional: no category until
        // every competency of the standard is assessed.
        XCTAssertEqual(profile["jpm"] as? Double, 85.7)
        XCTAssertTrue(profile["mapping_category"] is NSNull, "\(profile)")
        XCTAssertTrue(profile["selection_category"] is NSNull)

        // Every change is in the audit log.
        let audits = try await sql.raw(auditQuery).firstRow(CountRow.self)!.n
        XCTAssertEqual(audits - auditsBefore, 3)
    }

    func testAnOldAssessmentCentreResultGivesWayToTheSupervisor() async throws {
        let s = try await scene()
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let today = TestClock.today
        let old = CivilDate(year: today.year - 4, month: 1, day: 15)!.iso
        _ = try await manager.post(
            "/api/v1/employees/\(s.employee.nip)/assessments",
            body: #"{"competency":"M.01","level":5,"source":"assessment_center","assessed_on":"\#(old)"}"#,
            contentType: "application/json")
        var profile = try json(try await manager.get("/api/v1/employees/\(s.employee.nip)/competency-profile"))
        var m01 = (profile["items"] as! [[String: Any]]).first { $0["code"] as? String == "M.01" }!
        XCTAssertTrue(m01["current"] is NSNull, "a 4-year-old assessment-centre result alone does not count")
        _ = try await manager.post(
            "/api/v1/employees/\(s.employee.nip)/assessments",
            body: #"{"competency":"M.01","level":2,"source":"self","assessed_on":"\#(today.iso)"}"#,
            contentType: "application/json")
        profile = try json(try await manager.get("/api/v1/employees/\(s.employee.nip)/competency-profile"))
        m01 = (profile["items"] as! [[String: Any]]).first { $0["code"] as? String == "M.01" }!
        XCTAssertEqual(m01["current"] as? Int, 2)
        XCTAssertEqual(m01["source"] as? String, "self")
    }

    func testWhoMayRecordWhat() async throws {
        let s = try await scene()
        let today = TestClock.today.iso
        let me = try await api(as: s.employee)
        func post(_ api: APIClient, _ nip: String, _ source: String) async throws -> HTTPStatus {
            try await api.post(
                "/api/v1/employees/\(nip)/assessments",
                body: #"{"competency":"M.01","level":3,"source":"\#(source)","assessed_on":"\#(today)"}"#,
                contentType: "application/json"
            ).status
        }
        await eq(try await post(me, s.employee.nip, "self"), .created)
        await eq(try await post(me, s.employee.nip, "supervisor"), .forbidden)
        await eq(try await post(me, s.employee.nip, "assessment_center"), .forbidden)
        await eq(try await post(me, s.boss.nip, "supervisor"), .notFound)
        let boss = try await api(as: s.boss)
        await eq(try await post(boss, s.employee.nip, "supervisor"), .created)
        await eq(try await post(boss, s.employee.nip, "self"), .forbidden)
        // Standards are managers' work.
        let put = try await putStandard(me, s.position, #"{"year":2026,"items":[{"competency":"M.01","level":1}]}"#)
        XCTAssertEqual(put.status, .forbidden)
        // Another agency's manager sees nothing.
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        await eq(try await post(mamuju, s.employee.nip, "assessment_center"), .notFound)
        await eq(try await mamuju.get("/api/v1/employees/\(s.employee.nip)/competency-profile").status, .notFound)
        await eq(try await mamuju.get("/api/v1/agencies/medan/competency-gaps").status, .notFound)
    }

    func testInvalidStandardsAndAssessmentsAreRefusedWithReasons() async throws {
        let s = try await scene()
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let bad = try await putStandard(
            manager, s.position,
            #"{"year":2026,"items":[{"competency":"M.01","level":7},{"competency":"X.99","level":2}]}"#)
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertEqual(((try json(bad)["error"] as? [String: Any])?["details"] as? [Any])?.count, 2)
        let assessment = try await manager.post(
            "/api/v1/employees/\(s.employee.nip)/assessments",
            body: #"{"competency":"M.01","level":9,"source":"oracle","assessed_on":"2099-01-01"}"#,
            contentType: "application/json")
        XCTAssertEqual(assessment.status, .unprocessableEntity)
        let fields = Set(
            (((try json(assessment)["error"] as? [String: Any])?["details"] as? [[String: Any]]) ?? [])
                .compactMap { $0["field"] as? String })
        XCTAssertEqual(fields, ["level", "source", "assessed_on"])
    }

    func testPagesShowTheProfileAndRecordFromIt() async throws {
        let s = try await scene()
        try await AssessmentService.record(
            .init(
                agencyID: s.employee.agencyID, employeeID: s.employee.id!, code: "M.01", level: 2, source: .supervisor,
                assessedOn: TestClock.today, assessorID: s.boss.id, recordedBy: nil, note: nil, evidenceURL: nil),
            today: TestClock.today, on: db)
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        let page = try await browser.get("/pegawai/\(s.employee.nip)/kompetensi")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.text.contains("(sementara)"), "one of the standard's competencies assessed")
        XCTAssertTrue(page.text.contains("kategori ditetapkan setelah semua dinilai"))
        XCTAssertTrue(page.text.contains("<summary>Perilaku level "), "the standard's behaviour per competency")
        XCTAssertTrue(page.text.contains("<svg"))
        XCTAssertLessThan(page.body.readableBytes, 45_000)
        struct Code: Decodable { var competencyCode: String }
        let code = try await sql.raw(
            "SELECT competency_code FROM standard_items WHERE position_id = \(bind: s.position.id!) AND year = \(bind: TestClock.year) LIMIT 1"
        ).firstRow(Code.self)
        let saved = try await browser.post(
            "/pegawai/\(s.employee.nip)/kompetensi",
            form: [
                "competency": code?.competencyCode ?? "M.01", "level": "4", "source": "test",
                "assessed_on": TestClock.today.iso,
            ])
        XCTAssertEqual(saved.status, .seeOther)
        let bad = try await browser.post(
            "/pegawai/\(s.employee.nip)/kompetensi",
            form: ["competency": "M.01", "level": "0", "source": "test", "assessed_on": "x"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("Level harus angka 1 sampai 5."))
    }

    func testEvidenceFilesAreStoredAndServedOnlyToReaders() async throws {
        let s = try await scene()
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        let form = [
            "competency": "M.01", "level": "3", "source": "assessment_center", "assessed_on": TestClock.today.iso,
        ]
        let refused = try await browser.upload(
            "/pegawai/\(s.employee.nip)/kompetensi", field: "bukti", filename: "x.html", content: "<script>",
            fields: form)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.text.contains("Berkas bukti harus PDF, JPG atau PNG."))
        let saved = try await browser.upload(
            "/pegawai/\(s.employee.nip)/kompetensi", field: "bukti", filename: "laporan ac.pdf",
            content: "%PDF-1.4 laporan", fields: form)
        XCTAssertEqual(saved.status, .seeOther)
        let page = try await browser.get("/pegawai/\(s.employee.nip)/kompetensi")
        let link = try XCTUnwrap(
            page.text.range(of: #"/pegawai/[0-9]+/kompetensi/bukti/[0-9A-F-]+"#, options: .regularExpression))
        let file = try await browser.get(String(page.text[link]))
        XCTAssertEqual(file.status, .ok)
        XCTAssertEqual(file.text, "%PDF-1.4 laporan")
        XCTAssertEqual(file.headers.first(name: .contentType), "application/pdf")
        var other = Browser(app)
        _ = try await other.login("pengelola.mamuju")
        await eq(try await other.get(String(page.text[link])).status, .notFound)
    }
}
