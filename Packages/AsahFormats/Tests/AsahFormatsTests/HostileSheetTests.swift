import AsahCore
import Foundation
import Testing

@testable import AsahFormats

/// Parts of a workbook built to hurt the reader (issue 9, findings 1 and 2): each is read or refused
/// with an error, in bounded stack and memory.
struct HostileSheetTests {
    /// 10,000 comments before the root crashed the scanner (one recursion per comment) with a
    /// segmentation fault; 200,000 of every skipped kind must not either.
    @Test(arguments: ["<!---->", "<?pi x?>", "<!DOCTYPE x>"])
    func manySkippedBlocksBeforeTheRoot(block: String) throws {
        let head = String(repeating: block, count: 200_000)
        let workbook = head + #"<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>"#
        let rels = head + #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#
        let path = try XLSXSheet.firstSheetPath(workbookXML: Data(workbook.utf8), workbookRelsXML: Data(rels.utf8))
        #expect(path == "xl/worksheets/sheet1.xml")
        let sheet =
            head
            + #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>"#
        #expect(try XLSXSheet.rows(sheetXML: Data(sheet.utf8), sharedStrings: []).map(\.dense) == [["x"]])
        #expect(try XLSXSheet.sharedStrings(Data((head + "<sst><si><t>a</t></si></sst>").utf8)) == ["a"])
    }

    /// One cell at column XFD in each of 1,000 rows padded every row to 16,384 cells (300 MB); now each
    /// row holds its one cell, and the importer still finds the header's columns.
    @Test func farColumnsAreNotPadded() throws {
        var xml =
            #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>NIP BARU</t></is></c>"#
            + #"<c r="B1" t="inlineStr"><is><t>NAMA</t></is></c></row>"#
        for r in 2...1_001 {
            xml += #"<row r="\#(r)"><c r="XFD\#(r)" t="inlineStr"><is><t>x</t></is></c></row>"#
        }
        xml += "</sheetData></worksheet>"
        let rows = try XLSXSheet.rows(sheetXML: Data(xml.utf8), sharedStrings: [])
        #expect(rows.count == 1_001)
        #expect(rows.reduce(0) { $0 + $1.cells.count } == 1_002)
        #expect(rows[1][16_383] == "x" && rows[1][0] == nil)
        // Rows with no value under the header's columns are blank to the importer: they name the row.
        let result = SiasnImport.parse(sheet: rows)
        #expect(result.records.isEmpty)
        #expect(result.issues.first?.row == 2)
    }

    @Test func rowsAreSortedAndARepeatedRowKeepsTheLaterOne() throws {
        let xml = """
            <worksheet><sheetData><row r="3"><c r="A3"><v>3</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>\
            <row r="3"><c r="B3"><v>4</v></c><c r="A3"><v>5</v></c><c r="B3"><v>6</v></c></row></sheetData></worksheet>
            """
        let rows = try XLSXSheet.rows(sheetXML: Data(xml.utf8), sharedStrings: [])
        #expect(rows.map(\.number) == [1, 3])
        #expect(rows[1].dense == ["5", "6"])
    }

    @Test(arguments: [
        (#"<row r="1"><c r="XFE1"><v>1</v></c></row>"#, "sel XFE1"),
        (#"<row r="1048577"><c r="A1048577"><v>1</v></c></row>"#, "baris 1048577"),
        (#"<row r="0"/>"#, "baris 0"),
    ])
    func referencesBeyondExcelNameTheCell(rowXML: String, named: String) {
        let xml = "<worksheet><sheetData>" + rowXML + "</sheetData></worksheet>"
        #expect(throws: XLSXError.outOfRange(reference: named)) {
            try XLSXSheet.rows(sheetXML: Data(xml.utf8), sharedStrings: [])
        }
    }

    @Test func hugeCellReferencesAreRefused() throws {
        let sheet =
            #"<worksheet><sheetData><row r="1"><c r="AAAAAAAAAAAAAAAAAAAA1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>"#
        #expect(throws: XLSXError.self) { try XLSXSheet.rows(sheetXML: Data(sheet.utf8), sharedStrings: []) }
        let farRow =
            #"<worksheet><sheetData><row r="2000000000"><c r="A2000000000"><v>1</v></c></row></sheetData></worksheet>"#
        #expect(throws: XLSXError.self) { try XLSXSheet.rows(sheetXML: Data(farRow.utf8), sharedStrings: []) }
        let minRow = #"<worksheet><sheetData><row r="-9223372036854775808"></row></sheetData></worksheet>"#
        #expect(throws: XLSXError.self) { try XLSXSheet.rows(sheetXML: Data(minRow.utf8), sharedStrings: []) }
    }
}
