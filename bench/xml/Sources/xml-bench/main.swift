// xml-bench MODE FILE [SHARED]: reads FILE once in this process and prints one line
//   MODE seconds=… peak_rss_mb=… rows=… cells=…
// so that each run's peak memory is its own. Modes:
//   sheet     FILE=sheet XML, SHARED=sharedStrings.xml   XLSXSheet.rows and .sharedStrings, the hand-written
//                                                         readers (SheetPass since 2026-12-07; "minixml" too)
//   xmlparser FILE=sheet XML, SHARED=sharedStrings.xml   Foundation's XMLParser building the same rows
//   csv       FILE=SIASN CSV                              SiasnImport.parse(csv:)
//   xlsx      FILE=SIASN XLSX                             XLSXReader.sheet + SiasnImport.parse(sheet:)
//   xlsx-read FILE=SIASN XLSX                             XLSXReader.sheet only (unzip and XML, no rules)
import AsahCore
import AsahFormats
import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    #else
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576
    #endif
}

/// The same rows as `XLSXSheet.rows` (shared and inline strings, numbers as written), through
/// XMLParser's callbacks.
final class SheetDelegate: NSObject, XMLParserDelegate {
    let shared: [String]
    var rows: [SheetRow] = []
    var cells: [SheetCell] = []
    var rowNumber = 0, column = -1
    var type: String?, value = "", inValue = false, inInline = false, inText = false

    init(shared: [String]) { self.shared = shared }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "row":
            cells = []
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
        case "c":
            column = attributes["r"].map { reference in
                var n = 0
                for s in reference.unicodeScalars {
                    guard (65...90).contains(s.value) else { break }
                    n = n * 26 + Int(s.value - 64)
                }
                return n - 1
            } ?? column + 1
            type = attributes["t"]
            value = ""
        case "v": inValue = true
        case "is": inInline = true
        case "t": inText = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "row":
            if !cells.isEmpty { rows.append(SheetRow(number: rowNumber, cells: cells)) }
        case "c":
            let text: String
            switch type {
            case "s": text = Int(value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
            case "inlineStr", "str": text = value
            default: text = value.hasSuffix(".0") ? String(value.dropLast(2)) : value
            }
            if !text.isEmpty { cells.append(SheetCell(column: column, text: text)) }
        case "v": inValue = false
        case "is": inInline = false
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue || (inInline && inText) { value += string }
    }
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    print("usage: xml-bench sheet|xmlparser SHEET.xml SHARED.xml | csv FILE.csv | xlsx|xlsx-read FILE.xlsx")
    exit(2)
}
let mode = arguments[1]
let file = try Data(contentsOf: URL(fileURLWithPath: arguments[2]))
let sharedData = arguments.count > 3 ? try Data(contentsOf: URL(fileURLWithPath: arguments[3])) : Data()

let start = Date()
var rowCount = 0, cellCount = 0
switch mode {
case "sheet", "minixml":
    let rows = try XLSXSheet.rows(sheetXML: file, sharedStrings: try XLSXSheet.sharedStrings(sharedData))
    rowCount = rows.count
    cellCount = rows.reduce(0) { $0 + $1.cells.count }
case "xmlparser":
    let shared = try XLSXSheet.sharedStrings(sharedData)  // the same table for both: only the sheet differs
    let parser = XMLParser(data: file)
    let delegate = SheetDelegate(shared: shared)
    parser.delegate = delegate
    guard parser.parse() else {
        let error = parser.parserError.map { "\(($0 as NSError).domain) \(($0 as NSError).code)" } ?? "?"
        print(String(format: "xmlparser FAILED (%@) at line %d after seconds=%.3f peak_rss_mb=%.0f rows=%d",
                     error, parser.lineNumber, Date().timeIntervalSince(start), peakRSSMegabytes(), delegate.rows.count))
        exit(0)
    }
    rowCount = delegate.rows.count
    cellCount = delegate.rows.reduce(0) { $0 + $1.cells.count }
case "csv":
    let result = SiasnImport.parse(csv: file)
    rowCount = result.records.count
    cellCount = result.issues.count
case "xlsx":
    let result = SiasnImport.parse(sheet: try XLSXReader.sheet(from: file))
    rowCount = result.records.count
    cellCount = result.issues.count
case "xlsx-read":
    let rows = try XLSXReader.sheet(from: file)
    rowCount = rows.count
    cellCount = rows.reduce(0) { $0 + $1.cells.count }
default:
    print("unknown mode \(mode)")
    exit(2)
}
let seconds = Date().timeIntervalSince(start)
print(String(format: "%@ seconds=%.3f peak_rss_mb=%.0f rows=%d cells_or_issues=%d", mode, seconds, peakRSSMegabytes(), rowCount, cellCount))
