import Foundation

public enum XLSXError: Error, Equatable, Sendable {
    case malformedXML(part: String)
    case noSheet
    case missingRelationship(String)

    public var message: String {
        switch self {
        case .malformedXML(let part): return "Berkas Excel rusak: bagian \(part) tidak dapat dibaca."
        case .noSheet: return "Berkas Excel tidak berisi lembar kerja."
        case .missingRelationship(let id):
            return "Berkas Excel rusak: lembar kerja pertama (\(id)) tidak ditemukan."
        }
    }
}

/// Reads the XML parts of an .xlsx package (the caller unzips): which part is the first sheet,
/// the shared strings, and the sheet's cells as text rows.
public enum XLSXSheet {
    /// The package path of the first sheet in workbook order, e.g. "xl/worksheets/sheet1.xml".
    public static func firstSheetPath(workbookXML: Data, workbookRelsXML: Data) throws -> String {
        var relationshipId: String?
        try scan(workbookXML, part: "xl/workbook.xml") { event in
            guard relationshipId == nil, case .start("sheet", let attributes, _) = event else { return }
            relationshipId = attributes.first { $0.name == "r:id" || $0.name.hasSuffix(":id") }?.value
        }
        guard let relationshipId else { throw XLSXError.noSheet }
        var target: String?
        try scan(workbookRelsXML, part: "xl/_rels/workbook.xml.rels") { event in
            guard target == nil, case .start("Relationship", let attributes, _) = event,
                attributes.contains(where: { $0.name == "Id" && $0.value == relationshipId })
            else { return }
            target = attributes.first { $0.name == "Target" }?.value
        }
        guard let target else { throw XLSXError.missingRelationship(relationshipId) }
        return resolve(target, base: "xl")
    }

    /// The shared-string table; rich-text runs are joined, phonetic runs skipped.
    public static func sharedStrings(_ xml: Data) throws -> [String] {
        var strings: [String] = []
        var current = ""
        var inItem = false, inText = false, phoneticDepth = 0
        try scan(xml, part: "xl/sharedStrings.xml") { event in
            switch event {
            case .start("si", _, let selfClosing):
                if selfClosing { strings.append("") } else { inItem = true; current = "" }
            case .end("si"):
                strings.append(unescapeOOXML(current))
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

    /// Cell text by position: row r="5" is index 4, cell "C5" is column 2; gaps are "".
    /// Shared and inline strings, formula string results, numbers as written (a trailing ".0"
    /// removed) and booleans as TRUE/FALSE. Trailing empty rows are dropped.
    public static func rows(sheetXML: Data, sharedStrings: [String]) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var rowIndex = -1, column = -1
        var cellType: String?, value = "", inValue = false, inInline = false, inText = false
        var outOfRange = false

        try scan(sheetXML, part: "worksheet") { event in
            switch event {
            case .start("row", let attributes, let selfClosing):
                if let ref = attributes.first(where: { $0.name == "r" }) {
                    rowIndex = Int(ref.value).map { $0 > 0 ? $0 - 1 : -1 } ?? -1
                } else {
                    rowIndex += 1
                }
                // Excel's own limits; anything beyond is a damaged or hostile file.
                if !(0..<maxRows).contains(rowIndex) { outOfRange = true; rowIndex = -1 }
                row = []
                column = -1
                if selfClosing { store(&rows, row, at: rowIndex) }
            case .end("row"):
                store(&rows, row, at: rowIndex)
            case .start("c", let attributes, let selfClosing):
                if let ref = attributes.first(where: { $0.name == "r" }) {
                    column = columnIndex(ref.value) ?? -1
                } else {
                    column += 1
                }
                if !(0..<maxColumns).contains(column) { outOfRange = true; column = -1 }
                cellType = attributes.first { $0.name == "t" }?.value
                value = ""
                if selfClosing { cellType = nil }
            case .end("c"):
                let text = cellText(type: cellType, raw: value, sharedStrings: sharedStrings)
                if !text.isEmpty, column >= 0, rowIndex >= 0 {
                    if row.count <= column { row.append(contentsOf: repeatElement("", count: column + 1 - row.count)) }
                    row[column] = text
                }
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
        if outOfRange { throw XLSXError.malformedXML(part: "worksheet") }
        while let last = rows.last, last.isEmpty { rows.removeLast() }
        return rows
    }

    private static func store(_ rows: inout [[String]], _ row: [String], at index: Int) {
        guard index >= 0 else { return }
        if rows.count <= index { rows.append(contentsOf: repeatElement([], count: index + 1 - rows.count)) }
        rows[index] = row
    }

    private static func cellText(type: String?, raw: String, sharedStrings: [String]) -> String {
        switch type {
        case "s":
            guard let i = Int(raw.trimmedWhitespace), sharedStrings.indices.contains(i) else { return "" }
            return sharedStrings[i]
        case "inlineStr", "str": return unescapeOOXML(raw)
        case "b": return raw.trimmedWhitespace == "1" ? "TRUE" : "FALSE"
        case "e": return raw
        default:
            let text = raw.trimmedWhitespace
            guard let dot = text.firstIndex(of: "."),
                text[text.index(after: dot)...].allSatisfy({ $0 == "0" }) else { return text }
            return String(text[..<dot])
        }
    }

    /// Excel's sheet limits.
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384

    /// "C5" → 2, "AA10" → 26; nil past Excel's last column (XFD).
    static func columnIndex(_ reference: String) -> Int? {
        var n = 0
        for s in reference.unicodeScalars {
            if n > maxColumns { return nil }
            switch s.value {
            case 65...90: n = n * 26 + Int(s.value - 64)
            case 97...122: n = n * 26 + Int(s.value - 96)
            default: return n > 0 ? n - 1 : nil
            }
        }
        return n > 0 ? n - 1 : nil
    }

    /// OOXML writes control characters as `_xHHHH_` (e.g. `_x000D_`).
    static func unescapeOOXML(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            out += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            let hex = after.prefix(5)
            if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16),
                let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }

    private static func resolve(_ target: String, base: String) -> String {
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : base + "/" + target
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    private static func scan(_ xml: Data, part: String, _ body: (MiniXMLScanner.Event) -> Void) throws {
        var scanner = MiniXMLScanner([UInt8](xml))
        do {
            while let event = try scanner.next() { body(event) }
        } catch {
            throw XLSXError.malformedXML(part: part)
        }
    }
}
