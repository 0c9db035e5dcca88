import Fluent
import Vapor

/// `asah refresh-structure [--agency CODE]`: derives unit heads and supervisors again (`Supervision`).
/// Every write through Asah does this itself; the command is for data changed behind its back (a
/// restore, a hand-made SQL fix) and reports how long one derivation takes for an agency's size.
struct RefreshStructureCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "agency", help: "Only this agency (default: all)") var agency: String?
    }

    var help: String { "Derives unit heads and supervisors from the structure again." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let db = context.application.db
        for agency in try await Commands.agencies(signature.agency, on: db) {
            let id = try agency.requireID()
            let started = ContinuousClock.now
            let changes = try await WriteTransaction.run(on: db) { tx in
                try await Supervision.refresh(agencyID: id, on: tx)
            }
            let elapsed = ContinuousClock.now - started
            let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            context.console.print(
                "\(agency.code): \(changes.heads) unit heads and \(changes.supervisors) supervisors changed "
                    + "in \(String(format: "%.0f", ms)) ms")
        }
    }
}
