import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// An employee records training taken elsewhere with its certificate; a manager accepts it into the
/// ledger or rejects it with a reason.
final class ExternalLearningTests: AppTestCase {
    func testRecordedAcceptedOrRejectedWithAReason() async throws {
        try await world()
        let me = try await User.query(on: db).filter(\.$username == "pegawai.medan").first()!
        let employee = try await Employee.find(me.employeeID, on: db)!
        let finished = TestClock.today.iso
        var staff = Browser(app)
        _ = try await staff.login("pegawai.medan")
        let path = "/pegawai/\(employee.nip)/pelatihan-luar"
        let page = try await staff.get(path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertLessThan(page.body.readableBytes, 40_000)

        // No certificate, no JP for a form counted by JP: refused, with reasons beside the fields.
        let bad = try await staff.upload(
            path, field: "sertifikat", filename: "", content: "",
            fields: [
                "title": "Kursus Analisis Data", "jenis_diklat_id": "11", "provider": "Universitas Sumatera Utara",
                "started_on": TestClock.today.addingDays(-30).iso, "finished_on": finished,
            ])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.text.contains("Lampirkan berkas sertifikat sebagai bukti."))
        XCTAssertTrue(bad.text.contains("isi JP yang tertera pada sertifikat"))
        await eq(try await count("external_learning"), 0)

        let fields = [
            "title": "Kursus Analisis Data", "jenis_diklat_id": "11", "provider": "Universitas Sumatera Utara",
            "started_on": TestClock.today.addingDays(-30).iso, "finished_on": finished, "jp": "12,5",
            "certificate_no": "USU/2026/0042",
        ]
        let sent = try await staff.upload(
            path, field: "sertifikat", filename: "sertifikat.pdf", content: "%PDF-1.4 uji", fields: fields)
        XCTAssertEqual(sent.status, .seeOther, sent.text)
        var seminar = fields
        seminar["title"] = "Seminar Nasional Transportasi"
        seminar["jenis_diklat_id"] = "9"
        seminar["jp"] = ""
        seminar["started_on"] = TestClock.today.addingDays(-1).iso  // two days: 2 × 4 JP
        _ = try await staff.upload(path, field: "sertifikat", filename: "seminar.png", content: "png", fields: seminar)
        let records = try await ExternalLearning.query(on: db).filter(\.$employeeID == employee.id!).sort(\.$title)
            .all()
        XCTAssertEqual(records.map(\.jpHundredths), [1250, 800])
        XCTAssertEqual(records.map(\.state), ["submitted", "submitted"])

        // Another employee cannot record for them; an employee cannot decide.
        var boss = Browser(app)
        _ = try await boss.login("kepala.medan")
        await eq(
            try await boss.upload(path, field: "sertifikat", filename: "x.pdf", content: "x", fields: fields).status,
            .forbidden)
        await eq(
            try await staff.post("/pelatihan-luar/\(records[0].id!)/keputusan", form: ["keputusan": "terima"]).status,
            .notFound)

        // The manager sees the queue, opens the certificate, accepts one and rejects the other with a reason.
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let queue = try await manager.get("/instansi/medan/pelatihan-luar")
        XCTAssertTrue(queue.text.contains("Kursus Analisis Data"))
        let file = try await manager.get("/pelatihan-luar/\(records[0].id!)/sertifikat")
        XCTAssertEqual(file.body.string, "%PDF-1.4 uji")
        XCTAssertEqual(file.headers.first(name: .contentType), "application/pdf")
        let noReason = try await manager.post(
            "/pelatihan-luar/\(records[1].id!)/keputusan", form: ["keputusan": "tolak"])
        XCTAssertEqual(noReason.status, .unprocessableEntity)
        XCTAssertTrue(noReason.text.contains("Isi alasan penolakan"))
        await eq(
            try await manager.post("/pelatihan-luar/\(records[0].id!)/keputusan", form: ["keputusan": "terima"]).status,
            .seeOther)
        await eq(
            try await manager.post(
                "/pelatihan-luar/\(records[1].id!)/keputusan",
                form: ["keputusan": "tolak", "alasan": "Sertifikat tidak terbaca"]
            ).status,
            .seeOther)
        await eq(
            try await manager.post("/pelatihan-luar/\(records[0].id!)/keputusan", form: ["keputusan": "terima"]).status,
            .conflict)

        // Only the accepted one is in the ledger; the employee reads the reason of the other.
        let lines = try await LearningEntry.query(on: db).filter(\.$employeeID == employee.id!).filter(
            \.$source == "external"
        )
        .filter(\.$sourceID != nil).all()
        XCTAssertEqual(lines.map(\.jpHundredths), [1250])
        XCTAssertEqual(lines.first?.certificateNo, "USU/2026/0042")
        let mine = try await staff.get(path)
        XCTAssertTrue(mine.text.contains("Alasan: Sertifikat tidak terbaca"))
        XCTAssertTrue(mine.text.contains("Diterima"))
        // Other agencies see none of it.
        var other = Browser(app)
        _ = try await other.login("pengelola.mamuju")
        await eq(try await other.get("/pelatihan-luar/\(records[0].id!)/sertifikat").status, .notFound)
        await eq(
            try await other.post("/pelatihan-luar/\(records[0].id!)/keputusan", form: ["keputusan": "terima"]).status,
            .notFound)
    }
}
