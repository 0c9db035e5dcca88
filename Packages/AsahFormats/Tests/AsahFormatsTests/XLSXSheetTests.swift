import AsahCore
import Foundation
import Testing

@testable import AsahFormats

struct XLSXSheetTests {
    static let workbook = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
          <bookViews><workbookView/></bookViews>
          <sheets>
            <sheet name="Data ASN" sheetId="3" r:id="rId7"/>
            <sheet name="Lain" sheetId="1" r:id="rId1"/>
          </sheets>
        </workbook>
        """

    static let rels = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/>
          <Relationship Id="rId7" Type="http://x/worksheet" Target="worksheets/sheet3.xml"/>
          <Relationship Id="rId9" Type="http://x/styles" Target="styles.xml"/>
        </Relationships>
        """

    @Test(arguments: [
        ("worksheets/sheet3.xml", "xl/worksheets/sheet3.xml"),
        ("/xl/worksheets/sheet3.xml", "xl/worksheets/sheet3.xml"),
        ("../xl/worksheets/sheet3.xml", "xl/worksheets/sheet3.xml"),
        ("./worksheets/data.xml", "xl/worksheets/data.xml"),
    ])
    func firstSheetPath(target: String, expected: String) throws {
        let rels = Self.rels.replacingOccurrences(of: "worksheets/sheet3.xml", with: target)
        let path = try XLSXSheet.firstSheetPath(workbookXML: Data(Self.workbook.utf8), workbookRelsXML: Data(rels.utf8))
        #expect(path == expected)
    }

    @Test func prefixedWorkbookElements() throws {
        let wb =
            #"<x:workbook xmlns:x="m" xmlns:rel="r"><x:sheets><x:sheet name="A" sheetId="1" rel:id="rId2"/></x:sheets></x:workbook>"#
        let rels = #"<Relationships><Relationship Id='rId2' Target='worksheets/sheet1.xml'/></Relationships>"#
        #expect(
            try XLSXSheet.firstSheetPath(workbookXML: Data(wb.utf8), workbookRelsXML: Data(rels.utf8))
                == "xl/worksheets/sheet1.xml")
    }

    @Test func sheetErrors() {
        #expect(throws: XLSXError.noSheet) {
            try XLSXSheet.firstSheetPath(
                workbookXML: Data("<workbook><sheets/></workbook>".utf8),
                workbookRelsXML: Data(Self.rels.utf8))
        }
        #expect(throws: XLSXError.missingRelationship("rId7")) {
            try XLSXSheet.firstSheetPath(
                workbookXML: Data(Self.workbook.utf8),
                workbookRelsXML: Data("<Relationships/>".utf8))
        }
        #expect(throws: XLSXError.malformedXML(part: "xl/workbook.xml")) {
            try XLSXSheet.firstSheetPath(
                workbookXML: Data("<workbook><sheet name=".utf8),
                workbookRelsXML: Data(Self.rels.utf8))
        }
    }

    @Test func sharedStrings() throws {
        let xml = """
            <?xml version="1.0"?>
            <sst xmlns="m" count="6" uniqueCount="6">
              <si><t>NIP BARU</t></si>
              <si><t xml:space="preserve"> Budi  &amp; Ani </t></si>
              <si><r><rPr><b/></rPr><t>Siti</t></r><r><t xml:space="preserve"> Aminah</t></r></si>
              <si><t>漢字</t><rPh sb="0" eb="1"><t>かんじ</t></rPh></si>
              <si><t/></si>
              <si><t>Baris_x000D_Dua &#233;&#x41;</t></si>
              <si><t><![CDATA[a<b]]></t></si>
            </sst>
            """
        #expect(
            try XLSXSheet.sharedStrings(Data(xml.utf8))
                == ["NIP BARU", " Budi  & Ani ", "Siti Aminah", "漢字", "", "Baris\rDua éA", "a<b"])
    }

    @Test func rowsWithAllCellTypes() throws {
        let xml = """
            <worksheet xmlns="m"><sheetData>
              <row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="E1" t="s"><v>2</v></c></row>
              <row r="2"><c r="A2"><v>196608011988031000</v></c><c r="B2" t="inlineStr"><is><t>Budi &lt;B&gt;</t></is></c>
                <c r="C2" t="str"><f>UPPER("x")</f><v>X</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="b"><v>0</v></c></row>
              <row r="4"><c r="B4" s="3"><v>31.0</v></c><c r="C4"><v>2.5</v></c><c r="D4" t="e"><v>#N/A</v></c>
                <c r="AA4"><v>-7.00</v></c><c r="F4" s="2"/></row>
              <row r="5"><c><v>1</v></c><c><v>2</v></c><c r="E5"><v>5</v></c><c><v>6</v></c></row>
              <row r="9" spans="1:3"/>
            </sheetData></worksheet>
            """
        let rows = try XLSXSheet.rows(sheetXML: Data(xml.utf8), sharedStrings: ["NIP BARU", "NAMA", "GOL"])
        var row4 = Array(repeating: "", count: 27)
        row4[1] = "31"; row4[2] = "2.5"; row4[3] = "#N/A"; row4[26] = "-7"
        #expect(rows.map(\.number) == [1, 2, 4, 5])
        #expect(
            rows.map(\.dense) == [
                ["NIP BARU", "NAMA", "", "", "GOL"],
                ["196608011988031000", "Budi <B>", "X", "TRUE", "FALSE"],
                row4,
                ["1", "2", "", "", "5", "6"],
            ])
        #expect(rows[2].cells.count == 4, "empty cells are not stored")
        #expect(rows[2][26] == "-7" && rows[2][0] == nil && rows[2][27] == nil)
    }

    @Test func rowsWithoutReferences() throws {
        let xml =
            "<worksheet><sheetData><row><c t=\"s\"><v>1</v></c></row><row><c/><c t=\"s\"><v>0</v></c></row></sheetData></worksheet>"
        #expect(
            try XLSXSheet.rows(sheetXML: Data(xml.utf8), sharedStrings: ["a", "b"]).map(\.dense) == [["b"], ["", "a"]])
    }

    @Test(arguments: [("A1", 0), ("C5", 2), ("Z9", 25), ("AA10", 26), ("AZ1", 51), ("BA1", 52), ("XFD1", 16383)])
    func columnIndex(reference: String, index: Int) {
        #expect(XLSXSheet.columnIndex(reference) == index)
    }

    @Test func sheetFeedsTheImporter() throws {
        let shared = ["NIP BARU", "NAMA", "GOL AKHIR NAMA", "Budi Santoso", "III/a"]
        let xml = """
            <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
            <c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>'196608011988031001</t></is></c>\
            <c r="B2" t="s"><v>3</v></c><c r="C2" t="s"><v>4</v></c></row></sheetData></worksheet>
            """
        let table = try XLSXSheet.rows(sheetXML: Data(xml.utf8), sharedStrings: shared)
        let result = SiasnImport.parse(sheet: table)
        #expect(result.issues == [])
        #expect(result.records.first?.golongan?.name == "III/a")
        #expect(result.records.first?.row == 2)
    }

    @Test func malformedSheet() {
        #expect(throws: XLSXError.self) {
            try XLSXSheet.rows(sheetXML: Data("<worksheet><row r=\"1\"><c r=\"A1\"".utf8), sharedStrings: [])
        }
    }
}
