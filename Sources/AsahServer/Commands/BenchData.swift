import AsahCore
import Fluent
import SQLKit
import Vapor

/// A tiny seeded generator (SplitMix64): the same seed gives the same data on every machine.
enum BenchData {
    struct Options: Sendable {
        var agencyCode: String
        var employees: Int
        var positions: Int
        var assessments: Int
        var seed: UInt64
        var ledger: Int = 0
        /// Finished activities with evaluations (and, when above 0, two years of annual ratings).
        var evaluation: Int = 0
        var password: String
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    struct PositionPlan {
        var id: UUID
        var unit: Int
        var kind: PositionKind
        var jenjang: FungsionalJenjang?
        var name: String
        var items: [(code: String, level: Int)]
    }

    static func generate(
        _ o: Options, clock: WallClock, on db: any Database, progress: @escaping @Sendable (String) -> Void
    )
        async throws
    {
        let sql = db.sql
        let started = ContinuousClock.now
        func elapsed() -> String { "\(started.duration(to: .now).components.seconds) s" }
        var rng = SplitMix64(seed: o.seed)
        let now = WriteTime.now

        // Agency and its manager.
        if try await Agency.query(on: db).filter(\.$code == o.agencyCode).first() == nil {
            try await AgencySetupService.createAgency(
                code: o.agencyCode, name: "Pemerintah Kota Bench \(o.agencyCode)", kind: AgencyKind.kota.rawValue,
                province: "Sumatera Utara", on: db)
        }
        guard let agency = try await Agency.query(on: db).filter(\.$code == o.agencyCode).first() else {
            throw Failure(description: "Agency '\(o.agencyCode)' could not be created.")
        }
        let agencyID = try agency.requireID()
        let today = clock.today(in: agency.timeZone)
        let year = today.year
        let existing = try await Employee.query(on: db).filter(\.$agencyID == agencyID).count()
        guard existing == 0 else {
            throw Failure(
                description: "Agency '\(o.agencyCode)' already has \(existing) employees; use a fresh database.")
        }
        let username = "pengelola.\(o.agencyCode)"
        let hash = try Bcrypt.hash(o.password, cost: 4)
        if let user = try await User.query(on: db).filter(\.$username == username).first() {
            user.passwordHash = hash
            try await user.save(on: db)
        } else {
            try await User(
                username: username, passwordHash: hash, displayName: "Pengelola Bench", roles: [.manager],
                agencyID: agencyID
            ).create(on: db)
        }
        progress("agency \(o.agencyCode), manager \(username) (\(elapsed()))")

        // Units: 8 top-level units with 4 sub-units each.
        var unitIDs: [UUID] = []
        var unitNames: [String] = []
        var unitRows: [[BulkInsert.Cell]] = []
        for (t, top) in topUnits.enumerated() {
            let topID = IDs.make()
            let topPath = Unit.path(id: topID, parentPath: nil)
            unitIDs.append(topID)
            unitNames.append(top)
            unitRows.append([
                .id(topID), .id(agencyID), .id(nil), .text(top), .text("U\(t + 1)"), .text(topPath),
                .time(now), .time(now),
            ])
            for (s, sub) in subUnits.enumerated() {
                let id = IDs.make()
                unitIDs.append(id)
                unitNames.append(sub + " " + top)
                unitRows.append([
                    .id(id), .id(agencyID), .id(topID), .text(sub + " " + top), .text("U\(t + 1).\(s + 1)"),
                    .text(Unit.path(id: id, parentPath: topPath)), .time(now), .time(now),
                ])
            }
        }
        let units = unitRows
        try await db.transaction { tx in
            try await BulkInsert.run(
                "units", columns: ["id", "agency_id", "parent_id", "name", "code", "path", "created_at", "updated_at"],
                rows: units, on: tx.sql)
        }

        // Teknis competencies of the agency.
        let technicalCodes = (1...12).map { String(format: "T.BEN.%02d", $0) }
        let competencyRows: [[BulkInsert.Cell]] = technicalCodes.enumerated().map { i, c in
            [
                .id(IDs.make()), .id(agencyID), .text(c), .text("Kompetensi Teknis Bench \(i + 1)"),
                .text(CompetencyGroup.teknis.rawValue), .text("Kompetensi teknis sintetis untuk uji beban."),
            ]
                + (1...5).map { .text("Level \($0) kompetensi teknis bench \(i + 1).") } + [.time(now), .time(now)]
        }
        try await BulkInsert.run(
            "competencies",
            columns: [
                "id", "agency_id", "code", "name", "group", "definition", "level_1", "level_2", "level_3",
                "level_4", "level_5", "created_at", "updated_at",
            ],
            rows: competencyRows, on: sql)
        progress("\(unitIDs.count) units, \(technicalCodes.count) teknis competencies (\(elapsed()))")

        // Positions, spread over the units, with this year's standard: 9 national + 3-5 teknis items.
        let jenjangs: [FungsionalJenjang] = [
            .ahliPertama, .ahliMuda, .ahliMadya, .terampil, .mahir, .penyelia, .ahliUtama,
        ]
        var positions: [PositionPlan] = []
        for p in 0..<o.positions {
            let unit = p % unitIDs.count
            let slot = p / unitIDs.count
            let isTop = unit % (subUnits.count + 1) == 0
            let kind: PositionKind
            var jenjang: FungsionalJenjang?
            switch slot {
            case 0: kind = isTop ? .jptPratama : .administrator
            case 1, 2: kind = .pengawas
            case 3...7: kind = .pelaksana
            default:
                kind = .fungsional
                jenjang = jenjangs[slot % jenjangs.count]
            }
            let label: String
            switch kind {
            case .jptPratama: label = "Kepala"
            case .administrator: label = "Kepala Bagian"
            case .pengawas: label = "Kepala Subbagian \(slot)"
            case .pelaksana: label = "Pengadministrasi \(slot)"
            default: label = "Analis \(jenjang?.label ?? "") \(slot)"
            }
            var items = StandardRules.defaults(kind: kind, jenjang: jenjang, .standard).map {
                (code: $0.code, level: $0.level)
            }
            let national = items.first?.level ?? 1
            // One teknis competency every position needs (as digital government skills are, agency-wide),
            // at least at level 2: the gaps a bulk enrolment of thousands is made for.
            items.append((code: technicalCodes[0], level: max(2, national)))
            var pool = Array(technicalCodes.dropFirst())
            for _ in 0..<rng.int(2, 4) {
                let code = pool.remove(at: rng.int(pool.count))
                items.append((code: code, level: min(5, max(1, national + rng.int(-1, 1)))))
            }
            items.sort { $0.code < $1.code }
            positions.append(
                PositionPlan(
                    id: IDs.make(), unit: unit, kind: kind, jenjang: jenjang,
                    name: label + " " + unitNames[unit], items: items))
        }
        var standardRows: [[BulkInsert.Cell]] = []
        var itemRows: [[BulkInsert.Cell]] = []
        for p in positions {
            let standardID = IDs.make()
            standardRows.append([
                .id(standardID), .id(agencyID), .id(p.id), .int(year),
                .text(CompetencyStandard.Status.verified.rawValue), .time(now), .time(now),
            ])
            for item in p.items {
                itemRows.append([
                    .id(IDs.make()), .id(agencyID), .id(standardID), .id(p.id), .int(year), .text(item.code),
                    .int(item.level),
                ])
            }
        }
        let positionRows: [[BulkInsert.Cell]] = positions.map {
            [
                .id($0.id), .id(agencyID), .id(unitIDs[$0.unit]), .text($0.name), .text($0.kind.rawValue),
                .text($0.jenjang?.rawValue), .time(now), .time(now),
            ]
        }
        let standards = standardRows, items = itemRows
        try await db.transaction { tx in
            let sql = tx.sql
            try await BulkInsert.run(
                "positions",
                columns: ["id", "agency_id", "unit_id", "name", "kind", "jenjang", "created_at", "updated_at"],
                rows: positionRows, on: sql)
            try await BulkInsert.run(
                "competency_standards",
                columns: ["id", "agency_id", "position_id", "year", "status", "created_at", "updated_at"],
                rows: standards, on: sql)
            try await BulkInsert.run(
                "standard_items",
                columns: ["id", "agency_id", "standard_id", "position_id", "year", "competency_code", "level"],
                rows: items, on: sql)
        }
        progress("\(positions.count) positions, standards \(year) with \(itemRows.count) items (\(elapsed()))")

        // Employees: a position each (many in pelaksana and fungsional posts), in the position's unit.
        func weight(_ k: PositionKind) -> Int {
            switch k {
            case .pelaksana: return 30
            case .fungsional: return 20
            case .pengawas: return 3
            default: return 1
            }
        }
        var cumulative: [Int] = []
        var total = 0
        for p in positions {
            total += weight(p.kind)
            cumulative.append(total)
        }
        func pickPosition(_ rng: inout SplitMix64) -> Int {
            let r = rng.int(total)
            var lo = 0, hi = cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] > r { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
        var employeeIDs: [UUID] = []
        var employeePosition: [Int] = []
        var employeeAbility: [Int] = []
        var unitHead: [Int: Int] = [:]  // unit index → the first employee placed there (the assessing supervisor)
        var nipCount: [String: Int] = [:]
        var nips: [String] = []
        employeeIDs.reserveCapacity(o.employees)
        var employeeRows: [[BulkInsert.Cell]] = []
        let employeeColumns = [
            "id", "agency_id", "nip", "gelar_depan", "name", "gelar_belakang", "search_name", "status", "golongan",
            "position_id", "unit_id", "gender", "birth_date", "email", "phone", "created_at", "updated_at",
        ]
        let chunk = 10_000
        for i in 0..<o.employees {
            let id = IDs.make()
            let pos = pickPosition(&rng)
            let male = rng.chance(0.5)
            let birthYear = rng.int(1966, 2001)
            let birthMonth = rng.int(1, 12)
            let birth = CivilDate(
                year: birthYear, month: birthMonth,
                day: rng.int(1, CivilDate.daysIn(month: birthMonth, year: birthYear)))!
            let appointed = rng.int(birthYear + 18, max(birthYear + 18, min(birthYear + 35, year - 1)))
            let prefix = String(
                format: "%04d%02d%02d%04d%02d%@", birth.year, birth.month, birth.day, appointed,
                rng.int(1, 12), male ? "1" : "2")
            let seq = (nipCount[prefix] ?? 0) + 1
            nipCount[prefix] = seq
            guard seq <= 999 else { throw Failure(description: "NIP sequence overflow for \(prefix)") }
            let nip = prefix + String(format: "%03d", seq)
            let name = rng.pick(male ? maleNames : femaleNames) + " " + rng.pick(familyNames)
            let pppk = rng.chance(0.12)
            let status: EmployeeStatus = pppk ? .pppk : (appointed >= year - 1 ? .cpns : .pns)
            let golongan = pppk ? rng.pick(GolonganTable.pppk).name : GolonganTable.pns[rng.int(4, 14)].name
            let unit = positions[pos].unit
            if unitHead[unit] == nil { unitHead[unit] = i }
            employeeIDs.append(id)
            employeePosition.append(pos)
            employeeAbility.append(rng.int(-1, 1))
            nips.append(nip)
            employeeRows.append([
                .id(id), .id(agencyID), .text(nip), .text(nil), .text(name), .text(rng.chance(0.6) ? "S.E." : nil),
                .text(name.lowercased()), .text(status.rawValue), .text(golongan), .id(positions[pos].id),
                .id(unitIDs[unit]), .text(male ? Gender.male.rawValue : Gender.female.rawValue), .text(birth.iso),
                .text(nil), .text(nil), .time(now), .time(now),
            ])
            if employeeRows.count == chunk || i == o.employees - 1 {
                let rows = employeeRows
                try await db.transaction { tx in
                    try await BulkInsert.run("employees", columns: employeeColumns, rows: rows, on: tx.sql)
                }
                employeeRows.removeAll(keepingCapacity: true)
                progress("employees \(i + 1) / \(o.employees) (\(elapsed()))")
            }
        }

        let (written, currentWritten) = try await generateAssessments(
            o, positions: positions,
            workforce: .init(
                agencyID: agencyID, employeeIDs: employeeIDs, employeePosition: employeePosition,
                employeeAbility: employeeAbility, unitHead: unitHead),
            rng: &rng, today: today, now: now, on: db, progress: { progress($0 + " (" + elapsed() + ")") })
        try await generateLedger(
            count: o.ledger, agencyID: agencyID, employeeIDs: employeeIDs, rng: &rng, today: today, now: now, on: db,
            progress: { progress($0 + " (" + elapsed() + ")") })
        if o.evaluation > 0 {
            try await generateEvaluation(
                activities: o.evaluation, agencyID: agencyID, employeeIDs: employeeIDs, rng: &rng, today: today,
                now: now, on: db, progress: { progress($0 + " (" + elapsed() + ")") })
        }
        // PostgreSQL's autovacuum would gather statistics soon after such a load; gather them now so the
        // plans do not depend on its timing. SQLite gets none, as in a real installation (Asah never runs ANALYZE).
        if sql.dialect.name == "postgresql" { try await sql.raw("ANALYZE").run() }
        progress(
            "done: \(o.employees) employees, \(positions.count) positions, \(itemRows.count) standard items, "
                + "\(written) assessments, \(currentWritten) current levels, \(o.ledger) ledger lines in \(elapsed()); "
                + "login \(username)")
    }
}
