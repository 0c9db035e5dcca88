import AsahCore
import Fluent
import SQLKit
import Vapor

/// External learning records: an employee submits one with its certificate; a manager accepts it
/// (one line in the JP ledger) or rejects it with a reason. Decisions are audited.
enum ExternalLearningService {
    struct Proof {
        var filename: String
        var contentType: String
        var data: Data
    }

    static func submit(
        _ v: ValidExternalLearning, agencyID: UUID, employeeID: UUID, proof: Proof, on db: any Database
    ) async throws -> ExternalLearning {
        let r = ExternalLearning()
        r.id = IDs.make()
        r.agencyID = agencyID
        r.employeeID = employeeID
        r.title = v.title
        r.jenisDiklatID = v.jenis.id
        r.provider = v.provider
        r.startedOn = v.startedOn.iso
        r.finishedOn = v.finishedOn.iso
        r.international = v.international
        r.certificateNo = v.certificateNo
        r.jpHundredths = v.jp.hundredths
        r.proofFilename = proof.filename
        r.proofType = proof.contentType
        r.proof = proof.data
        r.state = ExternalLearning.State.submitted.rawValue
        try await r.create(on: db)
        return r
    }

    /// Accepting posts the record's JP to the ledger; rejecting needs a reason the employee will read.
    static func decide(_ id: UUID, accept: Bool, reason: String?, userID: UUID?, on db: any Database) async throws {
        let reason = try ExternalLearningRules.decision(accept: accept, reason: reason)
            .mapError { Abort(.unprocessableEntity, reason: $0["reason"] ?? "") }.get()
        try await WriteTransaction.run(on: db) { tx in
            // Lock the row first (as ActivityLock does), so two decisions cannot both pass the check.
            try await tx.sql.raw(
                "UPDATE external_learning SET decided_at = decided_at WHERE id = \(bind: id)"
            ).run()
            guard let r = try await ExternalLearning.find(id, on: tx) else { throw Abort(.notFound) }
            guard r.state == ExternalLearning.State.submitted.rawValue else {
                throw Abort(.conflict, reason: "Catatan ini sudah diputuskan sebelumnya.")
            }
            r.state = (accept ? ExternalLearning.State.accepted : .rejected).rawValue
            r.reason = reason
            r.decidedBy = userID
            r.decidedAt = WriteTime.now
            if accept, let started = CivilDate(iso: r.startedOn), let finished = CivilDate(iso: r.finishedOn) {
                // Within the caps of its form, counted under the employee's lock like every other source.
                try await EmployeeLock.take(r.employeeID, on: tx)
                let table = try await AgencySettings.jpConversion(r.agencyID, on: tx)
                let credit = ExternalLearningRules.credit(
                    jenisDiklatID: r.jenisDiklatID, startedOn: started, finishedOn: finished,
                    jp: JP(hundredths: r.jpHundredths),
                    existing: try await capFacts(r, year: finished.year, table: table, on: tx), table: table)
                r.reason = credit.reason
                if credit.credited > .zero {
                    try await LearningEntry(
                        agencyID: r.agencyID, employeeID: r.employeeID, learnedOn: r.finishedOn, year: finished.year,
                        source: .external, sourceID: id, jenisDiklatID: r.jenisDiklatID, title: r.title, minutes: nil,
                        jpHundredths: credit.credited.hundredths, provider: r.provider, certificateNo: r.certificateNo
                    ).create(on: tx)
                }
            }
            try await r.save(on: tx)
            try await AuditEntry(
                agencyID: r.agencyID, userID: userID, action: accept ? "accept" : "reject", entity: "external_learning",
                entityID: id.uuidString, before: "submitted", after: reason ?? r.title
            ).create(on: tx)
        }
    }

    /// The employee's ledger lines of the record's capped row in its year, as the caps count them.
    private static func capFacts(_ r: ExternalLearning, year: Int, table: JPConversionTable, on db: any Database)
        async throws -> [LedgerEntryFact]
    {
        guard let row = ActivityCredit.cappedRow(jenisDiklatID: r.jenisDiklatID, table: table) else { return [] }
        return try await LearningQueries.capLines(
            row, where: "employee_id = \(bind: r.employeeID) AND year = \(bind: year)", on: db
        ).compactMap { $0.fact(row) }
    }
}
