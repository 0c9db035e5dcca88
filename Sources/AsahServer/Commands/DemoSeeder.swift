import AsahCore
import AsahDemo
import Fluent
import SQLKit
import Vapor

/// Fills an empty database with the four demo agencies and their demo accounts.
enum DemoSeeder {
    static let password = "asah-demo"

    struct Login: Sendable {
        var username: String
        var description: String
    }

    enum Failure: Error, CustomStringConvertible {
        case notADemoDatabase
        var description: String {
            "This database already holds data that is not Asah's demo data; refusing to add demo accounts to it."
        }
    }

    /// Seeds once, dated around `clock`'s today in each agency's zone; later runs only list the logins.
    /// Refuses a database with non-demo data.
    static func seedIfNeeded(clock: WallClock, on db: any Database) async throws -> [Login] {
        let agencies = DemoData.agencies()
        let hasAgencies = try await Agency.query(on: db).count() > 0
        if hasAgencies {
            guard try await User.query(on: db).filter(\.$username == "pengelola.medan").count() > 0 else {
                throw Failure.notADemoDatabase
            }
            return logins(agencies)
        }
        let hash = try Bcrypt.hash(password, cost: 10)
        try await db.transaction { tx in
            let sql = tx.sql
            try await User(
                username: "admin", passwordHash: hash, displayName: "Administrator Asah", roles: [.admin],
                agencyID: nil
            ).create(on: tx)
            func today(_ a: DemoAgency) -> CivilDate {
                clock.today(in: IndonesianTimeZone.of(province: a.province) ?? .wib)
            }
            for agency in agencies { try await seed(agency, hash: hash, today: today(agency), db: tx, sql: sql) }
            for agency in agencies {
                let code = agency.code
                try await DemoActivitySeeder.seed(code: code, hash: hash, today: today(agency), on: tx)
                try await DemoMentoringSeeder.seed(code: code, today: today(agency), on: tx)
                try await DemoInnovationSeeder.seed(code: code, today: today(agency), on: tx)
                try await DemoCourseSeeder.seed(code: code, today: today(agency), on: tx)
                try await DemoPerformanceSeeder.seed(code: code, today: today(agency), on: tx)
                try await DemoEvaluationSeeder.seed(code: code, today: today(agency), on: tx)
            }
        }
        return logins(agencies)
    }

    static func logins(_ agencies: [DemoAgency]) -> [Login] {
        var out = [Login(username: "admin", description: "administrator sistem (semua instansi)")]
        for a in agencies {
            out.append(Login(username: "pengelola.\(a.code)", description: "pengelola kepegawaian \(a.name)"))
            out.append(Login(username: "kepala.\(a.code)", description: "kepala Dinas Perhubungan, \(a.name)"))
            out.append(Login(username: "pegawai.\(a.code)", description: "pegawai Dinas Perhubungan, \(a.name)"))
            out.append(
                Login(username: "fasilitator.\(a.code)", description: "fasilitator kegiatan pelatihan, \(a.name)"))
        }
        return out
    }

    private static func seed(
        _ a: DemoAgency, hash: String, today: CivilDate, db: any Database, sql: any SQLDatabase
    ) async throws {
        let now = WriteTime.now
        let agencyID = IDs.make()
        try await Agency(id: agencyID, code: a.code, name: a.name, kind: a.kind.rawValue, province: a.province)
            .create(on: db)
        var unitIDs: [String: UUID] = [:]
        var unitPaths: [String: String] = [:]
        var unitRows: [[BulkInsert.Cell]] = []
        for u in a.units {
            let id = IDs.make()
            let parentID = u.parentKey.flatMap { unitIDs[$0] }
            let path = Unit.path(id: id, parentPath: u.parentKey.flatMap { unitPaths[$0] })
            unitIDs[u.key] = id
            unitPaths[u.key] = path
            unitRows.append([
                .id(id), .id(agencyID), .id(parentID), .text(u.name), .text(u.code), .text(path), .time(now),
                .time(now),
            ])
        }
        try await BulkInsert.run(
            "units", columns: ["id", "agency_id", "parent_id", "name", "code", "path", "created_at", "updated_at"],
            rows: unitRows, on: sql)
        var positionIDs: [String: UUID] = [:]
        let positionRows: [[BulkInsert.Cell]] = a.positions.map { p in
            let id = IDs.make()
            positionIDs[p.key] = id
            return [
                .id(id), .id(agencyID), .id(unitIDs[p.unitKey]), .text(p.name), .text(p.kind.rawValue),
                .text(p.jenjang?.rawValue), .time(now), .time(now),
            ]
        }
        try await BulkInsert.run(
            "positions",
            columns: ["id", "agency_id", "unit_id", "name", "kind", "jenjang", "created_at", "updated_at"],
            rows: positionRows, on: sql)
        var employeeIDs: [String: UUID] = [:]
        let employeeRows: [[BulkInsert.Cell]] = a.employees.map { e in
            let id = IDs.make()
            employeeIDs[e.nip] = id
            return [
                .id(id), .id(agencyID), .text(e.nip), .text(e.gelarDepan), .text(e.name), .text(e.gelarBelakang),
                .text(e.name.lowercased()), .text(e.status.rawValue), .text(e.golongan),
                .id(positionIDs[e.positionKey]),
                .id(unitIDs[e.unitKey]), .id(e.supervisorNIP.flatMap { employeeIDs[$0] }), .text(e.gender.rawValue),
                .text(e.birthDate.iso), .text(e.email), .text(e.phone), .time(now), .time(now),
            ]
        }
        try await BulkInsert.run(
            "employees",
            columns: Array(ImportQueries.employeeColumns.prefix(11)) + ["supervisor_id"]
                + Array(ImportQueries.employeeColumns.dropFirst(11)),
            rows: employeeRows, on: sql)
        try await seedStructure(
            a, agencyID: agencyID, unitIDs: unitIDs, positionIDs: positionIDs, employeeIDs: employeeIDs, on: db)

        try await DemoCompetencySeeder.seed(
            a, agencyID: agencyID, positionIDs: positionIDs, employeeIDs: employeeIDs, today: today, on: db)
        try await DemoLearningSeeder.seed(a, agencyID: agencyID, employeeIDs: employeeIDs, today: today, on: db)

        let byNIP = Dictionary(uniqueKeysWithValues: a.employees.map { ($0.nip, $0) })
        try await User(
            username: "pengelola.\(a.code)", passwordHash: hash, displayName: "Pengelola \(a.name)",
            roles: [.manager], agencyID: agencyID
        ).create(on: db)
        try await User(
            username: "kepala.\(a.code)", passwordHash: hash,
            displayName: byNIP[a.unitHeadNIP]?.name ?? "Kepala Dinas", roles: [.unitHead, .employee],
            agencyID: agencyID, employeeID: employeeIDs[a.unitHeadNIP], unitID: unitIDs[a.unitHeadUnitKey]
        ).create(on: db)
        try await User(
            username: "pegawai.\(a.code)", passwordHash: hash,
            displayName: byNIP[a.sampleEmployeeNIP]?.name ?? "Pegawai", roles: [.employee], agencyID: agencyID,
            employeeID: employeeIDs[a.sampleEmployeeNIP]
        ).create(on: db)
    }

    /// Schools are headed by a fungsional Kepala Sekolah, whose position the demo marks as the head;
    /// heads of top units report to the Sekretaris Daerah by the demo's choice. The rest is derived,
    /// and agrees with the generator's supervisors (`DemoSupervisionTests`).
    private static func seedStructure(
        _ a: DemoAgency, agencyID: UUID, unitIDs: [String: UUID], positionIDs: [String: UUID],
        employeeIDs: [String: UUID],
        on db: any Database
    ) async throws {
        let structure = DemoStructure(a)
        for (unit, position) in structure.markedHeads.sorted(by: { $0.key < $1.key }) {
            guard let unitID = unitIDs[unit], let positionID = positionIDs[position] else { continue }
            try await db.sql.raw("UPDATE units SET head_position_id = \(bind: positionID) WHERE id = \(bind: unitID)")
                .run()
        }
        let chosen = structure.topUnitHeads.compactMap { employeeIDs[$0] }
        if !chosen.isEmpty {
            try await db.sql.raw(
                "UPDATE employees SET supervisor_override = \(bind: true) WHERE id IN (\(binds: chosen))"
            ).run()
        }
        try await Supervision.refresh(agencyID: agencyID, on: db)
    }
}
