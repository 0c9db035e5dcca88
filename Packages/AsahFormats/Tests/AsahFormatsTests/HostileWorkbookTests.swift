import AsahCore
import XCTest
import ZIPFoundation

@testable import AsahFormats

/// Workbooks built to hurt the SIASN import (issue 9, findings 1 and 2), read through the same
/// reader as the page, the API and the command line: each is read or refused with a message, and the
/// process stays up with its memory bounded by the file.
final class HostileWorkbookTests: XCTestCase {
    static let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    static func archive(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    static func workbook(prefix: String = "", sheet: String) throws -> Data {
        try archive([
            (
                "xl/workbook.xml",
                prefix + "<workbook xmlns:r=\"r\"><sheets><sheet name=\"A\" r:id=\"rId1\"/></sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
            ),
            ("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(ns)\"><sheetData>\(sheet)</sheetData></worksheet>"),
        ])
    }

    /// The 929-byte file of the finding: 10,000 comments before the workbook's root ended the server
    /// with a segmentation fault. It is read like any workbook now.
    func testTenThousandCommentsInTheWorkbookAreSkipped() throws {
        let file = try Self.workbook(
            prefix: String(repeating: "<!---->", count: 10_000),
            sheet: #"<row r="1"><c r="A1" t="inlineStr"><is><t>NIP BARU</t></is></c></row>"#)
        XCTAssertLessThan(file.count, 2_000)
        let rows = try XLSXReader.sheet(from: file)
        XCTAssertEqual(rows.map(\.dense), [["NIP BARU"]])
    }

    /// The 6 KB file of the finding: one cell at XFD in each of 1,000 rows. Each row keeps its one cell.
    func testFarColumnsCostTheirCellsOnly() throws {
        let sheet = (1...1_000).map { #"<row r="\#($0)"><c r="XFD\#($0)" t="inlineStr"><is><t>x</t></is></c></row>"# }
            .joined()
        let file = try Self.workbook(sheet: sheet)
        let rows = try XLSXReader.sheet(from: file)
        XCTAssertEqual(rows.count, 1_000)
        XCTAssertEqual(rows.map(\.cells.count).reduce(0, +), 1_000)
    }

    /// A part that unpacks to more than the set multiple of the upload is refused before it is held.
    func testAPartFarLargerThanItsFileIsRefused() throws {
        let filler = String(repeating: "<row/>", count: 2_000_000)  // 12 MB of text, a few KB packed
        let file = try Self.workbook(sheet: filler)
        XCTAssertLessThan(file.count * XLSXReader.maxUnpackedRatio, 12_000_000)
        XCTAssertThrowsError(try XLSXReader.sheet(from: file)) { error in
            let message = (error as? XLSXReader.Failure)?.message ?? ""
            XCTAssertTrue(message.contains("xl/worksheets/sheet1.xml"), message)
        }
    }

    func testAnOutOfRangeCellIsNamed() throws {
        let file = try Self.workbook(sheet: #"<row r="1"><c r="ZZZZ1"><v>1</v></c></row>"#)
        XCTAssertThrowsError(try XLSXReader.sheet(from: file)) { error in
            XCTAssertTrue(((error as? XLSXReader.Failure)?.message ?? "").contains("sel ZZZZ1"))
        }
    }
}
