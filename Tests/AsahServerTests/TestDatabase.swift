import AsahCore
import FluentPostgresDriver
import Foundation
import SQLKit
import XCTVapor

@testable import AsahServer

/// The database of one app test, and the seeded demo that tests asking for it start from.
///
/// Every test owns its database: a SQLite file in the temporary folder, or (with `DATABASE_URL`) a
/// PostgreSQL database made on that server and dropped afterwards, so tests may run in parallel.
/// Seeding the four-agency demo took 5 s on SQLite and 15-20 s on PostgreSQL, in most tests; it is now
/// done once per build and day by `DemoSeeder` itself into a template, which each test copies: a file
/// copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL.
enum TestDatabase {
    enum Handle {
        case sqlite(path: String)
        case postgres(server: String, name: String)
    }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A new, empty database for one test, and the app configuration that opens it.
    static func make() async throws -> (AppConfig, Handle) {
        if let server = postgresURL {
            let name = "asah_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await onServer(server) { try await $0.raw("CREATE DATABASE \(ident: name)").run() }
            return (
                AppConfig(database: .postgres(url: try url(server, database: name)), postgresConnectionsPerLoop: 2)
                    .with(clock: TestClock.clock),
                .postgres(server: server, name: name)
            )
        }
        let path = NSTemporaryDirectory() + "asah-test-\(UUID().uuidString).sqlite"
        return (AppConfig(database: .sqlite(path: path)).with(clock: TestClock.clock), .sqlite(path: path))
    }

    static func drop(_ handle: Handle) async throws {
        switch handle {
        case .sqlite(let path): removeSQLite(path)
        case .postgres(let server, let name):
            try await onServer(server) { try await $0.raw("DROP DATABASE IF EXISTS \(ident: name)").run() }
        }
    }

    /// Replaces the test's database (its app shut down) with a copy of the seeded demo.
    static func restoreDemo(into handle: Handle) async throws {
        switch handle {
        case .sqlite(let path):
            let template = try await sqliteTemplate()
            removeSQLite(path)
            try FileManager.default.copyItem(atPath: template, toPath: path)
        case .postgres(let server, let name):
            let template = try await postgresTemplate(server)
            try await onServer(server) {
                try await $0.raw("DROP DATABASE IF EXISTS \(ident: name)").run()
                try await $0.raw("CREATE DATABASE \(ident: name) TEMPLATE \(ident: template)").run()
            }
        }
    }

    // MARK: The template

    /// One template per build of the tests (the demo is dated around `TestClock`, the same every day).
    static var key: String {
        let binary = CommandLine.arguments.first ?? ""
        let built = (try? FileManager.default.attributesOfItem(atPath: binary)[.modificationDate] as? Date) ?? nil
        return String(Int(built?.timeIntervalSince1970 ?? 0))
    }

    /// Seeds a database the way `asah demo` does.
    private static func seed(_ config: AppConfig) async throws {
        let app = try await Application.make(.testing)
        do {
            try await configure(app, config: config)
            if case .postgres = config.database { try await app.migrateQuietly() }
            _ = try await DemoSeeder.seedIfNeeded(clock: TestClock.clock, on: app.db)
            if case .sqlite = config.database {
                // Everything folded into the main file, which alone is copied.
                try await app.db.sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            }
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// The SQLite template, made by the first test process that needs it (others wait for it).
    private static func sqliteTemplate() async throws -> String {
        let path = NSTemporaryDirectory() + "asah-demo-\(key).sqlite"
        let lock = path + ".lock"
        let deadline = ContinuousClock.now + .seconds(600)
        while !FileManager.default.fileExists(atPath: path) {
            let fd = open(lock, O_CREAT | O_EXCL | O_WRONLY, 0o644)
            if fd >= 0 {
                _ = "\(getpid())".withCString { write(fd, $0, strlen($0)) }
                close(fd)
                defer { unlink(lock) }
                let building = path + ".building-\(getpid())"
                removeSQLite(building)
                try await seed(AppConfig(database: .sqlite(path: building)).with(clock: TestClock.clock))
                try FileManager.default.moveItem(atPath: building, toPath: path)
                removeSQLite(building)
                break
            }
            // Another process builds it; a lock left by a process that died is taken over.
            if let text = try? String(contentsOfFile: lock, encoding: .utf8), let pid = Int32(text), kill(pid, 0) != 0 {
                unlink(lock)
                continue
            }
            guard ContinuousClock.now < deadline else {
                throw Abort(.internalServerError, reason: "demo template not ready: \(path)")
            }
            try await Task.sleep(nanoseconds: 200_000_000)
        }
        return path
    }

    /// The PostgreSQL template database, made under an advisory lock by the first test that needs it.
    private static func postgresTemplate(_ server: String) async throws -> String {
        let name = "asah_demo_\(key)"
        struct Found: Decodable { var n: Int }
        try await onServer(server) { sql in
            try await sql.raw("SELECT pg_advisory_lock(704)").run()
            let found =
                try await sql.raw("SELECT COUNT(*) AS n FROM pg_database WHERE datname = \(bind: name)")
                .firstRow(Found.self)?.n ?? 0
            if found == 0 {
                let building = name + "_b"
                try await sql.raw("DROP DATABASE IF EXISTS \(ident: building)").run()
                try await sql.raw("CREATE DATABASE \(ident: building)").run()
                try await seed(
                    AppConfig(database: .postgres(url: try url(server, database: building))).with(
                        clock: TestClock.clock))
                try await sql.raw("ALTER DATABASE \(ident: building) RENAME TO \(ident: name)").run()
            }
            try await sql.raw("SELECT pg_advisory_unlock(704)").run()
        }
        return name
    }

    // MARK: Helpers

    private static func removeSQLite(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    private static func url(_ server: String, database: String) throws -> String {
        guard var components = URLComponents(string: server) else { throw Abort(.internalServerError, reason: server) }
        components.path = "/" + database
        guard let url = components.string else { throw Abort(.internalServerError, reason: server) }
        return url
    }

    /// Runs statements on the server's own database (`DATABASE_URL`), outside any test's database, all on
    /// one connection (the template's advisory lock belongs to a session).
    private static func onServer(
        _ server: String, _ body: @escaping @Sendable (any SQLDatabase) async throws -> Void
    ) async throws {
        let admin = try await Application.make(.testing)
        admin.databases.use(.postgres(configuration: try .init(url: server), maxConnectionsPerEventLoop: 1), as: .psql)
        do {
            try await admin.db.withConnection { try await body($0.sql) }
        } catch {
            try await admin.asyncShutdown()
            throw error
        }
        try await admin.asyncShutdown()
    }
}
