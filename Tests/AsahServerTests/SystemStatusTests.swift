import AsahCore
import Foundation
import XCTVapor

@testable import AsahServer

/// The administrators' status page and `/metrics` behind its token.
final class SystemStatusTests: AppTestCase {
    func testTheAdminSeesTheDatabaseSchemaAndLastBackup() async throws {
        try await world()
        var admin = Browser(app)
        _ = try await admin.login("admin")
        let before = try await admin.get("/sistem")
        XCTAssertEqual(before.status, .ok)
        XCTAssertTrue(before.text.contains(AsahVersion.current))
        let latest = try XCTUnwrap(MigrationList.all.last?.name)
        XCTAssertTrue(
            before.text.contains("\(latest) (\(MigrationList.all.count) migrasi)"), "the latest names the schema")
        XCTAssertTrue(before.text.contains("<b>12</b><span>pegawai</span>"), "two agencies of six")
        XCTAssertTrue(before.text.contains("Belum pernah dicadangkan"))

        let file = NSTemporaryDirectory() + "asah-status-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = try await Backup.take(to: file, config: app.appConfig, on: app.db)
        let after = try await admin.get("/sistem")
        XCTAssertTrue(after.text.contains(file), after.text)
        XCTAssertFalse(after.text.contains("Belum pernah dicadangkan"))

        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        await eq(try await manager.get("/sistem").status, .forbidden)
    }

    func testMetricsExistOnlyWithATokenAndCountRequests() async throws {
        await eq(try await app.sendRequest(.GET, "/metrics").status, .notFound, "no token configured")
        let token = "rahasia-metrik-0123456789"
        try await restart { $0.with(metricsToken: token) }
        await eq(try await app.sendRequest(.GET, "/healthz").status, .ok)
        let missing = try await app.sendRequest(.GET, "/metrics")
        XCTAssertEqual(missing.status, .unauthorized)
        XCTAssertEqual(missing.headers.first(name: .wwwAuthenticate), "Bearer")
        let wrong = try await app.sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer salah-\(token)"])
        XCTAssertEqual(wrong.status, .unauthorized)
        let res = try await app.sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer \(token)"])
        XCTAssertEqual(res.status, .ok)
        let text = res.body.string
        XCTAssertTrue(text.contains("asah_http_requests_total{method=\"GET\",status=\"2xx\"} 1"), text)
        XCTAssertTrue(text.contains("asah_http_requests_total{method=\"GET\",status=\"4xx\"} 2"), text)
        XCTAssertTrue(text.contains("asah_http_request_duration_seconds_count 3"), text)
        XCTAssertTrue(text.contains("asah_info{version=\"\(AsahVersion.current)\"} 1"))
        XCTAssertTrue(text.contains("asah_db_pool_connections{database="))
    }
}
