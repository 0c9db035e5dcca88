import AsahCore
import Fluent
import Foundation
import Plot
import SQLKit
import Vapor

/// What an administrator checks before trusting a node: the version, the database and its schema,
/// its size and main tables, and the last backup.
struct SystemStatus {
    struct LastBackup: Decodable, Sendable {
        var takenAt: Date
        var file: String
        var bytes: Int
        var database: String
    }

    var version = AsahVersion.current
    var database: String
    var migrations: Int
    var schema: String
    var bytes: Int
    var counts: [(label: String, n: Int)]
    var lastBackup: LastBackup?

    static func read(config: AppConfig, on db: any Database) async throws -> SystemStatus {
        let sql = db.sql
        struct Migrations: Decodable {
            var n: Int
            var last: String?
        }
        struct Count: Decodable { var n: Int }
        let migrations = try await sql.raw("SELECT COUNT(*) AS n, MAX(name) AS last FROM _fluent_migrations")
            .firstRow(Migrations.self)
        var bytes = 0
        switch config.database {
        case .sqlite:
            struct Pages: Decodable { var n: Int }
            let count =
                try await sql.raw("SELECT page_count AS n FROM pragma_page_count()").firstRow(Pages.self)?.n ?? 0
            let size = try await sql.raw("SELECT page_size AS n FROM pragma_page_size()").firstRow(Pages.self)?.n ?? 0
            bytes = count * size
        case .postgres:
            bytes =
                try await sql.raw("SELECT CAST(pg_database_size(current_database()) AS BIGINT) AS n")
                .firstRow(Count.self)?.n ?? 0
        }
        var counts: [(String, Int)] = []
        for (table, label) in [
            ("agencies", "instansi"), ("employees", "pegawai"), ("users", "akun"),
            ("learning_entries", "catatan JP"), ("assessments", "penilaian kompetensi"),
        ] {
            let n = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").firstRow(Count.self)?.n ?? 0
            counts.append((label, n))
        }
        let last = try await sql.raw(
            "SELECT taken_at, file, bytes, database FROM backup_runs ORDER BY taken_at DESC LIMIT 1"
        ).firstRow(LastBackup.self)
        return SystemStatus(
            database: config.databaseKindName, migrations: migrations?.n ?? 0, schema: migrations?.last ?? "-",
            bytes: bytes, counts: counts, lastBackup: last)
    }
}

/// `/sistem`: the status for administrators.
struct SystemStatusPage {
    static func render(_ s: SystemStatus, chrome: PageChrome, zone: IndonesianTimeZone) -> HTML {
        Layout.page(chrome) {
            tag("h1") { txt("Status sistem") }
            tag("div") {
                UI.facts([
                    ("Versi Asah", s.version),
                    ("Basis data", s.database == "postgres" ? "PostgreSQL" : "SQLite"),
                    ("Skema", "\(s.schema) (\(s.migrations) migrasi)"),
                    ("Ukuran basis data", IndonesianFormat.fileSize(s.bytes)),
                ])
            }.cls("card")
            tag("h2") { txt("Isi") }
            tag("div") { for c in s.counts { UI.stat(UI.number(c.n), c.label) } }.cls("grid")
            tag("h2") { txt("Cadangan terakhir") }
            tag("div") {
                if let b = s.lastBackup {
                    UI.facts([
                        ("Waktu", moment(b.takenAt, zone: zone)), ("Berkas", b.file),
                        ("Ukuran", IndonesianFormat.fileSize(b.bytes)),
                    ])
                } else {
                    tag("p") { txt("Belum pernah dicadangkan. Jalankan asah backup --to BERKAS di server.") }
                        .cls("bad")
                }
            }.cls("card")
        }
    }

    /// "7 Desember 2026 pukul 14.05 WIB".
    static func moment(_ instant: Date, zone: IndonesianTimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone.timeZone
        let c = calendar.dateComponents([.hour, .minute], from: instant)
        return IndonesianFormat.date(CivilDate(instant, in: zone.timeZone))
            + String(format: " pukul %02d.%02d ", c.hour ?? 0, c.minute ?? 0) + zone.rawValue
    }
}
