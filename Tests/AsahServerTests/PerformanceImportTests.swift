import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// `POST /api/v1/agencies/{code}/imports/performance-ratings`: an e-Kinerja CSV, all or nothing; a
/// predikat that contradicts the matrix names its row; a period already rated is replaced.
final class PerformanceImportTests: AppTestCase {
    static let path = "/api/v1/agencies/medan/imports/performance-ratings"
    static let header = "NIP;TAHUN;PERIODE;RATING HASIL KERJA;RATING PERILAKU KERJA;PREDIKAT\n"

    struct Stored: Decodable, Equatable {
        var nip: String, year: Int, period: String, predikat: String, source: String
    }

    func stored() async throws -> [Stored] {
        try await sql.raw(
            """
            SELECT e.nip, r.year, r.period, r.predikat, r.source FROM performance_ratings r
            JOIN employees e ON e.id = r.employee_id ORDER BY e.nip, r.year, r.period
            """
        ).rows(Stored.self)
    }

    func testAllOrNothingAndTheMatrixDecides() async throws {
        let w = try await world()
        let m = w.medan
        let y = TestClock.year
        let api = try await APIClient.signIn(app, "pengelola.medan")
        let good = [
            "\(m.staff.nip);\(y - 1);Tahunan;Di Atas Ekspektasi;Di Atas Ekspektasi;Sangat Baik",
            "\(m.colleague.nip);\(y - 1);annual;Sesuai Ekspektasi;Di Atas Ekspektasi;",
            "\(m.head.nip);\(y);Triwulan I;Di Bawah Ekspektasi;Sesuai Ekspektasi;Butuh Perbaikan",
        ]

        // A contradicting predikat (row 5) and another agency's NIP (row 6): nothing is written.
        let bad = try await api.post(
            Self.path,
            body: Self.header
                + (good + [
                    "\(m.secretary.nip);\(y - 1);annual;Di Atas Ekspektasi;Di Bawah Ekspektasi;Baik",
                    "\(w.mamuju.staff.nip);\(y - 1);annual;Sesuai Ekspektasi;Sesuai Ekspektasi;Baik",
                ]).joined(separator: "\n"))
        XCTAssertEqual(bad.status, .unprocessableEntity, bad.body.string)
        let details = ((try json(bad)["error"] as? [String: Any])?["details"] as? [[String: Any]]) ?? []
        XCTAssertEqual(details.map { $0["row"] as? Int }, [5, 6])
        XCTAssertEqual(details.map { $0["column"] as? String }, ["PREDIKAT", "NIP"])
        XCTAssertTrue((details.first?["message"] as? String ?? "").contains("Kurang/Misconduct"))
        await eq(try await stored(), [])

        // A dry run checks and writes nothing; then the file is imported.
        let dry = try await api.post(Self.path + "?dry_run=true", body: Self.header + good.joined(separator: "\n"))
        XCTAssertEqual(dry.status, .ok, dry.body.string)
        XCTAssertEqual(try json(dry)["ratings"] as? Int, 3)
        await eq(try await stored(), [])
        let ok = try await api.post(Self.path, body: Self.header + good.joined(separator: "\n"))
        XCTAssertEqual(ok.status, .ok, ok.body.string)
        XCTAssertEqual(try json(ok)["employees"] as? Int, 3)
        let imported = try await stored()
        XCTAssertEqual(
            imported.map(\.predikat).sorted(), ["baik", "butuh_perbaikan", "sangat_baik"])
        XCTAssertTrue(imported.allSatisfy { $0.source == "import" })

        // The same file again replaces, never doubles; a changed rating is the new one.
        let again = good.map {
            $0.replacingOccurrences(
                of: "Tahunan;Di Atas Ekspektasi;Di Atas Ekspektasi;Sangat Baik",
                with: "Tahunan;Sesuai Ekspektasi;Sesuai Ekspektasi;Baik")
        }
        await eq(try await api.post(Self.path, body: Self.header + again.joined(separator: "\n")).status, .ok)
        let replaced = try await stored()
        XCTAssertEqual(replaced.count, 3)
        XCTAssertEqual(replaced.first { $0.nip == m.staff.nip }?.predikat, "baik")

        // Only the agency's managers import; another agency's manager does not see Medan.
        let own = try await APIClient.signIn(app, "pegawai.medan")
        await eq(try await own.post(Self.path, body: Self.header + good[0]).status, .forbidden)
        let other = try await APIClient.signIn(app, "pengelola.mamuju")
        await eq(try await other.post(Self.path, body: Self.header + good[0]).status, .notFound)
        await eq(try await api.post(Self.path, body: "").status, .badRequest)
        await eq(try await stored(), replaced)
    }
}
