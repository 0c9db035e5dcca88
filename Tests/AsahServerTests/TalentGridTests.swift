import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// `GET /api/v1/agencies/{code}/talent-grid`: every active employee in the box their annual predikat
/// and JPM give, equal to a placement worked out from raw rows one person at a time; nobody without a
/// predikat or with a provisional profile is guessed into a box.
final class TalentGridTests: AppTestCase {
    struct Grid: Equatable {
        var boxes: [Int: [String]]
        /// NIP → reason (the API gives the NIPs, and the count for each reason).
        var unplaced: [String: String]
        var reasons: [String: Int] = [:]

        /// As the API gives it: the NIPs apart, and how many for each reason.
        var asRead: Grid {
            Grid(
                boxes: boxes, unplaced: unplaced.mapValues { _ in "" },
                reasons: Dictionary(grouping: unplaced.values, by: { $0 }).mapValues(\.count))
        }
    }

    /// One person at a time, from the raw rows, through the core rules.
    func bruteForce(agencyID: UUID, year: Int, cutoffs: PotentialCutoffs, unitPath: String? = nil) async throws -> Grid
    {
        struct Item: Decodable { var level: Int, current: Int?, competencyCode: String }
        var grid = Grid(boxes: [:], unplaced: [:])
        for e in try await Employee.query(on: db).filter(\.$agencyID == agencyID).all()
        where e.employmentState == "aktif" {
            if let unitPath {
                guard let unit = try await e.unitID.asyncFlatMap({ try await AsahServer.Unit.find($0, on: db) }),
                    unit.path.hasPrefix(unitPath)
                else { continue }
            }
            let items = try await sql.raw(
                """
                SELECT si.level, si.competency_code, cl.level AS current FROM standard_items si
                LEFT JOIN current_levels cl ON cl.employee_id = \(bind: e.id!) AND cl.competency_code = si.competency_code
                WHERE si.position_id = \(bind: e.positionID) AND si.year = \(bind: year)
                """
            ).rows(Item.self).map { GapItem(code: $0.competencyCode, required: $0.level, current: $0.current) }
            let predikat = try await PerformanceQueries.rating(employeeID: e.id!, year: year, period: .annual, on: db)
                .flatMap { Predikat(rawValue: $0.predikat) }
            switch TalentGrid.place(predikat: predikat, jpm: GapRules.jpm(items), cutoffs: cutoffs) {
            case .success(let box): grid.boxes[box.number, default: []].append(e.nip)
            case .failure(let reason): grid.unplaced[e.nip] = reason.rawValue
            }
        }
        grid.boxes = grid.boxes.mapValues { $0.sorted() }
        return grid.asRead
    }

    func read(_ api: APIClient, _ query: String = "") async throws -> Grid {
        let res = try await api.get("/api/v1/agencies/medan/talent-grid?year=\(TestClock.year)" + query)
        XCTAssertEqual(res.status, .ok, res.body.string)
        let body = try json(res)
        var grid = Grid(boxes: [:], unplaced: [:])
        for b in body["boxes"] as? [[String: Any]] ?? [] {
            let nips = (b["employees"] as? [String] ?? []).sorted()
            XCTAssertEqual(b["count"] as? Int, nips.count)
            if !nips.isEmpty { grid.boxes[b["box"] as! Int] = nips }
        }
        for nip in body["unplaced"] as? [String] ?? [] { grid.unplaced[nip] = "" }
        grid.reasons = body["unplaced_by_reason"] as? [String: Int] ?? [:]
        return grid
    }

    func testEveryoneIsPlacedAsTheRulesSayOrListedApart() async throws {
        let w = try await world()
        let m = w.medan
        let year = TestClock.year
        // Complete profiles at different levels, one partial, one with none; annual predikat for most.
        for (e, level, partial) in [
            (m.staff, 5, false), (m.colleague, 3, false), (m.head, 2, false), (m.pppk, 4, true),
        ] {
            let codes = try await ReportTallyTests.codes(of: e, on: sql)
            for code in partial ? Array(codes.dropLast()) : codes {
                try await ReportTallyTests.record(e, code, level, on: db)
            }
        }
        for (e, hasil, perilaku) in [
            (m.staff, "di_atas_ekspektasi", "di_atas_ekspektasi"),
            (m.colleague, "sesuai_ekspektasi", "sesuai_ekspektasi"),
            (m.head, "di_bawah_ekspektasi", "sesuai_ekspektasi"), (m.pppk, "di_atas_ekspektasi", "di_atas_ekspektasi"),
        ] {
            _ = try await PerformanceService.record(
                PerformanceRatingInput.make(
                    year: year, period: "annual", hasilKerja: hasil, perilakuKerja: perilaku, thisYear: year
                ).get(), employee: try await EmployeeQueries.detail(nip: e.nip, on: db)!, userID: nil,
                now: TestClock.now,
                on: db)
        }
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let grid = try await read(manager)
        await eq(grid, try await bruteForce(agencyID: m.agencyID, year: year, cutoffs: .standard))
        let reasons = try await bruteForce(agencyID: m.agencyID, year: year, cutoffs: .standard)
        XCTAssertNotNil(grid.unplaced[m.pppk.nip])
        XCTAssertNotNil(grid.unplaced[m.secretary.nip])
        XCTAssertEqual(grid.reasons["provisional_profile"], 1)
        XCTAssertGreaterThan(grid.reasons["no_predikat"] ?? 0, 0)
        XCTAssertEqual(reasons.reasons, grid.reasons)
        XCTAssertFalse(grid.boxes.isEmpty)

        // The agency's cut-offs move the potential axis; a unit narrows the grid.
        try await AgencySettings.save(
            PotentialCutoffs(menengah: 300, tinggi: 500), .talentCutoffs, agencyID: m.agencyID, on: db)
        let moved = try await read(manager)
        await eq(
            moved, try await bruteForce(agencyID: m.agencyID, year: year, cutoffs: .init(menengah: 300, tinggi: 500)))
        XCTAssertNotEqual(moved, grid)
        let unit = try await read(manager, "&unit=\(m.office.id!)")
        await eq(
            unit,
            try await bruteForce(
                agencyID: m.agencyID, year: year, cutoffs: .init(menengah: 300, tinggi: 500), unitPath: m.office.path))

        // Managers only: an employee and a unit head are refused, another agency and a foreign unit are not found.
        let own = try await APIClient.signIn(app, "pegawai.medan")
        await eq(try await own.get("/api/v1/agencies/medan/talent-grid").status, .forbidden)
        let head = try await APIClient.signIn(app, "kepala.medan")
        await eq(try await head.get("/api/v1/agencies/medan/talent-grid").status, .forbidden)
        let other = try await APIClient.signIn(app, "pengelola.mamuju")
        await eq(try await other.get("/api/v1/agencies/medan/talent-grid").status, .notFound)
        await eq(
            try await manager.get("/api/v1/agencies/medan/talent-grid?unit=\(w.mamuju.office.id!)").status, .notFound)
        await eq(try await manager.get("/api/v1/agencies/medan/talent-grid?year=1900").status, .badRequest)
    }
}

extension TalentGridTests {
    /// The page shows each box's count as the API does, lists a box's people by name with its
    /// recommendations, and saves the agency's cut-offs through its form (errors beside the fields,
    /// nothing saved on an error); managers only.
    func testThePageShowsTheGridAndSetsTheCutoffs() async throws {
        let w = try await world()
        let m = w.medan
        let year = TestClock.year
        for e in [m.staff, m.colleague] {
            for code in try await ReportTallyTests.codes(of: e, on: sql) {
                try await ReportTallyTests.record(e, code, 5, on: db)
            }
            _ = try await PerformanceService.record(
                PerformanceRatingInput(
                    year: year, period: .annual, hasilKerja: .diAtasEkspektasi, perilakuKerja: .diAtasEkspektasi),
                employee: try await EmployeeQueries.detail(nip: e.nip, on: db)!, userID: nil, now: TestClock.now, on: db
            )
        }
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        let grid = try await read(manager)
        let (box, nips) = try XCTUnwrap(grid.boxes.first)
        XCTAssertEqual(Set(nips), [m.staff.nip, m.colleague.nip])

        var browser = Browser(app)
        _ = try await browser.login("pengelola.medan")
        let page = try await browser.get("/instansi/medan/talenta?tahun=\(year)")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("kotak=\(box)\">2 pegawai</a>"), page.body.string)
        let drill = try await browser.get("/instansi/medan/talenta?tahun=\(year)&kotak=\(box)").body.string
        XCTAssertTrue(drill.contains(m.staff.name) && drill.contains(m.colleague.name))
        XCTAssertTrue(drill.contains(TalentGrid.box(box)!.recommendations[0]))

        let bad = try await browser.post("/instansi/medan/talenta", form: ["menengah": "85", "tinggi": "80"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.body.string.contains("Batas potensial tinggi harus lebih besar dari batas menengah."))
        await eq(try await AgencySettings.talentCutoffs(m.agencyID, on: db), .standard)
        await eq(
            try await browser.post("/instansi/medan/talenta", form: ["menengah": "50,5", "tinggi": "90"]).status,
            .seeOther)
        await eq(
            try await AgencySettings.talentCutoffs(m.agencyID, on: db), PotentialCutoffs(menengah: 505, tinggi: 900))

        var head = Browser(app)
        _ = try await head.login("kepala.medan")
        await eq(try await head.get("/instansi/medan/talenta").status, .forbidden)
        await eq(
            try await head.post("/instansi/medan/talenta", form: ["menengah": "10", "tinggi": "20"]).status, .forbidden)
        await eq(
            try await AgencySettings.talentCutoffs(m.agencyID, on: db), PotentialCutoffs(menengah: 505, tinggi: 900))
    }
}
