import Fluent

/// Accounts given by managers start with a one-time activation code instead of a password: only its
/// SHA-256 is kept, with the moment it stops working. `password_hash` is empty until the person sets
/// their own password. One column per statement: SQLite adds columns one at a time.
struct M0030_AddAccountActivation: AsyncMigration {
    var name: String { "M0030_AddAccountActivation" }

    func prepare(on db: any Database) async throws {
        try await db.schema("users").field("activation_hash", .string).update()
        try await db.schema("users").field("activation_expires_at", .datetime).update()
        try await db.schema("users").field("password_changed_at", .datetime).update()
    }

    func revert(on db: any Database) async throws {
        for field in ["password_changed_at", "activation_expires_at", "activation_hash"] {
            try await db.schema("users").deleteField(.string(field)).update()
        }
    }
}
