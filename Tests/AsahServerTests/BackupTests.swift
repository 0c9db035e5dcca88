import AsahCore
import FluentSQLiteDriver
import Foundation
import SQLKit
import XCTVapor

@testable import AsahServer

/// `asah backup` while writers write: the copy passes the database's own check and holds every write
/// acknowledged before the backup began; a restore brings it back, and a broken file is refused.
final class BackupTests: AppTestCase {
    actor Acknowledged {
        var ids: [UUID] = []
        func add(_ id: UUID) { ids.append(id) }
    }

    /// Four writers add audit lines one at a time; the backup starts once some are in.
    func testABackupTakenDuringWritesHoldsEveryWriteAcknowledgedBeforeIt() async throws {
        try await world()
        let acked = Acknowledged()
        let db = self.db
        let writers = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for w in 0..<4 {
                    group.addTask {
                        for n in 0..<40 {
                            let id = UUID()
                            try await db.sql.raw(
                                """
                                INSERT INTO audit_log (id, agency_id, user_id, action, entity, entity_id, before, after, at)
                                VALUES (\(bind: id), NULL, NULL, 'test', 'backup', \(bind: "\(w)-\(n)"), NULL, NULL, \(bind: TestClock.now))
                                """
                            ).run()
                            await acked.add(id)
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        while await acked.ids.count < 20 { await Task.yield() }
        let before = Set(await acked.ids)
        let file = NSTemporaryDirectory() + "asah-backup-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let taken = try await Backup.take(to: file, config: app.appConfig, on: app.db)
        try await writers.value
        XCTAssertGreaterThan(taken.bytes, 0)
        XCTAssertGreaterThanOrEqual(before.count, 20)

        let copied = try await auditIDs(inBackup: file)
        XCTAssertTrue(before.isSubset(of: copied), "\(before.subtracting(copied).count) acknowledged writes missing")
        await eq(try await count("backup_runs"), 1, "the run is recorded for the status page")
        // A second backup to the same file is refused and leaves it as it was.
        do {
            _ = try await Backup.take(to: file, config: app.appConfig, on: app.db)
            XCTFail("overwrote a backup")
        } catch let failure as Backup.Failure {
            XCTAssertTrue(failure.description.contains("already exists"))
        }
    }

    /// The audit ids a backup holds: SQLite's copy opened and checked as a restore checks it; PostgreSQL's
    /// dump restored into a new database of the test server.
    func auditIDs(inBackup file: String) async throws -> Set<UUID> {
        struct Row: Decodable { var id: UUID }
        switch app.appConfig.database {
        case .sqlite:
            try await Backup.check(sqlite: file)
            let connection = try await SQLiteConnection.open(storage: .file(path: file), logger: app.logger)
            let rows = try await connection.sql().raw("SELECT id FROM audit_log").all(decoding: Row.self)
            try await connection.close().get()
            return Set(rows.map(\.id))
        case .postgres(let url):
            guard var parts = URLComponents(string: url) else { throw Backup.Failure(description: url) }
            let restored = String(parts.path.dropFirst()) + "_r"
            parts.path = "/" + restored
            let restoredURL = parts.string!
            try await sql.raw("CREATE DATABASE \(ident: restored)").run()
            let output: String
            do {
                try await Backup.restore(
                    from: file, config: AppConfig(database: .postgres(url: restoredURL)))
                output = try psql(restoredURL, "SELECT id FROM audit_log")
            } catch {
                try? await sql.raw("DROP DATABASE IF EXISTS \(ident: restored)").run()
                throw error
            }
            try await sql.raw("DROP DATABASE IF EXISTS \(ident: restored)").run()
            return Set(output.split(separator: "\n").compactMap { UUID(uuidString: String($0)) })
        }
    }

    func psql(_ url: String, _ query: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-At", "-c", query, url]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return text
    }

    func testARestoreChecksTheFileAndKeepsTheReplacedDatabase() async throws {
        guard case .sqlite(let path) = app.appConfig.database else { return }  // PostgreSQL: above
        try await world()
        let file = NSTemporaryDirectory() + "asah-backup-\(UUID().uuidString)"
        let broken = NSTemporaryDirectory() + "asah-broken-\(UUID().uuidString)"
        defer { for f in [file, broken] { try? FileManager.default.removeItem(atPath: f) } }
        _ = try await Backup.take(to: file, config: app.appConfig, on: app.db)
        let employees = try await count("employees")
        try Data("bukan basis data".utf8).write(to: URL(fileURLWithPath: broken))

        let target = path + ".restored"
        defer { try? FileManager.default.removeItem(atPath: target) }
        let config = AppConfig(database: .sqlite(path: target))
        do {
            try await Backup.restore(from: broken, config: config)
            XCTFail("restored a broken file")
        } catch let failure as Backup.Failure {
            XCTAssertTrue(failure.description.contains("not a readable SQLite database"), failure.description)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: target), "nothing written")
        // An existing database there: checkpointed, kept under a second name, replaced in one step.
        try await sql.raw("DELETE FROM audit_log").run()
        _ = try await Backup.take(to: target, config: app.appConfig, on: app.db)
        let kept = try await Backup.restore(from: file, config: config)
        let keptPath = try XCTUnwrap(kept)
        defer { try? FileManager.default.removeItem(atPath: keptPath) }
        try await Backup.check(sqlite: keptPath)
        let connection = try await SQLiteConnection.open(storage: .file(path: target), logger: app.logger)
        struct Count: Decodable { var n: Int }
        let restored = try await connection.sql().raw("SELECT COUNT(*) AS n FROM employees").first(decoding: Count.self)
        try await connection.close().get()
        XCTAssertEqual(restored?.n, employees)
    }
}
