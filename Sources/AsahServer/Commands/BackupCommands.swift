import Vapor

/// `asah backup --to FILE`: a consistent copy of the live database (see `Backup`).
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "to", help: "The backup file to write (must not exist)") var to: String?
    }

    var help: String { "Copies the database while it serves (SQLite: VACUUM INTO; PostgreSQL: pg_dump)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let to = signature.to, !to.isEmpty else {
            throw Abort(.badRequest, reason: "Usage: asah backup --to FILE")
        }
        let app = context.application
        do {
            let taken = try await Backup.take(to: to, config: app.appConfig, on: app.db)
            context.console.print("Backup written: \(taken.file) (\(taken.bytes) bytes).")
        } catch let failure as Backup.Failure {
            throw Abort(.badRequest, reason: failure.description)
        }
    }
}

/// `asah restore --from FILE`: brings a backup back (stop the server first).
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "from", help: "The backup file to restore") var from: String?
    }

    var help: String { "Replaces the database with a backup (stop the server first)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let from = signature.from, !from.isEmpty else {
            throw Abort(.badRequest, reason: "Usage: asah restore --from FILE")
        }
        let app = context.application
        do {
            let kept = try await Backup.restore(
                from: from, config: app.appConfig)
            context.console.print(
                "Restored from \(from)." + (kept.map { " The replaced database is kept as \($0)." } ?? ""))
        } catch let failure as Backup.Failure {
            throw Abort(.badRequest, reason: failure.description)
        }
    }
}
