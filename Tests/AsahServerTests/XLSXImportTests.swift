import Fluent
import XCTVapor

@testable import AsahServer

/// An .xlsx export goes through the same import as a CSV.
final class XLSXImportTests: AppTestCase {
    /// A minimal workbook: the first sheet holds the table, text as shared and inline strings.
    static func workbook(_ table: [[String]]) throws -> Data {
        var shared: [String] = []
        func column(_ i: Int) -> String {
            var n = i + 1, s = ""
            while n > 0 { s = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + s; n = (n - 1) / 26 }
            return s
        }
        func esc(_ v: String) -> String {
            v.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        var rows = ""
        for (r, row) in table.enumerated() {
            rows += "<row r=\"\(r + 1)\">"
            for (c, value) in row.enumerated() where !value.isEmpty {
                let ref = column(c) + String(r + 1)
                if r % 2 == 0 {
                    shared.append(value)
                    rows += "<c r=\"\(ref)\" t=\"s\"><v>\(shared.count - 1)</v></c>"
                } else {
                    rows += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(esc(value))</t></is></c>"
                }
            }
            rows += "</row>"
        }
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let parts: [(String, String)] = [
            (
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
            ),
            (
                "xl/workbook.xml",
                "<?xml version=\"1.0\"?><workbook xmlns=\"\(ns)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Data ASN\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
            ),
            (
                "xl/sharedStrings.xml",
                "<?xml version=\"1.0\"?><sst xmlns=\"\(ns)\">" + shared.map { "<si><t>\(esc($0))</t></si>" }.joined()
                    + "</sst>"
            ),
            (
                "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\"?><worksheet xmlns=\"\(ns)\"><sheetData>\(rows)</sheetData></worksheet>"
            ),
        ]
        return try WorkbookArchive.archive(parts)
    }

    func testAnXLSXExportImportsLikeItsCSV() async throws {
        try await world()
        let csv = SiasnCSV.text(SiasnCSV.valid)
        let table = csv.split(separator: "\n").map {
            $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        }
        let xlsx = try Self.workbook(table)
        let medan = try await agencyID("medan")
        let report = try await EmployeeImporter.run(
            file: xlsx, agencyID: medan, dryRun: false, userID: nil, today: TestClock.today, on: db)
        XCTAssertTrue(report.isValid, "\(report.errors)")
        XCTAssertEqual(report.created, 3)
        let nurhaliza = try await EmployeeQueries.detail(nip: "199208242016032902", on: db)
        XCTAssertEqual(nurhaliza?.name, "Nurhaliza Lubis")
        XCTAssertEqual(nurhaliza?.positionJenjang, "ahli_pertama")
        // The same people as CSV afterwards: nothing changes.
        let again = try await EmployeeImporter.run(
            file: Data(csv.utf8), agencyID: medan, dryRun: false, userID: nil, today: TestClock.today, on: db)
        XCTAssertEqual([again.created, again.updated, again.unchanged], [0, 0, 3])
    }

    func testABrokenWorkbookIsReportedNotCrashed() async throws {
        try await world()
        // A download cut short: the zip's central directory is missing.
        let whole = try Self.workbook([["NIP BARU", "NAMA"], ["199103172016031901", "Rahmat"]])
        let broken = whole.prefix(whole.count / 2)
        let report = try await EmployeeImporter.run(
            file: broken, agencyID: try await agencyID("medan"), dryRun: true, userID: nil, today: TestClock.today,
            on: db)
        XCTAssertFalse(report.isValid)
        XCTAssertEqual(report.errors.first?.column, "berkas")
    }
}

final class IDsTests: XCTestCase {
    func testIDsAreVersionSevenDistinctAndTimeOrdered() {
        let ids = (0..<1000).map { _ in IDs.make() }
        XCTAssertEqual(Set(ids).count, 1000)
        for id in ids {
            let s = id.uuidString
            XCTAssertEqual(Array(s)[14], "7", s)
            XCTAssertTrue("89AB".contains(Array(s)[19]), s)
        }
        let earlier = IDs.make(now: Date(timeIntervalSince1970: 1_800_000_000))
        let later = IDs.make(now: Date(timeIntervalSince1970: 1_800_000_001))
        XCTAssertLessThan(earlier.uuidString, later.uuidString)
    }
}
