import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

#if canImport(Glibc)
    import Glibc
#endif

/// `asah backup` and `asah restore`.
///
/// - SQLite: `VACUUM INTO` writes a consistent copy of the live database from one read transaction,
///   while the server goes on serving (WAL readers and writers do not wait for it); every write
///   committed before it began is in the copy. A restore first checks the copy (`PRAGMA
///   integrity_check`, and that it is an Asah database), checkpoints the current database (refused
///   while a server keeps it busy), keeps it under a second name, then renames the copy over it in one
///   step. Stop the server before restoring.
/// - PostgreSQL: `pg_dump --format=custom` of the configured URL (one snapshot, served on meanwhile);
///   a restore is `pg_restore --clean --if-exists --no-owner` into the configured database.
enum Backup {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    struct Taken: Sendable {
        var file: String
        var bytes: Int
    }

    /// Copies the database to `file`, which must not exist yet, and records the run.
    static func take(to file: String, config: AppConfig, on db: any Database) async throws -> Taken {
        let target = URL(fileURLWithPath: file).standardizedFileURL.path
        guard !FileManager.default.fileExists(atPath: target) else {
            throw Failure(description: "\(target) already exists; choose a new file name (nothing was written).")
        }
        switch config.database {
        case .sqlite:
            try await db.sql.raw("VACUUM INTO \(bind: target)").run()
        case .postgres(let url):
            let (dbname, environment) = connection(url)
            try run(
                "pg_dump", ["--format=custom", "--no-owner", "--file=\(target)", "--dbname=\(dbname)"], environment)
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? Int) ?? 0
        try await db.sql.raw(
            """
            INSERT INTO backup_runs (id, taken_at, file, bytes, database)
            VALUES (\(bind: UUID()), \(bind: WriteTime.now), \(bind: target), \(bind: bytes), \(bind: config.databaseKindName))
            """
        ).run()
        return Taken(file: target, bytes: bytes)
    }

    /// Brings a backup back over the configured database. Returns where the replaced SQLite file was kept.
    @discardableResult
    static func restore(from file: String, config: AppConfig) async throws -> String? {
        let source = URL(fileURLWithPath: file).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: source) else {
            throw Failure(description: "\(source) does not exist.")
        }
        switch config.database {
        case .sqlite(let path):
            try await check(sqlite: source)
            let fm = FileManager.default
            let kept = path + ".before-restore-" + String(Int(WriteTime.now.timeIntervalSince1970))
            let staged = path + ".restoring"
            try? fm.removeItem(atPath: staged)
            try fm.copyItem(atPath: source, toPath: staged)
            if fm.fileExists(atPath: path) {
                // Everything committed goes into the file itself first; a server still writing makes
                // the checkpoint busy, and the restore stops with the current database untouched.
                try await checkpoint(sqlite: path)
                // The kept copy is a second name of the current file, so `path` always names a whole
                // database: the rename below replaces it in one step.
                try fm.linkItem(atPath: path, toPath: kept)
            }
            guard rename(staged, path) == 0 else {
                throw Failure(description: "\(path) could not be replaced (errno \(errno)); it is unchanged.")
            }
            for suffix in ["-wal", "-shm"] { try? fm.removeItem(atPath: path + suffix) }
            return fm.fileExists(atPath: kept) ? kept : nil
        case .postgres(let url):
            try run(
                "pg_restore",
                ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname=\(url)", source])
            return nil
        }
    }

    /// Moves every committed page of the WAL into the database file and empties the WAL; refuses when
    /// another connection (a running server) keeps it busy.
    static func checkpoint(sqlite file: String) async throws {
        let connection = try await SQLiteConnection.open(storage: .file(path: file), logger: Logger(label: "backup"))
        do {
            let rows = try await connection.query("PRAGMA wal_checkpoint(TRUNCATE)").get()
            let busy = rows.first?.column("busy")?.integer ?? 1
            guard busy == 0 else {
                throw Failure(
                    description: "\(file) is in use (is the server still running?); stop it and restore again.")
            }
        } catch {
            try? await connection.close().get()
            throw error
        }
        try await connection.close().get()
    }

    /// A copy is restored only when SQLite finds it whole and it holds Asah's schema.
    static func check(sqlite file: String) async throws {
        do {
            try await checkOpened(sqlite: file)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "\(file) is not a readable SQLite database (\(error)).")
        }
    }

    private static func checkOpened(sqlite file: String) async throws {
        let connection = try await SQLiteConnection.open(storage: .file(path: file), logger: Logger(label: "backup"))
        do {
            let integrity = try await connection.query("PRAGMA integrity_check").get()
            let verdict = integrity.first?.column("integrity_check")?.string
            guard integrity.count == 1, verdict == "ok" else {
                throw Failure(description: "\(file) fails SQLite's integrity check: \(verdict ?? "no answer").")
            }
            let tables = try await connection.query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('_fluent_migrations', 'employees')"
            ).get()
            guard tables.count == 2 else { throw Failure(description: "\(file) is not an Asah database.") }
        } catch {
            try? await connection.close().get()
            throw error
        }
        try await connection.close().get()
    }

    /// The URL without its password, and the password in `PGPASSWORD`: a password on the command line
    /// would be readable by anyone listing the machine's processes.
    static func connection(_ url: String) -> (String, [String: String]) {
        guard var parts = URLComponents(string: url), let password = parts.password else { return (url, [:]) }
        parts.password = nil
        return (parts.string ?? url, ["PGPASSWORD": password])
    }

    /// Runs a PostgreSQL client tool; its error output becomes the failure's text.
    static func run(_ tool: String, _ arguments: [String], _ environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw Failure(description: "\(tool) could not be started (is the PostgreSQL client installed?).")
        }
        // Read before waiting: a tool that fills the pipe would otherwise wait for us forever.
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(tool) failed (\(process.terminationStatus)): \(text)")
        }
    }
}
