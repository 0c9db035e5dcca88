import Vapor

/// `asah bench-data`: a large synthetic agency for `make bench` (units, positions with this year's
/// standards, employees, assessments and the current levels they give). Deterministic for a seed,
/// except row ids and timestamps.
struct BenchDataCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "agency", help: "Agency code; created when missing (it must have no employees yet)") var agency:
            String?
        @Option(name: "employees", help: "Employees (default 50000)") var employees: Int?
        @Option(name: "positions", help: "Positions (default 600)") var positions: Int?
        @Option(name: "assessments", help: "Assessments (default 1000000)") var assessments: Int?
        @Option(name: "seed", help: "Seed of the generator (default 20251201)") var seed: Int?
        @Option(name: "ledger", help: "JP ledger lines of this year (default 0)") var ledger: Int?
        @Option(
            name: "evaluation",
            help:
                "Finished activities of this year with evaluations, and two years of annual ratings (default 0: neither)"
        )
        var evaluation: Int?
    }

    var help: String { "Generates a large synthetic agency for benchmarks (not for real databases)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let code = signature.agency else {
            throw Abort(
                .badRequest,
                reason:
                    "Usage: asah bench-data --agency CODE [--employees N] [--positions N] [--assessments N] [--ledger N] [--evaluation N] [--seed N]"
            )
        }
        let options = BenchData.Options(
            agencyCode: code, employees: max(1, signature.employees ?? 50_000),
            positions: max(1, signature.positions ?? 600), assessments: max(0, signature.assessments ?? 1_000_000),
            seed: UInt64(truncatingIfNeeded: signature.seed ?? 20_251_201), ledger: max(0, signature.ledger ?? 0),
            evaluation: max(0, signature.evaluation ?? 0),
            password: Environment.get("BENCH_PASSWORD").flatMap { $0.isEmpty ? nil : $0 } ?? "bench-pass-123")
        let console = context.console
        try await BenchData.generate(
            options, clock: context.application.clock, on: context.application.db, progress: { console.print($0) })
    }
}
