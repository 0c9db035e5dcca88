import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// Komunitas belajar: the host records a session, everyone present gets its JP within 2 JP a day.
final class KnowledgeSharingTests: AppTestCase {
    func testAHostRecordsASessionAndEveryoneGetsJPWithinTheDaysCap() async throws {
        try await seedDemo()
        let medan = try await agencyID("medan")
        let host = try await Employee.find(
            try await User.query(on: db).filter(\.$username == "pegawai.medan").first()!.employeeID, on: db)!
        let colleagues = try await Employee.query(on: db).filter(\.$agencyID == medan).filter(\.$id != host.id!)
            .sort(\.$nip).range(0..<3).all()
        let mamujuNIP = try await Employee.query(on: db).filter(\.$agencyID == (try await agencyID("mamuju"))).first()!.nip
        let day = CivilDate.today().iso
        var browser = Browser(app)
        _ = try await browser.login("pegawai.medan")
        let page = try await browser.get("/instansi/medan/komunitas-belajar")
        XCTAssertEqual(page.status, .ok)

        // Someone of another agency among the attendees: nothing is saved, and the page says who.
        let bad = try await browser.post("/instansi/medan/komunitas-belajar", form: [
            "topic": "Praktik baik izin trayek", "held_on": day, "minutes": "90",
            "attendees": (colleagues.map(\.nip) + [mamujuNIP]).joined(separator: "\n"),
        ])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains(mamujuNIP))
        await eq(try await count("knowledge_sessions"), 0)

        // 90 minutes = 2 JP for each of the four; a second session that day adds nothing more.
        for topic in ["Praktik baik izin trayek", "Aplikasi pengaduan warga"] {
            let ok = try await browser.post("/instansi/medan/komunitas-belajar", form: [
                "topic": topic, "held_on": day, "minutes": "90", "attendees": colleagues.map(\.nip).joined(separator: ", "),
            ])
            XCTAssertEqual(ok.status, .seeOther, ok.text)
        }
        let lines = try await LearningEntry.query(on: db).filter(\.$source == "knowledge_sharing").all()
        XCTAssertEqual(lines.count, 4, "the second session credits nobody: the day's 2 JP are used")
        XCTAssertEqual(Set(lines.map(\.jpHundredths)), [200])
        XCTAssertEqual(Set(lines.map(\.employeeID)), Set([host.id!] + colleagues.map { $0.id! }))
        let notes = try await sql.raw("SELECT COUNT(*) AS n FROM knowledge_attendees WHERE credit_note IS NOT NULL")
            .first(decoding: N.self)!.n
        XCTAssertEqual(notes, 4)
        let list = try await browser.get("/instansi/medan/komunitas-belajar")
        XCTAssertTrue(list.text.contains("Aplikasi pengaduan warga"))
        // Managers without an employee record do not host; another agency does not see the page.
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        await eq(try await manager.post("/instansi/medan/komunitas-belajar", form: ["topic": "x"]).status, .forbidden)
        var other = Browser(app)
        _ = try await other.login("pengelola.mamuju")
        await eq(try await other.get("/instansi/medan/komunitas-belajar").status, .notFound)
    }

    struct N: Decodable { var n: Int }
}
