import Foundation
import Testing

@testable import AsahFormats

/// What the byte readers make of each kind of cell and string item, one case a row; every case is
/// also read by the event reader they replaced (`ReferenceSheetReader`), which must agree.
struct SheetPassTests {
    static let shared = ["NIP BARU", "NAMA", "GOL"]

    /// A row's cells (the row is row 1 unless the XML says otherwise) → its texts by column letter.
    @Test(
        arguments: [
            ("inline string", #"<c r="A1" t="inlineStr"><is><t>Budi</t></is></c>"#, ["A1": "Budi"]),
            (
                "inline rich text runs",
                #"<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Bu</t></r><r><t xml:space="preserve"> di</t></r></is></c>"#,
                ["A1": "Bu di"]
            ),
            (
                "inline phonetic run skipped",
                #"<c r="A1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="1"><t>かんじ</t></rPh></is></c>"#, ["A1": "漢字"]
            ),
            (
                "xml:space changes nothing: text is kept as written",
                #"<c r="A1" t="inlineStr"><is><t>  a  </t></is></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">  b  </t></is></c>"#,
                ["A1": "  a  ", "B1": "  b  "]
            ),
            ("shared string", #"<c r="A1" t="s"><v>1</v></c>"#, ["A1": "NAMA"]),
            (
                "shared index with white space and sign",
                #"<c r="A1" t="s"><v> 2 </v></c><c r="B1" t="s"><v>+1</v></c><c r="C1" t="s"><v>-0</v></c>"#,
                ["A1": "GOL", "B1": "NAMA", "C1": "NIP BARU"]
            ),
            (
                "shared index out of the table or not a number",
                #"<c r="A1" t="s"><v>3</v></c><c r="B1" t="s"><v>-1</v></c><c r="C1" t="s"><v>1.0</v></c><c r="D1" t="s"><v>99999999999999999999</v></c>"#,
                [:]
            ),
            (
                "numbers as written, a trailing .0 removed",
                #"<c r="A1"><v>31.0</v></c><c r="B1"><v>2.50</v></c><c r="C1" t="n"><v>-7.00</v></c><c r="D1"><v>1e5</v></c><c r="E1"><v> 42 </v></c><c r="F1"><v>5.</v></c>"#,
                ["A1": "31", "B1": "2.50", "C1": "-7", "D1": "1e5", "E1": "42", "F1": "5"]
            ),
            ("a number that is only .0 is empty", #"<c r="A1"><v>.0</v></c>"#, [:]),
            ("long numbers stay text (NIP)", #"<c r="A1"><v>196608011988031001</v></c>"#, ["A1": "196608011988031001"]),
            (
                "digits that are not ASCII are kept", #"<c r="A1"><v>٣</v></c><c r="B1"><v> ٣.0 </v></c>"#,
                ["A1": "٣", "B1": "٣"]
            ),
            (
                "booleans",
                #"<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="b"><v> 1 </v></c><c r="D1" t="b"><v>yes</v></c>"#,
                ["A1": "TRUE", "B1": "FALSE", "C1": "TRUE", "D1": "FALSE"]
            ),
            (
                "a boolean without value is FALSE, a self-closing one nothing",
                #"<c r="A1" t="b"></c><c r="B1" t="b"/>"#, ["A1": "FALSE"]
            ),
            (
                "errors as written", #"<c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e"><v> #DIV/0! </v></c>"#,
                ["A1": "#N/A", "B1": " #DIV/0! "]
            ),
            (
                "formula string result with an OOXML escape",
                #"<c r="A1" t="str"><f>A2&amp;"x"</f><v>Baris_x000D_Dua</v></c>"#, ["A1": "Baris\rDua"]
            ),
            (
                "entities and character references",
                #"<c r="A1" t="str"><v>&lt;5&gt; &amp; &quot;&apos; &#233;&#x41; &bogus; &amp</v></c>"#,
                ["A1": "<5> & \"' éA &bogus; &amp"]
            ),
            (
                "CDATA and entities in one text",
                #"<c r="A1" t="inlineStr"><is><t>a &amp; <![CDATA[<b>&amp;]]> c</t></is></c>"#, ["A1": "a & <b>&amp; c"]
            ),
            (
                "CDATA number and a comment inside a value",
                #"<c r="A1"><v><![CDATA[12]]></v></c><c r="B1"><v>3<!-- x -->4</v></c>"#, ["A1": "12", "B1": "34"]
            ),
            (
                "empty cells hold nothing",
                #"<c r="A1"/><c r="B1"></c><c r="C1"><v></v></c><c r="D1" t="s"/><c r="E1" t="inlineStr"><is><t/></is></c>"#,
                [:]
            ),
            (
                "cells without r follow the previous one",
                #"<c><v>1</v></c><c r="D1"><v>4</v></c><c><v>5</v></c><c/><c><v>7</v></c>"#,
                ["A1": "1", "D1": "4", "E1": "5", "G1": "7"]
            ),
            (
                "namespace prefixes",
                #"<x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c>"#,
                ["A1": "NIP BARU", "B1": "b"]
            ),
            (
                "single quotes, spaces around =, lower-case and escaped references",
                #"<c r = 'A1' t = 's'><v>0</v></c><c r="b1"><v>2</v></c><c r="&#67;1"><v>3</v></c>"#,
                ["A1": "NIP BARU", "B1": "2", "C1": "3"]
            ),
            (
                "a repeated column keeps the later cell, an earlier one is put in order",
                #"<c r="C1"><v>1</v></c><c r="A1"><v>2</v></c><c r="C1"><v>3</v></c>"#, ["A1": "2", "C1": "3"]
            ),
            (
                "a value outside <v> or inline <t> is not the cell's",
                #"<c r="A1"><f>7</f></c><c r="B1" t="inlineStr"><t>x</t></c><c r="C1" t="inlineStr"><is>y</is></c>"#,
                [:]
            ),
        ] as [(String, String, [String: String])])
    func cells(label: String, cellsXML: String, expected: [String: String]) throws {
        let xml = Array(#"<worksheet><sheetData><row r="1">\#(cellsXML)</row></sheetData></worksheet>"#.utf8)
        #expect(ByteReaderAgreementTests.expectSameRows(xml, shared: Self.shared, label))
        let rows = try XLSXSheet.rows(sheetXML: xml, sharedStrings: Self.shared)
        var found: [String: String] = [:]
        for row in rows {
            for cell in row.cells { found["\(XLSXSheet.columnName(cell.column))\(row.number)"] = cell.text }
        }
        #expect(found == expected, "\(label)")
    }

    /// Rows: numbers, order, self-closing rows, rows without r.
    @Test func rowsAreNumberedAsTheSheetSays() throws {
        let xml = Array(
            """
            <worksheet><sheetData><row r="2"><c r="A2"><v>2</v></c></row><row><c r="A3"><v>3</v></c></row>\
            <row r="5" spans="1:3"/><row r="+7"><c><v>7</v></c></row><row r="&#57;"><c><v>9</v></c></row>\
            <row r="10"></row></sheetData></worksheet>
            """.utf8)
        #expect(ByteReaderAgreementTests.expectSameRows(xml))
        let rows = try XLSXSheet.rows(sheetXML: xml, sharedStrings: [])
        #expect(rows.map(\.number) == [2, 3, 7, 9])
        #expect(rows.map { $0[0] } == ["2", "3", "7", "9"])
    }

    /// What cannot be read is named: the sheet's cell or row, or the shared string's number.
    @Test(
        arguments: [
            (#"<row r="1"><c r="XFE1"><v>1</v></c></row>"#, XLSXError.outOfRange(reference: "sel XFE1")),
            (#"<row r="3"><c r="XFD3"><v>1</v></c><c><v>2</v></c></row>"#, .outOfRange(reference: "sel ")),
            (#"<row r="1048577"/>"#, .outOfRange(reference: "baris 1048577")),
            (#"<row r="x"/>"#, .outOfRange(reference: "baris x")),
            (
                #"<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="C2"><v"#,
                .malformedXML(part: "worksheet", after: "sel C2")
            ),
            (
                #"<row r="4"><c><v>1</v></c><c t="s"><v>0</v></c><c><v>2</v"#,
                .malformedXML(part: "worksheet", after: "sel C4")
            ),
            (
                #"<row r="6"><c r="A6"><v>1</v></c></row><row r="7"><"#,
                .malformedXML(part: "worksheet", after: "baris 7")
            ),
            (
                #"<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v><!-- never closed"#,
                .malformedXML(part: "worksheet", after: "sel A2")
            ),
            // A sheet that is not well-formed says so, even after a reference out of range.
            (#"<row r="1"><c r="XFE1"><v>1</v></c></row><row"#, .malformedXML(part: "worksheet", after: "sel XFE1")),
            (
                #"<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>"#,
                .tooManyCells(limit: 2)
            ),
        ] as [(String, XLSXError)])
    func faultsNameThePlace(rowsXML: String, expected: XLSXError) {
        let xml = Array("<worksheet><sheetData>\(rowsXML)</sheetData></worksheet>".utf8)
        #expect(ByteReaderAgreementTests.expectSameRows(xml, shared: Self.shared, maxCells: 2))
        #expect(throws: expected) { try XLSXSheet.rows(sheetXML: xml, sharedStrings: Self.shared, maxCells: 2) }
    }

    @Test(
        arguments: [
            ("plain", "<si><t>NIP BARU</t></si>", ["NIP BARU"]),
            (
                "rich text runs joined",
                #"<si><r><rPr><b/></rPr><t>Siti</t></r><r><t xml:space="preserve"> Aminah</t></r></si>"#,
                ["Siti Aminah"]
            ),
            (
                "phonetic runs skipped",
                #"<si><t>漢字</t><rPh sb="0" eb="1"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>"#, ["漢字"]
            ),
            (
                "entities, references and OOXML escapes",
                "<si><t>A &amp; B &lt;&#233;&#x41;&gt; _x000D__x0009_ _x00_</t></si>", ["A & B <éA> \r\t _x00_"]
            ),
            ("CDATA taken as it is", "<si><t><![CDATA[a<b>&amp;]]></t></si>", ["a<b>&amp;"]),
            ("empty items", "<si/><si><t/></si><si></si><si><t></t></si>", ["", "", "", ""]),
            ("prefixed elements", "<x:si><x:t>p</x:t></x:si>", ["p"]),
            ("text outside <t> is not the item's", "<si>x<t>y</t>z</si>", ["y"]),
            ("white space kept as written", "<si><t>  a\n b  </t></si>", ["  a\n b  "]),
        ] as [(String, String, [String])])
    func sharedStringItems(label: String, itemsXML: String, expected: [String]) throws {
        let xml = Array(#"<?xml version="1.0"?><sst xmlns="m">\#(itemsXML)</sst>"#.utf8)
        #expect(ByteReaderAgreementTests.expectSameStrings(xml, label))
        #expect(try XLSXSheet.sharedStrings(Data(xml)) == expected, "\(label)")
    }

    @Test func aBrokenSharedStringsPartNamesTheItem() {
        let xml = Array("<sst><si><t>a</t></si><si><t>b</t></si><si><t>c</t".utf8)
        #expect(ByteReaderAgreementTests.expectSameStrings(xml))
        #expect(throws: XLSXError.malformedXML(part: "xl/sharedStrings.xml", after: "teks ke-2")) {
            try XLSXSheet.sharedStrings(Data(xml))
        }
    }
}
