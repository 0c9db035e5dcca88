import AsahCore
import Foundation
import SQLKit

enum ImportQueries {
    struct Existing {
        var id: UUID
        var agencyID: UUID
        var values: ImportPlan.EmployeeValues
    }

    private struct StoredEmployee: Decodable {
        var id: UUID
        var agencyID: UUID
        var nip: String
        var gelarDepan: String?
        var name: String
        var gelarBelakang: String?
        var status: String
        var golongan: String?
        var positionID: UUID?
        var unitID: UUID?
        var gender: String
        var birthDate: String
        var email: String?
        var phone: String?
        var employmentState: String
        var employmentSince: String?
    }

    /// Stored employees with these NIPs, in any agency.
    static func employees(nips: [String], on sql: any SQLDatabase) async throws -> [String: Existing] {
        var out: [String: Existing] = [:]
        var start = 0
        while start < nips.count {
            let chunk = Array(nips[start..<min(start + 900, nips.count)])
            start += 900
            let rows = try await sql.raw(
                """
                SELECT id, agency_id, nip, gelar_depan, name, gelar_belakang, status, golongan, position_id, unit_id,
                       gender, birth_date, email, phone, employment_state, employment_since
                FROM employees WHERE nip IN (\(binds: chunk))
                """
            ).rows(StoredEmployee.self)
            for r in rows {
                out[r.nip] = Existing(
                    id: r.id, agencyID: r.agencyID,
                    values: .init(
                        gelarDepan: r.gelarDepan, name: r.name, gelarBelakang: r.gelarBelakang, status: r.status,
                        golongan: r.golongan, positionID: r.positionID, unitID: r.unitID, gender: r.gender,
                        birthDate: r.birthDate, email: r.email, phone: r.phone, employmentState: r.employmentState,
                        employmentSince: r.employmentSince))
            }
        }
        return out
    }

    static func units(agencyID: UUID, on sql: any SQLDatabase) async throws -> [ImportPlan.UnitRow] {
        struct Row: Decodable { var id: UUID; var parentID: UUID?; var name: String; var path: String }
        return try await sql.raw("SELECT id, parent_id, name, path FROM units WHERE agency_id = \(bind: agencyID)")
            .rows(Row.self)
            .map { .init(id: $0.id, parentID: $0.parentID, name: $0.name, path: $0.path) }
    }

    static func positions(agencyID: UUID, on sql: any SQLDatabase) async throws -> [ImportPlan.PositionRow] {
        struct Row: Decodable {
            var id: UUID; var unitID: UUID?; var name: String; var kind: String; var jenjang: String?
        }
        return try await sql.raw(
            "SELECT id, unit_id, name, kind, jenjang FROM positions WHERE agency_id = \(bind: agencyID)"
        ).rows(Row.self)
            .map { .init(id: $0.id, unitID: $0.unitID, name: $0.name, kind: $0.kind, jenjang: $0.jenjang) }
    }

    static let employeeColumns = [
        "id", "agency_id", "nip", "gelar_depan", "name", "gelar_belakang", "search_name", "status", "golongan",
        "position_id", "unit_id", "gender", "birth_date", "email", "phone", "created_at", "updated_at",
    ]

    static func write(
        _ plan: ImportPlan, agencyID: UUID, on sql: any SQLDatabase, progress: EmployeeImporter.Progress?
    ) async throws {
        let now = WriteTime.now
        if sql.dialect.name == "sqlite" {
            // A bulk write touches every index page; SQLite's default 2 MB page cache would spill to
            // disk mid-transaction. 64 MB for this connection (SQLite only; PostgreSQL needs nothing).
            try await sql.raw("PRAGMA cache_size = -65536").run()
            // Multi-row INSERTs keep a statement journal for rollback; in memory it costs no file writes.
            try await sql.raw("PRAGMA temp_store = MEMORY").run()
        }
        try await BulkInsert.run(
            "units", columns: ["id", "agency_id", "parent_id", "name", "code", "path", "created_at", "updated_at"],
            rows: plan.newUnits.map {
                [
                    .id($0.id), .id(agencyID), .id($0.parentID), .text($0.name), .text(nil), .text($0.path), .time(now),
                    .time(now),
                ]
            },
            on: sql)
        try await BulkInsert.run(
            "positions",
            columns: ["id", "agency_id", "unit_id", "name", "kind", "jenjang", "created_at", "updated_at"],
            rows: plan.newPositions.map {
                [
                    .id($0.id), .id(agencyID), .id($0.unitID), .text($0.name), .text($0.kind), .text($0.jenjang),
                    .time(now), .time(now),
                ]
            },
            on: sql)
        var written = 0
        // In NIP order, so the unique NIP index (and the time-ordered ids) grow at their end.
        let inserts = plan.inserts.sorted { $0.nip < $1.nip }
        for batch in stride(from: 0, to: inserts.count, by: 2000) {
            let slice = inserts[batch..<min(batch + 2000, inserts.count)]
            try await BulkInsert.run(
                "employees", columns: employeeColumns + ["employment_state", "employment_since"],
                rows: slice.map { row in
                    let v = row.values
                    return [
                        .id(IDs.make()), .id(agencyID), .text(row.nip), .text(v.gelarDepan), .text(v.name),
                        .text(v.gelarBelakang), .text(v.name.lowercased()), .text(v.status), .text(v.golongan),
                        .id(v.positionID), .id(v.unitID), .text(v.gender), .text(v.birthDate), .text(v.email),
                        .text(v.phone), .time(now), .time(now), .text(v.employmentState), .text(v.employmentSince),
                    ]
                }, on: sql)
            written += slice.count
            progress?("ditulis: \(written) dari \(plan.inserts.count) pegawai baru")
        }
        for (id, v) in plan.updates {
            try await sql.raw(
                """
                UPDATE employees SET gelar_depan = \(bind: v.gelarDepan), name = \(bind: v.name),
                  gelar_belakang = \(bind: v.gelarBelakang), search_name = \(bind: v.name.lowercased()),
                  status = \(bind: v.status), golongan = \(bind: v.golongan), position_id = \(bind: v.positionID),
                  unit_id = \(bind: v.unitID), gender = \(bind: v.gender), birth_date = \(bind: v.birthDate),
                  email = \(bind: v.email), phone = \(bind: v.phone), employment_state = \(bind: v.employmentState),
                  employment_since = \(bind: v.employmentSince), updated_at = \(bind: now)
                WHERE id = \(bind: id)
                """
            ).run()
        }
    }
}
