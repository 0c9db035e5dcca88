import Fluent
import Vapor

enum Commands {
    static func register(in app: Application) {
        app.asyncCommands.use(MigrateCommand(), as: "migrate")
        app.asyncCommands.use(ImportEmployeesCommand(), as: "import-employees")
        app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
        app.asyncCommands.use(CreateAgencyCommand(), as: "create-agency")
        app.asyncCommands.use(RecomputeLevelsCommand(), as: "recompute-levels")
        app.asyncCommands.use(RefreshStructureCommand(), as: "refresh-structure")
        app.asyncCommands.use(BackupCommand(), as: "backup")
        app.asyncCommands.use(RestoreCommand(), as: "restore")
        app.asyncCommands.use(BenchDataCommand(), as: "bench-data")
    }

    /// The agencies an `--agency CODE` option names: that one, or every agency (by code) without it.
    static func agencies(_ code: String?, on db: any Database) async throws -> [Agency] {
        let all = try await Agency.query(on: db).sort(\.$code).all()
        guard let code else { return all }
        let chosen = all.filter { $0.code == code }
        guard !chosen.isEmpty else { throw Abort(.notFound, reason: "No agency with code '\(code)'.") }
        return chosen
    }
}

struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "yes", short: "y", help: "Accepted for compatibility; migrations never ask") var yes: Bool
    }
    var help: String { "Brings the database (SQLite or PostgreSQL) to the latest schema." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.migrateQuietly()
        context.console.print("Database up to date (\(context.application.appConfig.databaseKindName)).")
    }
}

struct ImportEmployeesCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "agency", help: "Agency code, e.g. medan") var agency: String?
        @Option(name: "file", help: "SIASN export (CSV or XLSX)") var file: String?
        @Flag(name: "dry-run", help: "Check the file and report, write nothing") var dryRun: Bool
    }

    var help: String { "Imports a SIASN employee export into one agency (all or nothing)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let code = signature.agency, let path = signature.file else {
            throw Abort(.badRequest, reason: "Usage: asah import-employees --agency CODE --file FILE [--dry-run]")
        }
        let app = context.application
        guard let agency = try await OrganizationQueries.agency(code: code, on: app.db) else {
            throw Abort(.notFound, reason: "No agency with code '\(code)'.")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Abort(.notFound, reason: "Cannot read \(path).")
        }
        let console = context.console
        let report = try await EmployeeImporter.run(
            file: data, agencyID: try agency.requireID(), dryRun: signature.dryRun, userID: nil,
            today: app.clock.today(in: agency.timeZone), on: app.db,
            progress: { console.print("… \($0)") })
        if !report.isValid {
            console.error("Import refused: \(report.errors.count) problem(s); nothing was written.")
            for issue in report.errors.prefix(200) {
                console.print("row \(issue.row), column \(issue.column): \(issue.message)")
            }
            if report.errors.count > 200 { console.print("… and \(report.errors.count - 200) more") }
            throw ExitCode(1)
        }
        console.print(
            (signature.dryRun ? "Dry run (nothing written): " : "Imported: ")
                + "\(report.created) created, \(report.updated) updated, \(report.unchanged) unchanged, "
                + "\(report.unitsCreated) new units, \(report.positionsCreated) new positions.")
    }
}

struct ExitCode: Error, CustomStringConvertible {
    let code: Int32
    init(_ code: Int32) { self.code = code }
    var description: String { "exit \(code)" }
}
