import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// The compliance page and its CSVs equal a brute-force recount of the raw ledger (totals, per unit,
/// by month, below the minimum); the SIASN export has every line in SIASN's shape.
final class ComplianceTests: AppTestCase {
    struct Emp: Decodable {
        var id: UUID; var nip: String; var status: String; var unitID: UUID?; var searchName: String
    }
    struct Line: Decodable { var employeeID: UUID; var learnedOn: String; var jpHundredths: Int }
    struct UnitRow: Decodable { var id: UUID; var name: String; var path: String }

    /// The expected figures, counted one employee at a time from the raw rows.
    struct Recount {
        var pns = 0, met = 0
        var lines: [String: (pns: Int, met: Int)] = [:]
        var byMonth: [Int] = []
        var below: [String] = []
    }

    func recount(year: Int, minimum: Int, scope: AsahServer.Unit?) async throws -> Recount {
        let medan = try await agencyID("medan")
        let units = Dictionary(
            uniqueKeysWithValues: try await sql.raw(
                "SELECT id, name, path FROM units WHERE agency_id = \(bind: medan)"
            ).rows(UnitRow.self).map { ($0.id, $0) })
        let employees = try await sql.raw(
            "SELECT id, nip, status, unit_id, search_name FROM employees WHERE agency_id = \(bind: medan)"
        ).rows(Emp.self)
        let ledger = Dictionary(
            grouping: try await sql.raw(
                "SELECT employee_id, learned_on, jp_hundredths FROM learning_entries WHERE agency_id = \(bind: medan) AND year = \(bind: year)"
            ).rows(Line.self), by: \.employeeID)
        let depth = scope.map { $0.path.split(separator: "/").count } ?? 0
        let months = JPMonthly.months(of: year, today: TestClock.today)
        var r = Recount(byMonth: Array(repeating: 0, count: months))
        var below: [(total: Int, name: String, nip: String)] = []
        for e in employees where e.status != "pppk" {
            let unit = e.unitID.flatMap { units[$0] }
            if let scope, !(unit?.path.hasPrefix(scope.path) ?? false) { continue }
            let lines = ledger[e.id] ?? []
            let total = lines.map(\.jpHundredths).reduce(0, +)
            let reached = total >= minimum
            r.pns += 1
            r.met += reached ? 1 : 0
            if !reached { below.append((total, e.searchName, e.nip)) }
            var name = "(tanpa unit kerja)"
            if let unit {
                let parts = unit.path.split(separator: "/")
                name =
                    parts.count > depth
                    ? units[UUID(uuidString: String(parts[depth]))!]!.name : scope!.name + " (langsung)"
            }
            let old = r.lines[name] ?? (0, 0)
            r.lines[name] = (old.pns + 1, old.met + (reached ? 1 : 0))
            for month in 0..<months {
                let upTo = lines.filter { Int($0.learnedOn.dropFirst(5).prefix(2))! <= month + 1 }
                if upTo.map(\.jpHundredths).reduce(0, +) >= minimum { r.byMonth[month] += 1 }
            }
        }
        r.below = below.sorted { ($0.total, $0.name, $0.nip) < ($1.total, $1.name, $1.nip) }.map(\.nip)
        return r
    }

    func csv(_ response: XCTHTTPResponse) -> [[String]] {
        XCTAssertEqual(response.headers.contentType?.description, "text/csv; charset=utf-8")
        XCTAssertTrue(response.text.hasPrefix("\u{FEFF}"))
        return response.text.dropFirst().split(separator: "\r\n").map {
            $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        }
    }

    func check(_ browser: inout Browser, query: String, _ expected: Recount) async throws {
        let page = try await browser.get("/instansi/medan/jp" + query)
        XCTAssertEqual(page.status, .ok, query)
        let c = JPCompliance(counted: expected.pns, met: expected.met)
        for text in [
            "<b>\(expected.pns)</b><span>PNS dan CPNS</span>", "<b>\(expected.met)</b><span>sudah mencapai",
            "<b>\(c.display)</b><span>persentase pemenuhan</span>", "Di bawah minimum (\(expected.pns - expected.met))",
        ] {
            XCTAssertTrue(page.text.contains(text), "\(query): \(text)")
        }
        for (index, reached) in expected.byMonth.enumerated() {
            let month = IndonesianFormat.month(index + 1)
            XCTAssertTrue(page.text.contains("<td>\(month)</td><td>\(reached)</td>"), "\(query) \(month): \(reached)")
        }
        // The per-unit CSV holds the page's lines, lowest share first; the below-minimum CSV every PNS below.
        let units = csv(
            try await browser.get("/instansi/medan/jp" + query + (query.isEmpty ? "?" : "&") + "format=csv&daftar=unit")
        )
        XCTAssertEqual(units.first, ["unit_kerja", "pns", "memenuhi", "belum_memenuhi", "persentase"])
        XCTAssertEqual(units.count - 1, expected.lines.count, query)
        var previous = -1
        for row in units.dropFirst() {
            XCTAssertEqual(row.count, 5)
            let line = expected.lines[row[0]]
            XCTAssertEqual(Int(row[1]), line?.pns, row[0])
            XCTAssertEqual(Int(row[2]), line?.met, row[0])
            XCTAssertEqual(Int(row[3]), line.map { $0.pns - $0.met }, row[0])
            let tenths = Int(row[4].replacingOccurrences(of: ",", with: ""))!
            XCTAssertEqual(tenths, line.map { $0.met * 1000 / $0.pns })
            XCTAssertGreaterThanOrEqual(tenths, previous)
            previous = tenths
        }
        let below = csv(
            try await browser.get(
                "/instansi/medan/jp" + query + (query.isEmpty ? "?" : "&") + "format=csv&daftar=kurang"))
        XCTAssertEqual(below.first, ["nip", "nama", "unit_kerja", "jumlah_jp", "kurang_jp"])
        XCTAssertEqual(below.dropFirst().map { $0[0] }, expected.below, query)
        // The page lists the first of them, linked to their JP page.
        if let first = expected.below.first {
            XCTAssertTrue(page.text.contains(#"<a href="/pegawai/\#(first)/jp?tahun="#), query)
        }
    }

    func testPageAndCSVsEqualABruteForceRecount() async throws {
        try await world()
        let medan = try await agencyID("medan")
        let year = TestClock.year
        // Random ledger lines, a few of them negative corrections.
        var rng = GapReportTests.SplitMix(state: 20_261_130)
        let employees = try await Employee.query(on: db).filter(\.$agencyID == medan).sort(\.$nip).all()
        for e in employees where rng.next(3) == 0 {
            for _ in 0..<1 + rng.next(4) {
                let y = rng.next(3) == 0 ? year - 1 : year
                let month = y == year ? 1 + rng.next(TestClock.today.month) : 1 + rng.next(12)
                let amount = rng.next(10) == 0 ? -(50 + rng.next(400)) : 50 + rng.next(1200)
                try await credit(e, String(format: "%04d-%02d-%02d", y, month, 1 + rng.next(28)), amount)
            }
        }
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        try await check(&manager, query: "", try await recount(year: year, minimum: 2000, scope: nil))
        try await check(
            &manager, query: "?tahun=\(year - 1)", try await recount(year: year - 1, minimum: 2000, scope: nil))
        let dinkes = try await AsahServer.Unit.query(on: db).filter(\.$agencyID == medan).filter(
            \.$name == "Dinas Kesehatan"
        ).first()!
        try await check(
            &manager, query: "?unit=\(dinkes.id!.uuidString)",
            try await recount(year: year, minimum: 2000, scope: dinkes))

        // The agency's own minimum counts; the unit head sees their unit, whatever unit they ask for.
        try await AgencySettings.save(JPTargets(pnsMinimum: JP(hundredths: 1250)), .jpTargets, agencyID: medan, on: db)
        let head = try await User.query(on: db).filter(\.$username == "kepala.medan").first()!
        let dishub = try await AsahServer.Unit.find(head.unitID, on: db)!
        var kepala = Browser(app)
        _ = try await kepala.login("kepala.medan")
        let expected = try await recount(year: year, minimum: 1250, scope: dishub)
        try await check(&kepala, query: "", expected)
        try await check(&kepala, query: "?unit=\(dinkes.id!.uuidString)", expected)
        XCTAssertTrue(
            expected.lines.keys.contains("Dinas Perhubungan (langsung)"), "the head is counted in their own unit")
    }

    func testWhoGetsTheComplianceReportAndTheExport() async throws {
        try await world()
        let year = TestClock.year
        let paths = [
            "/instansi/medan/jp", "/instansi/medan/jp?format=csv&daftar=kurang",
            "/instansi/medan/jp/riwayat.csv?tahun=\(year)",
        ]
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        for path in paths { await eq(try await manager.get(path).status, .ok, path) }
        var head = Browser(app)
        _ = try await head.login("kepala.medan")
        await eq(try await head.get(paths[0]).status, .ok)
        await eq(try await head.get(paths[1]).status, .ok)
        await eq(try await head.get(paths[2]).status, .forbidden, "the export is for managers")
        var staff = Browser(app)
        _ = try await staff.login("pegawai.medan")
        for path in paths {
            let res = try await staff.get(path)
            XCTAssertEqual(res.status, .forbidden, path)
        }
        let refused = try await staff.get(paths[0])
        XCTAssertTrue(refused.text.contains(ComplianceController.denied))
        var mamuju = Browser(app)
        _ = try await mamuju.login("pengelola.mamuju")
        for path in paths {
            let res = try await mamuju.get(path)
            XCTAssertEqual(res.status, .notFound, path)
            XCTAssertFalse(res.text.contains("Medan"), path)
        }
        // The menu leads managers and unit heads to it, not employees.
        let home = try await staff.get("/")
        XCTAssertFalse(home.text.contains(">Pemenuhan JP</a>"))
        let headHome = try await head.get("/")
        XCTAssertTrue(headHome.text.contains(#"<a href="/instansi/medan/jp">Pemenuhan JP</a>"#))
    }

    func testTheTrainingHistoryInSIASNShape() async throws {
        try await seedDemo()
        let medan = try await agencyID("medan")
        let year = TestClock.year
        let e = try await Employee.query(on: db).filter(\.$agencyID == medan).filter(\.$status == "pns").sort(\.$nip)
            .first()!
        try await credit(
            e, "\(year)-03-04", 250, title: #"Bimtek "Pelayanan"; Publik"#, jenis: 8,
            provider: "BPSDM Provinsi Sumatera Utara", certificate: "0457/BPSDM/III/\(year)")
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let res = try await manager.get("/instansi/medan/jp/riwayat.csv?tahun=\(year)")
        XCTAssertEqual(
            res.headers.first(name: .contentDisposition), #"attachment; filename="riwayat-diklat-medan-\#(year).csv""#)
        let lines = res.text.dropFirst().components(separatedBy: "\r\n").dropLast()
        XCTAssertEqual(lines.first, ComplianceCSV.historyHeader)
        XCTAssertEqual(ComplianceCSV.historyHeader.split(separator: ";").count, 10)
        let count = try await sql.raw(
            "SELECT COUNT(*) AS n FROM learning_entries WHERE agency_id = \(bind: medan) AND year = \(bind: year)"
        ).firstRow(CountRow.self)!.n
        XCTAssertGreaterThan(count, 100)
        XCTAssertEqual(lines.count - 1, count)
        let ours =
            "\(e.nip);\(e.name);8;Bimbingan Teknis;\"Bimtek \"\"Pelayanan\"\"; Publik\";04-03-\(year);04-03-\(year);2,5;"
            + "BPSDM Provinsi Sumatera Utara;0457/BPSDM/III/\(year)"
        XCTAssertTrue(lines.contains(ours), ours)
        for line in lines.dropFirst() where line != ours {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            XCTAssertEqual(fields.count, 10, line)
            XCTAssertNotNil(Int(fields[2]).flatMap(JenisDiklat.byID), line)
            XCTAssertEqual(fields[5], fields[6])
            XCTAssertNotNil(JP(text: String(fields[7])), line)
        }

        // Read in chunks of 7 employees: the same lines, every employee within one chunk.
        var chunks: [[ComplianceQueries.HistoryLine]] = []
        try await ComplianceQueries.eachHistoryChunk(agencyID: medan, year: year, employees: 7, on: db) {
            chunks.append($0)
        }
        XCTAssertGreaterThan(chunks.count, 5)
        XCTAssertTrue(chunks.allSatisfy { Set($0.map(\.employeeID)).count <= 7 })
        let owners = chunks.map { Set($0.map(\.employeeID)) }
        XCTAssertEqual(owners.map(\.count).reduce(0, +), Set(owners.flatMap { $0 }).count, "no employee split")
        XCTAssertEqual(chunks.flatMap { $0 }.map(ComplianceCSV.historyLine), Array(lines.dropFirst()))
    }
}
