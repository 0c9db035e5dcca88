import AsahCore
import Foundation
import Testing

@testable import AsahFormats

/// What keeps each reader's work and memory in proportion to the upload, and what names the place
/// of a fault (issue 9, item 6).
struct BoundsTests {
    /// Each `&` without a `;` searched the whole rest of the text: 200,000 of them took minutes.
    @Test func manyAmpersandsAreLinear() throws {
        let text = String(repeating: "&", count: 200_000) + "&amp;"
        let xml = "<sst><si><t>" + text + "</t></si></sst>"
        let strings = try XLSXSheet.sharedStrings(Data(xml.utf8))
        #expect(strings.first?.count == 200_001)
        #expect(strings.first?.hasSuffix("&&") == true)
    }

    /// A value split by 200,000 comments or CDATA sections is joined run by run in place, not copied
    /// again for each run.
    @Test func manyRunsInOneValueAreLinear() throws {
        let sheet =
            #"<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>"#
            + String(repeating: "1<!---->", count: 200_000) + "</v></c></row></sheetData></worksheet>"
        let rows = try XLSXSheet.rows(sheetXML: Data(sheet.utf8), sharedStrings: [])
        #expect(rows.first?.cells.first?.text.utf8.count == 200_000)
        let shared = "<sst><si><t>" + String(repeating: "a<![CDATA[b]]>", count: 200_000) + "</t></si></sst>"
        #expect(try XLSXSheet.sharedStrings(Data(shared.utf8)).first?.utf8.count == 400_000)
    }

    @Test func cellsAreCounted() throws {
        let xml =
            "<worksheet><sheetData>"
            + (1...3).map { #"<row r="\#($0)"><c r="A\#($0)"><v>1</v></c><c r="B\#($0)"><v>2</v></c></row>"# }.joined()
            + "</sheetData></worksheet>"
        #expect(try XLSXSheet.rows(sheetXML: Data(xml.utf8), sharedStrings: [], maxCells: 6).count == 3)
        #expect(throws: XLSXError.tooManyCells(limit: 5)) {
            try XLSXSheet.rows(sheetXML: Data(xml.utf8), sharedStrings: [], maxCells: 5)
        }
    }

    @Test func aBrokenSheetNamesTheLastCellRead() {
        let xml =
            #"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="C2"><v"#
        #expect(throws: XLSXError.malformedXML(part: "worksheet", after: "sel C2")) {
            try XLSXSheet.rows(sheetXML: Data(xml.utf8), sharedStrings: [])
        }
        #expect(
            XLSXError.malformedXML(part: "worksheet", after: "sel C2").message(sheet: "Data ASN")
                == "Berkas Excel rusak: lembar \"Data ASN\" tidak dapat dibaca setelah sel C2.")
        // Cells without a reference are named by their place.
        let unnamed = #"<worksheet><sheetData><row r="7"><c><v>1</v></c><c><v"#
        #expect(throws: XLSXError.malformedXML(part: "worksheet", after: "sel B7")) {
            try XLSXSheet.rows(sheetXML: Data(unnamed.utf8), sharedStrings: [])
        }
    }

    @Test func theFirstSheetHasItsName() throws {
        let workbook = #"<workbook><sheets><sheet name="Data ASN" r:id="rId1"/></sheets></workbook>"#
        let rels = #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#
        let first = try XLSXSheet.firstSheet(workbookXML: Data(workbook.utf8), workbookRelsXML: Data(rels.utf8))
        #expect(first.name == "Data ASN")
        #expect(first.path == "xl/worksheets/sheet1.xml")
    }

    @Test(arguments: [0, 1, 25, 26, 701, 702, 16_383])
    func columnNamesRoundTrip(index: Int) {
        #expect(XLSXSheet.columnIndex(XLSXSheet.columnName(index) + "1") == index)
    }

    /// A line of delimiters keeps at most 16,384 field spans; the header and the rows say so.
    @Test func aLineOfDelimitersIsNotMillionsOfFields() {
        let wide = String(repeating: "|", count: 100_000)
        let header = SiasnImport.parse(csv: Data(("NIP BARU|NAMA" + wide + "\n").utf8))
        #expect(header.issues.map(\.column) == ["baris"])
        #expect(header.issues.first?.message.contains("16.384") == true)
        let row = SiasnImport.parse(csv: Data(("NIP BARU|NAMA\n196608011988031001|Budi" + wide + "x\n").utf8))
        #expect(row.records.isEmpty)
        #expect(row.issues.map(\.row) == [2])
        #expect(row.issues.first?.message.contains("lebih dari 16384 kolom") == true)
        #expect(
            DelimitedTable.read(Data(("NIP;KODE" + String(repeating: ";", count: 20_000)).utf8)).failureColumn
                == "baris")
    }

    /// A file of bad lines stops after `maxIssues` issues with one that says so.
    @Test func issuesAreCapped() {
        let lines = String(repeating: "1|\n", count: DelimitedTable.maxIssues + 500)
        let siasn = SiasnImport.parse(csv: Data(("NIP BARU|NAMA\n" + lines).utf8))
        #expect(siasn.issues.count <= DelimitedTable.maxIssues + 2)
        #expect(siasn.issues.last?.message.contains("dihentikan") == true)
        let assessments = AssessmentCSV.parse(
            Data(("NIP;KODE KOMPETENSI;LEVEL;TANGGAL\n" + String(repeating: "x;;;\n", count: 12_000)).utf8),
            knownCodes: [], today: CivilDate(year: 2026, month: 11, day: 28)!)
        #expect(assessments.issues.count < DelimitedTable.maxIssues + 10)
        #expect(assessments.issues.last?.message.contains("dihentikan") == true)
    }

    /// Cells past the header's width are not kept (nothing reads them).
    @Test func rowsAreCutToTheHeader() {
        guard case .success(let table) = DelimitedTable.read(Data("A;B\n1;2;3;4\n\n5\n".utf8)) else {
            Issue.record("not read")
            return
        }
        var rows: [[String]] = []
        table.forEachRow { _, cells in
            rows.append(cells); return true
        }
        #expect(rows == [["1", "2"], ["5"]])
    }
}

extension Result where Failure == ImportIssue {
    var failureColumn: String? {
        if case .failure(let issue) = self { return issue.column }
        return nil
    }
}
