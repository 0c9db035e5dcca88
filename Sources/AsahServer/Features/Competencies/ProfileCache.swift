import Fluent
import NIOConcurrencyHelpers
import PostgresKit
import SQLiteKit
import Vapor

/// Rendered profile responses kept on this node under the data version they were read at
/// (`M0026_CreateDataVersions`: the database raises it in every transaction that changes anything a
/// profile shows). A request reads the version, one single-row query, and reuses the entry when it is
/// unchanged; so a profile is never older than the last committed write, on any node.
///
/// The version is read before the profile: a write committed in between raises it past the entry's,
/// so a profile newer than its version is at worst read again, never kept stale.
/// `capacity` 0 turns the cache off (`ASAH_PROFILE_CACHE_ENTRIES`).
final class ProfileCache: Sendable {
    struct Entry: Sendable {
        let version: Int64
        let subject: ProfileQueries.Subject
        let body: ByteBuffer
    }

    private struct Key: Hashable {
        let nip: String
        let year: Int
    }

    let capacity: Int
    private let entries = NIOLockedValueBox([Key: Entry]())

    init(capacity: Int) {
        self.capacity = capacity
    }

    func entry(nip: String, year: Int, version: Int64) -> Entry? {
        guard capacity > 0 else { return nil }
        return entries.withLockedValue { map in
            guard let entry = map[Key(nip: nip, year: year)], entry.version == version else { return nil }
            return entry
        }
    }

    func store(_ entry: Entry, nip: String, year: Int) {
        guard capacity > 0 else { return }
        entries.withLockedValue { map in
            if map.count >= capacity {
                // Entries of an older version are dead weight; if all are current, start again.
                map = map.filter { $0.value.version >= entry.version }
                if map.count >= capacity { map.removeAll(keepingCapacity: true) }
            }
            map[Key(nip: nip, year: year)] = entry
        }
    }

    var count: Int { entries.withLockedValue { $0.count } }

    /// The current profile data version, straight on each driver (read on every profile request).
    static func version(on db: any Database) async throws -> Int64 {
        if let pg = db as? any PostgresDatabase {
            return try await pg.withConnection { connection in
                connection.eventLoop.makeFutureWithTask {
                    for try await version in try await connection.execute(VersionStatement(), logger: connection.logger)
                    {
                        return version
                    }
                    throw Abort(.internalServerError, reason: "data_versions has no profile row")
                }
            }.get()
        } else if let sqlite = db as? any SQLiteDatabase {
            let rows = try await sqlite.query(VersionStatement.sql, [])
            guard let version = rows.first?.column("version").flatMap(Int64.init(sqliteData:)) else {
                throw Abort(.internalServerError, reason: "data_versions has no profile row")
            }
            return version
        }
        throw Abort(.internalServerError, reason: "Unsupported database driver.")
    }

    private struct VersionStatement: PostgresPreparedStatement {
        static let name = "asah_profile_version_v1"
        static let sql = "SELECT version FROM data_versions WHERE name = 'profile'"
        typealias Row = Int64
        func makeBindings() throws -> PostgresBindings { PostgresBindings() }
        func decodeRow(_ row: PostgresRow) throws -> Int64 { try row.decode(Int64.self) }
    }
}

private struct ProfileCacheKey: StorageKey { typealias Value = ProfileCache }

extension Application {
    var profileCache: ProfileCache {
        get { storage[ProfileCacheKey.self] ?? ProfileCache(capacity: 0) }
        set { storage[ProfileCacheKey.self] = newValue }
    }
}
