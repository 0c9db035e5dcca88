import AsahCore
import Foundation

@testable import AsahFormats

/// The sheet and shared-strings readers as they were before `SheetPass` and `SharedStringsPass`
/// (commit d536c02): events from `MiniXMLScanner`, a `String` for every name, attribute and text. Kept
/// here, unchanged but for qualified names, as the reference the byte readers must agree with on every
/// input: the same rows, the same errors.
enum ReferenceSheetReader {
    /// The shared-string table; rich-text runs are joined, phonetic runs skipped.
    static func sharedStrings(_ xml: Data) throws -> [String] {
        var strings: [String] = []
        var current = ""
        var inItem = false, inText = false, phoneticDepth = 0
        try scan(xml, part: "xl/sharedStrings.xml", after: { "teks ke-\(strings.count)" }) { event in
            switch event {
            case .start("si", _, let selfClosing):
                if selfClosing { strings.append("") } else { inItem = true; current = "" }
            case .end("si"):
                strings.append(XLSXSheet.unescapeOOXML(current))
                inItem = false
            case .start("rPh", _, let selfClosing): if !selfClosing { phoneticDepth += 1 }
            case .end("rPh"): phoneticDepth -= 1
            case .start("t", _, let selfClosing): inText = !selfClosing
            case .end("t"): inText = false
            case .text(let text): if inItem && inText && phoneticDepth == 0 { current += text }
            default: break
            }
        }
        return strings
    }

    /// The sheet's non-empty rows in order, each with its non-empty cells in column order. Nothing is
    /// padded, so memory follows the cells the file really holds (one cell at column XFD is one cell,
    /// not 16,384). Shared and inline strings, formula string results, numbers as written (a trailing
    /// ".0" removed) and booleans as TRUE/FALSE. A reference beyond Excel's limits is an error naming it.
    /// At most `maxCells` cells with text are held (`XLSXError.tooManyCells` past that).
    static func rows(sheetXML: Data, sharedStrings: [String], maxCells: Int = XLSXSheet.maxCells) throws -> [SheetRow] {
        try rows(sheetXML: [UInt8](sheetXML), sharedStrings: sharedStrings, maxCells: maxCells)
    }

    static func rows(sheetXML: [UInt8], sharedStrings: [String], maxCells: Int = XLSXSheet.maxCells) throws
        -> [SheetRow]
    {
        var rows: [SheetRow] = []
        var cells: [SheetCell] = []
        var rowNumber = 0, column = -1, cellCount = 0
        // Where the scanner is, for a fault's message; the words are made only if one happens.
        var lastRowReference: String?, inCell = false, cellReference: String?
        var cellType: String?, value = "", inValue = false, inInline = false, inText = false
        var failure: XLSXError?

        func endRow() {
            guard !cells.isEmpty else { return }
            rows.append(SheetRow(number: rowNumber, cells: cells))
            cells = []
        }
        func place(_ text: String) {
            cellCount += 1
            if cellCount > maxCells { failure = .tooManyCells(limit: maxCells) }
            let cell = SheetCell(column: column, text: text)
            guard let last = cells.last, last.column >= column else { return cells.append(cell) }
            // Excel writes cells left to right; a repeated column replaces, an earlier one is put in order.
            let at = cells.firstIndex { $0.column >= column }!
            if cells[at].column == column { cells[at] = cell } else { cells.insert(cell, at: at) }
        }
        func lastReference() -> String? {
            if inCell {
                if let cellReference { return "sel \(cellReference.prefix(20))" }
                if column >= 0, rowNumber > 0 { return "sel \(XLSXSheet.columnName(column))\(rowNumber)" }
            }
            if let lastRowReference { return "baris \(lastRowReference.prefix(20))" }
            return rowNumber > 0 ? "baris \(rowNumber)" : nil
        }
        try scan(sheetXML, part: "worksheet", after: lastReference) { event in
            guard failure == nil else { return }
            switch event {
            case .start("row", let attributes, let selfClosing):
                cells = []
                column = -1
                let ref = attributes.first(where: { $0.name == "r" })?.value
                rowNumber = ref.map { Int($0) ?? 0 } ?? rowNumber + 1
                lastRowReference = ref
                inCell = false
                // Excel's own limits; anything beyond is a damaged or hostile file.
                if !(1...XLSXSheet.maxRows).contains(rowNumber) {
                    failure = .outOfRange(reference: "baris \(ref?.prefix(20) ?? "")")
                }
                if selfClosing { endRow() }
            case .end("row"):
                endRow()
            case .start("c", let attributes, let selfClosing):
                let ref = attributes.first(where: { $0.name == "r" })?.value
                column = ref.map { XLSXSheet.columnIndex($0) ?? -1 } ?? column + 1
                inCell = true
                cellReference = ref
                if !(0..<XLSXSheet.maxColumns).contains(column) {
                    failure = .outOfRange(reference: "sel \(ref?.prefix(20) ?? "")")
                }
                cellType = selfClosing ? nil : attributes.first { $0.name == "t" }?.value
                value = ""
            case .end("c"):
                let text = cellText(type: cellType, raw: value, sharedStrings: sharedStrings)
                if !text.isEmpty, column >= 0, rowNumber > 0 { place(text) }
            case .start("v", _, let selfClosing): inValue = !selfClosing
            case .end("v"): inValue = false
            case .start("is", _, let selfClosing): inInline = !selfClosing
            case .end("is"): inInline = false
            case .start("rPh", _, let selfClosing): if !selfClosing { inInline = false }
            case .start("t", _, let selfClosing): inText = !selfClosing
            case .end("t"): inText = false
            case .text(let text): if inValue || (inInline && inText) { value += text }
            default: break
            }
        }
        if let failure { throw failure }
        // Excel writes rows top to bottom; a file that repeats a row number keeps the later one.
        if zip(rows, rows.dropFirst()).contains(where: { $0.number >= $1.number }) {
            var byNumber: [Int: SheetRow] = [:]
            for row in rows { byNumber[row.number] = row }
            rows = byNumber.values.sorted { $0.number < $1.number }
        }
        return rows
    }

    private static func cellText(type: String?, raw: String, sharedStrings: [String]) -> String {
        switch type {
        case "s":
            guard let i = Int(raw.trimmedWhitespace), sharedStrings.indices.contains(i) else { return "" }
            return sharedStrings[i]
        case "inlineStr", "str": return XLSXSheet.unescapeOOXML(raw)
        case "b": return raw.trimmedWhitespace == "1" ? "TRUE" : "FALSE"
        case "e": return raw
        default:
            let text = raw.trimmedWhitespace
            guard let dot = text.firstIndex(of: "."),
                text[text.index(after: dot)...].allSatisfy({ $0 == "0" })
            else { return text }
            return String(text[..<dot])
        }
    }

    private static func scan(
        _ xml: Data, part: String, after: () -> String? = { nil }, _ body: (MiniXMLScanner.Event) -> Void
    ) throws {
        try scan([UInt8](xml), part: part, after: after, body)
    }

    private static func scan(
        _ xml: [UInt8], part: String, after: () -> String? = { nil }, _ body: (MiniXMLScanner.Event) -> Void
    ) throws {
        var scanner = MiniXMLScanner(xml)
        do {
            while let event = try scanner.next() { body(event) }
        } catch {
            throw XLSXError.malformedXML(part: part, after: after())
        }
    }
}
