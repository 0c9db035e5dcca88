import Fluent
import Foundation
import SQLKit

/// The one way a request starts a transaction that writes.
///
/// On SQLite its first statement is a write (a no-op update), so the transaction takes the database's
/// write lock before it reads anything: concurrent writers queue behind it (sqlite-nio's busy handler
/// waits) instead of failing with "database is locked", which is what a transaction that reads first
/// and writes later gets when another writer commits in between (SQLITE_BUSY_SNAPSHOT in WAL mode).
///
/// On PostgreSQL it locks, before the body runs and in one fixed order, the rows that decide a credit
/// or a count: the activity, then the employees by id. Two writers over overlapping records therefore
/// wait for each other and never deadlock.
enum WriteTransaction {
    /// Rows to lock first (PostgreSQL); on SQLite the write lock covers everything.
    struct Locks: Sendable {
        var activity: UUID?
        var employees: [UUID]

        init(activity: UUID? = nil, employees: [UUID] = []) {
            self.activity = activity
            self.employees = employees
        }

        static let none = Locks()
    }

    static func run<T: Sendable>(
        on db: any Database, locking locks: Locks = .none, _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        try await db.transaction { tx in
            let sql = tx.sql
            if sql.dialect.name == "sqlite" {
                try await sql.raw("UPDATE data_versions SET version = version WHERE 0").run()
            } else {
                if let activity = locks.activity {
                    try await sql.raw("SELECT id FROM activities WHERE id = \(bind: activity) FOR UPDATE").run()
                }
                try await EmployeeLock.take(locks.employees, on: tx)
            }
            return try await body(tx)
        }
    }
}
