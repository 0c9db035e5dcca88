import AsahCore
import Fluent
import SQLKit
import Vapor

/// Records assessments and keeps `current_levels` in step, in the same transaction: the current
/// level of one competency is recomputed by `CurrentLevelRule` from all of the employee's results.
enum AssessmentService {
    struct Evidence: Sendable {
        var filename: String
        var contentType: String
        var content: Data
    }

    struct Input: Sendable {
        var id: UUID = IDs.make()
        var agencyID: UUID
        var employeeID: UUID
        var code: String
        var level: Int
        var source: AssessmentSource
        var assessedOn: CivilDate
        var assessorID: UUID?
        var recordedBy: UUID?
        var note: String?
        var evidenceURL: String?
        var evidence: Evidence? = nil
    }

    static func record(_ input: Input, today: CivilDate, on db: any Database) async throws {
        let settings = try await AgencySettings.currentLevel(input.agencyID, on: db)
        // Under the employee's lock: two assessments of one person at once are recomputed one after the
        // other, so the second sees the first (READ COMMITTED alone let a recompute miss it).
        try await WriteTransaction.run(on: db, locking: .init(employees: [input.employeeID])) { tx in
            let sql = tx.sql
            try await insert([input], on: sql)
            if let file = input.evidence {
                try await BulkInsert.run(
                    "assessment_evidence",
                    columns: [
                        "id", "agency_id", "assessment_id", "employee_id", "filename", "content_type", "content",
                        "created_at",
                    ],
                    rows: [
                        [
                            .id(IDs.make()), .id(input.agencyID), .id(input.id), .id(input.employeeID),
                            .text(file.filename),
                            .text(file.contentType), .bytes(file.content), .time(WriteTime.now),
                        ]
                    ], on: sql)
            }
            try await recompute(
                agencyID: input.agencyID, employeeID: input.employeeID, code: input.code, settings: settings,
                today: today, on: sql)
            try await AuditEntry(
                agencyID: input.agencyID, userID: input.recordedBy, action: "create", entity: "assessment",
                entityID: input.employeeID.uuidString, before: nil,
                after: "\(input.code)=\(input.level) \(input.source.rawValue) \(input.assessedOn.iso)"
            ).create(on: tx)
        }
    }

    static func insert(_ inputs: [Input], on sql: any SQLDatabase) async throws {
        let now = WriteTime.now
        try await BulkInsert.run(
            "assessments",
            columns: [
                "id", "agency_id", "employee_id", "competency_code", "level", "source", "assessed_on", "assessor_id",
                "recorded_by", "note", "evidence_url", "created_at",
            ],
            rows: inputs.map {
                [
                    .id($0.id), .id($0.agencyID), .id($0.employeeID), .text($0.code), .int($0.level),
                    .text($0.source.rawValue), .text($0.assessedOn.iso), .id($0.assessorID), .id($0.recordedBy),
                    .text($0.note), .text($0.evidenceURL), .time(now),
                ]
            }, on: sql)
    }

    /// Recomputes one employee's current level of one competency from every result on record.
    static func recompute(
        agencyID: UUID, employeeID: UUID, code: String, settings: CurrentLevelSettings,
        today: CivilDate, on sql: any SQLDatabase
    ) async throws {
        let facts = try await sql.raw(
            """
            SELECT \(unsafeRaw: ResultRow.columns) FROM assessments
            WHERE employee_id = \(bind: employeeID) AND competency_code = \(bind: code)
            ORDER BY assessed_on, created_at
            """
        ).rows(ResultRow.self).compactMap(\.fact)
        guard let current = CurrentLevelRule.current(of: facts, today: today, settings: settings) else {
            try await sql.raw(
                "DELETE FROM current_levels WHERE employee_id = \(bind: employeeID) AND competency_code = \(bind: code)"
            ).run()
            return
        }
        try await upsert(
            [CurrentRow(agencyID: agencyID, employeeID: employeeID, code: code, level: current)], on: sql)
    }

    struct CurrentRow {
        var agencyID: UUID
        var employeeID: UUID
        var code: String
        var level: CurrentLevel
    }

    /// Inserts or replaces current levels (one statement per batch; same syntax on both databases).
    static func upsert(_ rows: [CurrentRow], on sql: any SQLDatabase) async throws {
        let now = WriteTime.now
        for start in stride(from: 0, to: rows.count, by: 400) {
            let batch = rows[start..<min(start + 400, rows.count)]
            var query: SQLQueryString = """
                INSERT INTO current_levels (id, agency_id, employee_id, competency_code, level, source, assessed_on, updated_at)
                VALUES
                """
            for (i, r) in batch.enumerated() {
                query += (i == 0 ? " " : ", ")
                query += """
                    (\(bind: IDs.make()), \(bind: r.agencyID), \(bind: r.employeeID), \(bind: r.code), \(bind: r.level.level), \
                    \(bind: r.level.source?.rawValue), \(bind: r.level.assessedOn.iso), \(bind: now))
                    """
            }
            query += """
                 ON CONFLICT (employee_id, competency_code) DO UPDATE SET level = excluded.level,
                  source = excluded.source, assessed_on = excluded.assessed_on, updated_at = excluded.updated_at
                """
            try await sql.raw(query).run()
        }
    }
}

extension AssessmentService {
    /// Recomputes every current level of an agency (after its current-level settings change).
    static func recomputeAll(
        agencyID: UUID, settings: CurrentLevelSettings, today: CivilDate, on sql: any SQLDatabase
    ) async throws {
        let rows = try await sql.raw(
            """
            SELECT \(unsafeRaw: ResultRow.columns) FROM assessments
            WHERE agency_id = \(bind: agencyID) ORDER BY employee_id, competency_code, assessed_on, created_at
            """
        ).rows(ResultRow.self)
        var currents: [CurrentRow] = []
        var start = 0
        while start < rows.count {
            var end = start
            while end < rows.count, rows[end].employeeID == rows[start].employeeID,
                rows[end].competencyCode == rows[start].competencyCode
            {
                end += 1
            }
            let facts = rows[start..<end].compactMap(\.fact)
            if let level = CurrentLevelRule.current(of: facts, today: today, settings: settings) {
                currents.append(
                    CurrentRow(
                        agencyID: agencyID, employeeID: rows[start].employeeID, code: rows[start].competencyCode,
                        level: level))
            }
            start = end
        }
        try await sql.raw("DELETE FROM current_levels WHERE agency_id = \(bind: agencyID)").run()
        try await upsert(currents, on: sql)
    }
}

extension AssessmentService {
    /// A stored result as the current-level rule reads it.
    struct ResultRow: Decodable, Sendable {
        static let columns = "employee_id, competency_code, level, source, assessed_on"

        var employeeID: UUID
        var competencyCode: String
        var level: Int
        var source: String
        var assessedOn: String

        /// The result as the rule counts it; nil for a source or day Asah does not write (skipped).
        var fact: AssessmentFact? {
            guard let s = AssessmentSource(rawValue: source), let d = CivilDate(iso: assessedOn) else { return nil }
            return AssessmentFact(level: level, source: s, assessedOn: d)
        }
    }
}
