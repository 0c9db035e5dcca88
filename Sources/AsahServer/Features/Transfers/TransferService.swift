import AsahCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// Writes of a mutasi: the receiving agency's request, and the sending side's decision, which on
/// approval moves the person in one transaction with their ledger, assessments, current levels,
/// evidence and learning records — each line keeping the agency it was earned in.
enum TransferService {
    static func refusal(_ r: TransferRefusal) -> Abort {
        Abort(r.kind == .invalid ? .unprocessableEntity : .conflict, reason: r.message)
    }

    /// Returns the new request's id.
    static func request(
        nip raw: String, into agencyID: UUID, userID: UUID?, now: Date, on db: any Database
    ) async throws -> UUID {
        do {
            return try await insertRequest(nip: raw, into: agencyID, userID: userID, now: now, on: db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // The one-pending-request index: the same request sent twice at once.
            throw Abort(.conflict, reason: "Permintaan mutasi untuk NIP ini masih menunggu keputusan.")
        }
    }

    private static func insertRequest(
        nip raw: String, into agencyID: UUID, userID: UUID?, now: Date, on db: any Database
    ) async throws -> UUID {
        try await WriteTransaction.run(on: db) { tx in
            let holder = try await TransferQueries.holder(nip: NIP.normalize(raw), on: tx)
            var pending = false
            if let holder {
                // Requests for one person queue here (PostgreSQL), so only one of two at once is made.
                try await EmployeeLock.take(holder.id, on: tx)
                pending = try await TransferQueries.pending(employeeID: holder.id, to: agencyID, on: tx)
            }
            let nip: String
            switch TransferRules.request(nip: raw, receiving: agencyID, holder: holder?.facts, pending: pending) {
            case .failure(let r): throw refusal(r)
            case .success(let n): nip = n
            }
            guard let holder else { throw Abort(.unprocessableEntity) }
            let id = IDs.make()
            try await tx.sql.raw(
                """
                INSERT INTO transfers (id, employee_id, nip, from_agency_id, to_agency_id, state, requested_by, requested_at)
                VALUES (\(bind: id), \(bind: holder.id), \(bind: nip), \(bind: holder.agencyID), \(bind: agencyID),
                        \(bind: TransferState.pending.rawValue), \(bind: userID), \(bind: now))
                """
            ).run()
            for agency in [agencyID, holder.agencyID] {
                try await AuditEntry(
                    agencyID: agency, userID: userID, action: "create", entity: "transfer", entityID: id.uuidString,
                    before: nil, after: "{\"nip\":\"\(nip)\"}"
                ).create(on: tx)
            }
            return id
        }
    }

    /// The sending side's yes or no, with a reason already checked (`TransferRules.reason`). A yes moves the person; a request decided already, or a person who
    /// left the sending agency meanwhile, is a 409 and writes nothing. Returns the accounts whose
    /// sessions ended, already dropped from `cache`.
    static func decide(
        _ id: UUID, approve: Bool, reason: String?, userID: UUID?, now: Date, today: CivilDate, cache: SessionCache?,
        on db: any Database
    ) async throws {
        let closed = try await WriteTransaction.run(on: db) { tx -> [UUID] in
            let sql = tx.sql
            // The request first: two deciders of one request queue here (PostgreSQL row lock; SQLite's
            // write lock covers all).
            let forUpdate = sql.dialect.name == "postgresql" ? " FOR UPDATE" : ""
            struct Claim: Decodable {
                var state: String; var employeeID: UUID; var fromAgencyID: UUID; var toAgencyID: UUID
            }
            guard
                let t = try await sql.raw(
                    "SELECT state, employee_id, from_agency_id, to_agency_id FROM transfers WHERE id = \(bind: id)"
                        + SQLQueryString(forUpdate)
                ).firstRow(Claim.self)
            else { throw Abort(.notFound, reason: "Permintaan mutasi tidak ditemukan.") }
            var closed: [UUID] = []
            if approve {
                try await cancelOpenEnrolments(of: t.employeeID, in: t.fromAgencyID, on: tx)
            }
            // The person and those they supervise, whose supervisor a move changes, in one ordered lock
            // (PostgreSQL: no deadlock with a writer that locks a sorted list of employees).
            struct ID: Decodable { var id: UUID }
            let supervised = try await sql.raw(
                "SELECT id FROM employees WHERE supervisor_id = \(bind: t.employeeID)"
            ).rows(ID.self).map(\.id)
            try await EmployeeLock.take(([t.employeeID] + supervised).sorted { $0.uuidString < $1.uuidString }, on: tx)
            guard let holder = try await TransferQueries.holder(id: t.employeeID, on: tx) else {
                throw Abort(.notFound, reason: "Pegawai tidak ditemukan.")
            }
            let next: TransferState
            switch TransferRules.decide(
                try TransferState(stored: t.state, column: "transfers.state"), approve: approve,
                sending: t.fromAgencyID, holderAgency: holder.agencyID,
                holderState: try EmploymentState(stored: holder.employmentState, column: "employees.employment_state"))
            {
            case .failure(let r): throw refusal(r)
            case .success(let s): next = s
            }
            try await sql.raw(
                """
                UPDATE transfers SET state = \(bind: next.rawValue), decided_by = \(bind: userID),
                       decided_at = \(bind: now), reason = \(bind: reason)
                WHERE id = \(bind: id)
                """
            ).run()
            if next == .approved {
                closed = try await move(
                    t.employeeID, from: t.fromAgencyID, to: t.toAgencyID, state: holder.facts.state, today: today,
                    on: tx)
                // Other agencies' requests for the person are answered: they have moved.
                try await sql.raw(
                    """
                    UPDATE transfers SET state = \(bind: TransferState.rejected.rawValue), decided_by = \(bind: userID),
                           decided_at = \(bind: now), reason = \(bind: "Pegawai ini sudah dimutasi ke instansi lain.")
                    WHERE employee_id = \(bind: t.employeeID) AND state = \(bind: TransferState.pending.rawValue)
                      AND id <> \(bind: id)
                    """
                ).run()
            }
            for agency in [t.fromAgencyID, t.toAgencyID] {
                try await AuditEntry(
                    agencyID: agency, userID: userID, action: "update", entity: "transfer", entityID: id.uuidString,
                    before: TransferState.pending.rawValue, after: next.rawValue
                ).create(on: tx)
            }
            return closed
        }
        for user in closed { cache?.remove(userID: user) }
    }

    /// Places the person asked for in the receiving agency with their history.
    private static func move(
        _ employeeID: UUID, from: UUID, to: UUID, state: EmploymentState, today: CivilDate, on tx: any Database
    ) async throws -> [UUID] {
        let sql = tx.sql
        let arrival = TransferRules.arrival(state) ?? state
        // Unit, position and supervisor were the sending agency's: the receiving managers place them.
        try await sql.raw(
            """
            UPDATE employees SET agency_id = \(bind: to), unit_id = NULL, position_id = NULL, supervisor_id = NULL,
                   supervisor_override = \(bind: false), employment_state = \(bind: arrival.rawValue),
                   employment_since = \(unsafeRaw: arrival == state ? "employment_since" : "NULL"),
                   updated_at = \(bind: WriteTime.now)
            WHERE id = \(bind: employeeID)
            """
        ).run()
        try await EmploymentService.releaseChosenSupervisor([employeeID], on: tx)
        // Each line keeps where it was earned (`TransferRules.origin`, in SQL).
        for table in ["learning_entries", "assessments"] {
            try await sql.raw(
                """
                UPDATE \(ident: table) SET
                    origin_agency_id = CASE WHEN COALESCE(origin_agency_id, agency_id) = \(bind: to) THEN NULL
                                            ELSE COALESCE(origin_agency_id, agency_id) END,
                    agency_id = \(bind: to)
                WHERE employee_id = \(bind: employeeID)
                """
            ).run()
        }
        // Teknis codes are each agency's own (T.HUB.01 here is not T.HUB.01 there): the sender's teknis
        // results stay in the assessment history, marked with where they were given; only the national
        // competencies' current levels carry over.
        // The national ones are worked out again from the history under the receiver's current-level rule.
        try await sql.raw("DELETE FROM current_levels WHERE employee_id = \(bind: employeeID)").run()
        struct Code: Decodable { var competencyCode: String }
        let national = Set(CompetencyDictionary.nationalCodes)
        let assessed = try await sql.raw(
            "SELECT DISTINCT competency_code FROM assessments WHERE employee_id = \(bind: employeeID)"
        ).rows(Code.self).map(\.competencyCode).filter(national.contains)
        let settings = try await AgencySettings.currentLevel(to, on: tx)
        for code in assessed.sorted() {
            try await AssessmentService.recompute(
                agencyID: to, employeeID: employeeID, code: code, settings: settings, today: today, on: sql)
        }
        for table in ["assessment_evidence", "external_learning", "study_records"] {
            try await sql.raw(
                "UPDATE \(ident: table) SET agency_id = \(bind: to) WHERE employee_id = \(bind: employeeID)"
            ).run()
        }
        // Mentoring within the sending agency ends on the day of the move.
        try await sql.raw(
            """
            UPDATE mentorships SET ends_on = CASE WHEN starts_on > \(bind: today.iso) THEN starts_on ELSE \(bind: today.iso) END
            WHERE agency_id = \(bind: from) AND ends_on > \(bind: today.iso)
              AND (mentor_id = \(bind: employeeID) OR mentee_id = \(bind: employeeID))
            """
        ).run()
        // The account goes along as a plain employee's; its roles were the sending agency's.
        var closed: [UUID] = []
        for user in try await User.query(on: tx).filter(\.$employeeID == employeeID).all() {
            let wasManager = user.isActive && user.roles.contains(.manager)
            if AccountRules.removesLastManager(
                activeManagers: try await AccountQueries.activeManagers(from, on: tx), wasActiveManager: wasManager,
                remainsActiveManager: false)
            {
                throw Abort(
                    .conflict,
                    reason: "Pegawai ini satu-satunya pengelola aktif instansi asal; beri peran pengelola kepada akun "
                        + "lain dahulu.")
            }
            // The sender's activities are no longer theirs to run or to read as a facilitator.
            try await sql.raw(
                """
                DELETE FROM activity_facilitators WHERE user_id = \(bind: try user.requireID())
                  AND activity_id IN (SELECT id FROM activities WHERE agency_id = \(bind: from))
                """
            ).run()
            user.agencyID = to
            user.unitID = nil
            user.rolesText = User.encode(Set([.employee]).union(user.roles.intersection([.admin])))
            if state.hasLeft { user.isActive = true }
            try await user.save(on: tx)
            let userID = try user.requireID()
            try await AuthQueries.closeAll(userID: userID, on: tx)
            closed.append(userID)
        }
        try await Supervision.refresh(agencyID: from, on: tx)
        try await Supervision.refresh(agencyID: to, on: tx)
        return closed
    }

    /// The person's places in the sending agency's activities that have not ended are given up (a
    /// freed seat goes to whoever waited longest).
    private static func cancelOpenEnrolments(of employeeID: UUID, in agencyID: UUID, on tx: any Database)
        async throws
    {
        let open: [EnrolmentState] = [.requested, .enrolled, .waitlisted]
        let enrolments = try await Enrolment.query(on: tx).filter(\.$employeeID == employeeID)
            .filter(\.$agencyID == agencyID).filter(\.$state ~~ open.map(\.rawValue)).sort(\.$activityID).all()
        for e in enrolments { _ = try await EnrolmentService.cancel(e, on: tx) }
    }
}
