import AsahCore
import Fluent
import SQLKit
import Vapor

/// `asah recompute-levels [--agency CODE]`: current levels depend on today's date (an
/// assessment-centre result stops counting after its validity), so run this daily (cron, a timer).
struct RecomputeLevelsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "agency", help: "Only this agency (default: all)") var agency: String?
    }

    var help: String { "Recomputes every employee's current competency levels (run daily)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let db = context.application.db
        for agency in try await Commands.agencies(signature.agency, on: db) {
            let id = try agency.requireID()
            let settings = try await AgencySettings.currentLevel(id, on: db)
            try await db.transaction { tx in
                try await AssessmentService.recomputeAll(
                    agencyID: id, settings: settings, today: context.application.clock.today(in: agency.timeZone),
                    on: tx.sql)
            }
            context.console.print("\(agency.code): current levels recomputed.")
        }
    }
}
