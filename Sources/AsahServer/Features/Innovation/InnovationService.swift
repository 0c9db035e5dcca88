import AsahCore
import Fluent
import SQLKit
import Vapor

/// Writes of innovation projects, each in one transaction with its audit line: propose, describe,
/// team, milestones, status, and completion, which credits every member's JP once.
enum InnovationService {
    static func create(
        _ v: ValidInnovation, agencyID: UUID, ketuaID: UUID, userID: UUID?, on db: any Database
    ) async throws -> InnovationProject {
        let p = InnovationProject()
        p.id = IDs.make()
        p.agencyID = agencyID
        p.status = InnovationStatus.usulan.rawValue
        p.createdBy = userID
        apply(v, to: p)
        try await WriteTransaction.run(on: db) { tx in
            try await p.create(on: tx)
            try await InnovationMember(projectID: p.id!, employeeID: ketuaID, role: InnovationRole.ketua.rawValue)
                .create(on: tx)
            try await audit(p, "create", userID: userID, before: nil, after: v.title, on: tx)
        }
        return p
    }

    static func update(_ p: InnovationProject, _ v: ValidInnovation, userID: UUID?, on db: any Database) async throws {
        try await WriteTransaction.run(on: db) { tx in
            let current = try await lock(p.requireID(), on: tx)
            guard InnovationStatus(rawValue: current.status)?.isOpen == true else {
                throw Abort(.conflict, reason: "Proyek yang sudah selesai atau dibatalkan tidak dapat diubah.")
            }
            let before = summary(current)
            apply(v, to: current)
            try await current.save(on: tx)
            try await audit(current, "update", userID: userID, before: before, after: summary(current), on: tx)
        }
    }

    static func addMember(
        _ projectID: UUID, employee: Employee, role text: String, userID: UUID?, on db: any Database
    ) async throws -> Result<InnovationRole, FieldErrors> {
        try await WriteTransaction.run(on: db) { tx in
            let p = try await lock(projectID, on: tx)
            let team = try await InnovationQueries.team(projectID: projectID, on: tx)
            let result = InnovationRules.validateMember(
                employeeID: try employee.requireID(), role: text, team: team,
                status: try InnovationStatus(stored: p.status, column: "status"))
            guard case .success(let role) = result else { return result }
            try await InnovationMember(projectID: projectID, employeeID: employee.id!, role: role.rawValue).create(
                on: tx)
            try await audit(
                p, "add_member", userID: userID, before: nil, after: "\(role.rawValue): \(employee.nip)", on: tx)
            return result
        }
    }

    static func removeMember(_ projectID: UUID, employee: Employee, userID: UUID?, on db: any Database) async throws
        -> Result<InnovationRole, FieldErrors>
    {
        try await WriteTransaction.run(on: db) { tx in
            let p = try await lock(projectID, on: tx)
            let team = try await InnovationQueries.team(projectID: projectID, on: tx)
            let result = InnovationRules.validateRemoval(
                employeeID: try employee.requireID(), team: team,
                status: try InnovationStatus(stored: p.status, column: "status"))
            guard case .success(let role) = result else { return result }
            try await InnovationMember.query(on: tx).filter(\.$projectID == projectID).filter(
                \.$employeeID == employee.id!
            ).delete()
            try await audit(
                p, "remove_member", userID: userID, before: "\(role.rawValue): \(employee.nip)", after: nil, on: tx)
            return result
        }
    }

    static func addMilestone(_ projectID: UUID, _ input: MilestoneInput, userID: UUID?, on db: any Database)
        async throws
        -> Result<ValidMilestone, FieldErrors>
    {
        try await WriteTransaction.run(on: db) { tx in
            let p = try await lock(projectID, on: tx)
            guard InnovationStatus(rawValue: p.status)?.isOpen == true else {
                return .failure(FieldErrors(["state": "Tahapan proyek yang sudah ditutup tidak dapat ditambah."]))
            }
            guard let start = CivilDate(iso: p.startsOn), let end = CivilDate(iso: p.endsOn) else {
                throw Abort(.internalServerError)
            }
            let result = InnovationRules.validate(input, period: start...end)
            guard case .success(let v) = result else { return result }
            let m = InnovationMilestone()
            m.id = IDs.make()
            m.projectID = projectID
            m.title = v.title
            m.dueOn = v.dueOn.iso
            try await m.create(on: tx)
            try await audit(
                p, "add_milestone", userID: userID, before: nil, after: "\(v.dueOn.iso): \(v.title)", on: tx)
            return result
        }
    }

    /// Marks a milestone done today (once; a done milestone keeps its date).
    static func markDone(
        _ milestoneID: UUID, projectID: UUID, userID: UUID?, today: CivilDate, on db: any Database
    ) async throws {
        try await WriteTransaction.run(on: db) { tx in
            let p = try await lock(projectID, on: tx)
            guard let m = try await InnovationMilestone.find(milestoneID, on: tx), m.projectID == projectID else {
                throw RecordKind.milestone.notFound
            }
            guard InnovationStatus(rawValue: p.status)?.isOpen == true else {
                throw Abort(.conflict, reason: "Tahapan proyek yang sudah ditutup tidak dapat diubah.")
            }
            guard m.doneOn == nil else { throw Abort(.conflict, reason: "Tahapan ini sudah ditandai selesai.") }
            m.doneOn = today.iso
            try await m.save(on: tx)
            try await audit(p, "milestone_done", userID: userID, before: nil, after: m.title, on: tx)
        }
    }

    static func changeStatus(_ projectID: UUID, to target: String, userID: UUID?, on db: any Database) async throws
        -> Result<InnovationStatus, FieldErrors>
    {
        try await WriteTransaction.run(on: db) { tx in
            let p = try await lock(projectID, on: tx)
            let result = InnovationRules.change(
                from: try InnovationStatus(stored: p.status, column: "status"), to: target)
            guard case .success(let s) = result else { return result }
            let before = p.status
            p.status = s.rawValue
            try await p.save(on: tx)
            try await audit(p, "status", userID: userID, before: before, after: s.rawValue, on: tx)
            return result
        }
    }

    /// Completes a running project and credits every member the agency's JP, one ledger line each.
    /// The project's row is locked first, so a second completion (even a parallel one) sees `selesai`.
    static func complete(
        _ projectID: UUID, outcome: String, userID: UUID?, today: CivilDate, on db: any Database
    ) async throws
        -> Result<[(employeeID: UUID, jp: JP)], FieldErrors>
    {
        try await WriteTransaction.run(on: db) { tx in
            let p = try await lock(projectID, on: tx)
            let team = try await InnovationQueries.team(projectID: projectID, on: tx)
            let checked = InnovationRules.complete(
                status: try InnovationStatus(stored: p.status, column: "status"), outcome: outcome, team: team)
            guard case .success(let text) = checked else { return checked.map { _ in [] } }
            let rule = try await InnovationQueries.jpRule(agencyID: p.agencyID, on: tx)
            let credits = InnovationRules.credits(team: team, rule: rule)
            p.status = InnovationStatus.selesai.rawValue
            p.outcome = text
            p.completedOn = today.iso
            p.creditedHundredths = rule.perMember.hundredths
            try await p.save(on: tx)
            for c in credits {
                try await LearningEntry(
                    agencyID: p.agencyID, employeeID: c.employeeID, learnedOn: today.iso, year: today.year,
                    source: .innovation, sourceID: projectID, jenisDiklatID: InnovationJPRule.jenisDiklatID,
                    title: "Proyek inovasi: \(p.title)", minutes: nil, jpHundredths: c.jp.hundredths
                ).create(on: tx)
            }
            try await audit(
                p, "complete", userID: userID, before: "berjalan",
                after: "selesai, \(credits.count) × \(rule.perMember.display)", on: tx)
            return .success(credits)
        }
    }

    /// Takes the project's row lock (PostgreSQL row lock, SQLite write lock) and reads it fresh.
    static func lock(_ projectID: UUID, on tx: any Database) async throws -> InnovationProject {
        try await tx.sql.raw(
            "UPDATE innovation_projects SET updated_at = \(bind: WriteTime.now) WHERE id = \(bind: projectID)"
        ).run()
        guard let p = try await InnovationProject.find(projectID, on: tx) else {
            throw Abort(.notFound, reason: "Proyek inovasi tidak ditemukan.")
        }
        return p
    }

    private static func apply(_ v: ValidInnovation, to p: InnovationProject) {
        p.title = v.title
        p.problem = v.problem
        p.competencyCodes = v.competencies.joined(separator: ",")
        p.startsOn = v.startsOn.iso
        p.endsOn = v.endsOn.iso
    }

    private static func summary(_ p: InnovationProject) -> String {
        "\(p.title) | \(p.startsOn)–\(p.endsOn) | \(p.competencyCodes)"
    }

    private static func audit(
        _ p: InnovationProject, _ action: String, userID: UUID?, before: String?, after: String?, on tx: any Database
    ) async throws {
        try await AuditEntry(
            agencyID: p.agencyID, userID: userID, action: action, entity: "innovation_project",
            entityID: p.id?.uuidString,
            before: before, after: after
        ).create(on: tx)
    }

    /// The JP each member of a completed project gets, with its audit entry.
    static func setJPRule(_ rule: InnovationJPRule, agencyID id: UUID, userID: UUID, on db: any Database) async throws {
        try await WriteTransaction.run(on: db) { tx in
            let before = try await InnovationQueries.jpRule(agencyID: id, on: tx)
            try await AgencySettings.save(rule, .innovationJP, agencyID: id, on: tx)
            try await AuditEntry(
                agencyID: id, userID: userID, action: "update", entity: "innovation_jp", entityID: nil,
                before: before.perMember.number, after: rule.perMember.number
            ).create(on: tx)
        }
    }
}
