import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// Tugas and izin belajar: recorded with the institution, programme and dates; each completed semester
/// credited once to the ledger by the agency's conversion table.
final class StudyTests: AppTestCase {
    func testASemesterOfStudyIsCreditedOnceByTheConversionTable() async throws {
        let world = try await world()
        let m = world.medan
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let created = try await manager.send(
            .POST, "/api/v1/employees/\(m.colleague.nip)/studies",
            json: """
                {"kind":"izin_belajar","institution":"Universitas Sumatera Utara","programme":"S2 Administrasi Publik",
                 "starts_on":"2025-08-01","ends_on":"2027-07-31"}
                """)
        XCTAssertEqual(created.status, .created, created.text)
        let id = try XCTUnwrap(try json(created)["id"] as? String)
        let bad = try await manager.send(
            .POST, "/api/v1/employees/\(m.colleague.nip)/studies",
            json:
                #"{"kind":"kursus","institution":"","programme":"S2","starts_on":"1900-01-01","ends_on":"2027-07-31"}"#)
        XCTAssertEqual(bad.status, .unprocessableEntity)
        let fields = Set(
            ((try json(bad)["error"] as? [String: Any])?["details"] as? [[String: Any]] ?? []).compactMap {
                $0["field"] as? String
            })
        XCTAssertEqual(fields, ["kind", "institution", "starts_on"])

        // The first semester: 20 JP on the day it ended, in that year's ledger.
        let path = "/api/v1/employees/\(m.colleague.nip)/studies/\(id)/semesters"
        let first = try await manager.send(.POST, path, json: #"{"number":1,"finished_on":"2026-01-31"}"#)
        XCTAssertEqual(first.status, .created, first.text)
        XCTAssertEqual(try json(first)["jp"] as? Double, 20)
        let hours = try json(try await manager.get("/api/v1/employees/\(m.colleague.nip)/learning-hours"))
        XCTAssertEqual(hours["total_jp"] as? Double, 20)
        let line = try XCTUnwrap((hours["entries"] as? [[String: Any]])?.first)
        XCTAssertEqual(line["source"] as? String, "study")
        XCTAssertEqual(line["jenis_diklat"] as? String, "Pendidikan (tugas/izin belajar)")
        XCTAssertEqual(line["provider"] as? String, "Universitas Sumatera Utara")
        // Twenty requests for the second semester at once: one credit.
        let codes = try await together(20) { _ in
            try await manager.send(.POST, path, json: #"{"number":2,"finished_on":"2026-06-30"}"#).status.code
        }
        XCTAssertEqual(codes.filter { $0 == 201 }.count, 1, "\(codes)")
        XCTAssertEqual(codes.filter { $0 == 422 }.count, 19, "\(codes)")
        let again = try await manager.send(.POST, path, json: #"{"number":3,"finished_on":"2026-12-31"}"#)
        XCTAssertEqual(again.status, .unprocessableEntity, "not finished yet")
        let lines = try await LearningEntry.query(on: db).filter(\.$employeeID == m.colleague.id!).count()
        XCTAssertEqual(lines, 2)

        // The employee reads it; another agency sees nothing; an employee cannot record.
        let own = try await APIClient.signIn(app, "pegawai.medan")
        await eq(try await own.get("/api/v1/employees/\(m.colleague.nip)/studies").status, .notFound)
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        await eq(try await mamuju.get("/api/v1/employees/\(m.colleague.nip)/studies").status, .notFound)
        await eq(
            try await mamuju.send(.POST, path, json: #"{"number":4,"finished_on":"2026-06-30"}"#).status, .notFound)
        let list = try json(try await manager.get("/api/v1/employees/\(m.colleague.nip)/studies"))
        let study = try XCTUnwrap((list["items"] as? [[String: Any]])?.first)
        XCTAssertEqual((study["semesters"] as? [Any])?.count, 2)

        // The page shows the study and its total; the manager records a semester from it.
        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        let page = try await browser.get("/pegawai/\(m.colleague.nip)/belajar")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.text.contains("Izin belajar: S2 Administrasi Publik"))
        XCTAssertTrue(page.text.contains("Jumlah: 40 JP dari 2 semester."))
        let refused = try await browser.post(
            "/pegawai/\(m.colleague.nip)/belajar/\(id)/semester", form: ["number": "2", "finished_on": "2026-07-01"])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.text.contains("Semester ini sudah dicatat."))
    }
}
