import AsahCore
import Foundation

public enum XLSXError: Error, Equatable, Sendable {
    /// A part that is not well-formed XML; `after` names the last cell or item read before the fault.
    case malformedXML(part: String, after: String? = nil)
    case noSheet
    case missingRelationship(String)
    case outOfRange(reference: String)
    /// More cells with text than the reader holds for one upload.
    case tooManyCells(limit: Int)

    /// The message for the import report (Bahasa Indonesia), naming the sheet when it is known.
    public func message(sheet: String?) -> String {
        let lembar = sheet.map { "lembar \"\($0.prefix(40))\"" } ?? "lembar pertama"
        switch self {
        case .malformedXML(let part, let after):
            let place = part == "worksheet" ? lembar : "bagian \(part)"
            return "Berkas Excel rusak: \(place) tidak dapat dibaca" + (after.map { " setelah \($0)" } ?? "") + "."
        case .noSheet: return "Berkas Excel tidak berisi lembar kerja."
        case .missingRelationship(let id):
            return "Berkas Excel rusak: \(lembar) (\(id.prefix(40))) tidak ditemukan."
        case .outOfRange(let reference):
            return
                "Berkas Excel rusak: \(lembar) memuat \(reference) di luar batas Excel (1.048.576 baris, kolom A sampai XFD)."
        case .tooManyCells(let limit):
            return
                "Berkas Excel terlalu besar: \(lembar) berisi lebih dari \(IndonesianFormat.integer(limit)) sel terisi. Bagi menjadi beberapa berkas."
        }
    }

    public var message: String { message(sheet: nil) }
}

/// Reads the XML parts of an .xlsx package (the caller unzips): which part is the first sheet,
/// the shared strings, and the sheet's cells as text rows.
public enum XLSXSheet {
    /// The package path of the first sheet in workbook order, e.g. "xl/worksheets/sheet1.xml".
    public static func firstSheetPath(workbookXML: Data, workbookRelsXML: Data) throws -> String {
        try firstSheet(workbookXML: workbookXML, workbookRelsXML: workbookRelsXML).path
    }

    /// The first sheet in workbook order: its name as Excel shows it on the tab, and its package path.
    public static func firstSheet(workbookXML: Data, workbookRelsXML: Data) throws -> (name: String, path: String) {
        var relationshipId: String?
        var name = ""
        try scan(workbookXML, part: "xl/workbook.xml") { event in
            guard relationshipId == nil, case .start("sheet", let attributes, _) = event else { return }
            relationshipId = attributes.first { $0.name == "r:id" || $0.name.hasSuffix(":id") }?.value
            name = attributes.first { $0.name == "name" }?.value ?? ""
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
        return (name, resolve(target, base: "xl"))
    }

    /// The shared-string table; rich-text runs are joined, phonetic runs skipped (`SharedStringsPass`).
    public static func sharedStrings(_ xml: Data) throws -> [String] {
        try xml.withUnsafeBytes { try SharedStringsPass.read($0.bindMemory(to: UInt8.self)) }
    }

    static func sharedStrings(_ xml: [UInt8]) throws -> [String] {
        try xml.withUnsafeBufferPointer { try SharedStringsPass.read($0) }
    }

    /// The sheet's non-empty rows in order, each with its non-empty cells in column order. Nothing is
    /// padded, so memory follows the cells the file really holds (one cell at column XFD is one cell,
    /// not 16,384). Shared and inline strings, formula string results, numbers as written (a trailing
    /// ".0" removed) and booleans as TRUE/FALSE. A reference beyond Excel's limits is an error naming it.
    /// At most `maxCells` cells with text are held (`XLSXError.tooManyCells` past that). `SheetPass`
    /// reads it.
    public static func rows(sheetXML: Data, sharedStrings: [String], maxCells: Int = maxCells) throws -> [SheetRow] {
        var pass = SheetPass(sharedStrings: sharedStrings, maxCells: maxCells)
        return try sheetXML.withUnsafeBytes { try pass.read($0.bindMemory(to: UInt8.self)) }
    }

    public static func rows(sheetXML: [UInt8], sharedStrings: [String], maxCells: Int = maxCells) throws -> [SheetRow] {
        var pass = SheetPass(sharedStrings: sharedStrings, maxCells: maxCells)
        return try sheetXML.withUnsafeBufferPointer { try pass.read($0) }
    }

    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384

    /// Excel's sheet limits.
    /// Cells with text held for one sheet: a 50,000-row SIASN export with 70 columns has 3.5 million.
    public static let maxCells = 10_000_000

    /// 0 → "A", 26 → "AA".
    static func columnName(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 {
            name = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + name
            n = (n - 1) / 26
        }
        return name
    }

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
                let scalar = Unicode.Scalar(code)
            {
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

    /// The workbook's small parts go through the event scanner (`MiniXMLScanner`).
    private static func scan(_ xml: Data, part: String, _ body: (MiniXMLScanner.Event) -> Void) throws {
        var scanner = MiniXMLScanner([UInt8](xml))
        do {
            while let event = try scanner.next() { body(event) }
        } catch {
            throw XLSXError.malformedXML(part: part)
        }
    }
}
