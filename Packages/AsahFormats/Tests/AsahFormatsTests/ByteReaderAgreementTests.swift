import Foundation
import Testing

@testable import AsahFormats

/// The byte readers (`SheetPass`, `SharedStringsPass`) give what the event readers they replaced gave
/// (`ReferenceSheetReader`) on every input: the same rows and strings, or the same error naming the
/// same place. Generated parts (`GeneratedSheetParts`), the fuzz lane's seeds and the parts of its
/// workbooks. ASAH_AGREEMENT_CASES=200000 runs more generated parts; ASAH_AGREEMENT_CORPUS=DIR:DIR
/// adds folders of parts (for instance what `make fuzz` found, `.build-fuzz/corpus/sheet`).
struct ByteReaderAgreementTests {
    enum Outcome<Value: Equatable>: Equatable {
        case read(Value)
        case refused(XLSXError)
        case other(String)
    }

    static func outcome<Value: Equatable>(_ body: () throws -> Value) -> Outcome<Value> {
        do { return .read(try body()) } catch let error as XLSXError { return .refused(error) } catch {
            return .other("\(error)")
        }
    }

    static let cases = ProcessInfo.processInfo.environment["ASAH_AGREEMENT_CASES"].flatMap { Int($0) } ?? 6_000
    static let shared = ["NIP BARU", "NAMA", "Budi", "", "III/a"]

    /// Whether both readers agree on a sheet; the input is shown when they do not.
    static func expectSameRows(
        _ xml: [UInt8], shared: [String] = shared, maxCells: Int = XLSXSheet.maxCells,
        _ label: @autoclosure () -> String = ""
    ) -> Bool {
        let expected = outcome {
            try ReferenceSheetReader.rows(sheetXML: xml, sharedStrings: shared, maxCells: maxCells)
        }
        let fromBytes = outcome { try XLSXSheet.rows(sheetXML: xml, sharedStrings: shared, maxCells: maxCells) }
        let fromData = outcome { try XLSXSheet.rows(sheetXML: Data(xml), sharedStrings: shared, maxCells: maxCells) }
        let same = fromBytes == expected && fromData == expected
        #expect(
            same, "\(label()) maxCells \(maxCells): \(String(decoding: xml, as: UTF8.self).debugDescription) \(xml)")
        return same
    }

    static func expectSameStrings(_ xml: [UInt8], _ label: @autoclosure () -> String = "") -> Bool {
        let expected = outcome { try ReferenceSheetReader.sharedStrings(Data(xml)) }
        let fromBytes = outcome { try XLSXSheet.sharedStrings(xml) }
        let fromData = outcome { try XLSXSheet.sharedStrings(Data(xml)) }
        let same = fromBytes == expected && fromData == expected
        #expect(same, "\(label()): \(String(decoding: xml, as: UTF8.self).debugDescription) \(xml)")
        return same
    }

    @Test func generatedSheets() {
        var parts = GeneratedSheetParts(seed: 9)
        var failures = 0, cells = 0, malformed = 0, outOfRange = 0, tooMany = 0
        for n in 0..<Self.cases where failures < 5 {
            let xml = parts.sheet(shared: Self.shared.count)
            let maxCells = parts.chance(0.2) ? parts.count(0...12) : XLSXSheet.maxCells
            if !Self.expectSameRows(xml, maxCells: maxCells, "sheet \(n)") { failures += 1 }
            switch Self.outcome({
                try ReferenceSheetReader.rows(sheetXML: xml, sharedStrings: Self.shared, maxCells: maxCells)
            }) {
            case .read(let rows): cells += rows.reduce(0) { $0 + $1.cells.count }
            case .refused(.malformedXML): malformed += 1
            case .refused(.outOfRange): outOfRange += 1
            case .refused(.tooManyCells): tooMany += 1
            default: break
            }
        }
        // The parts reach every outcome, not only the easy one.
        #expect(
            Self.cases < 1_000
                || cells > Self.cases && malformed > Self.cases / 10 && outOfRange > Self.cases / 10
                    && tooMany > Self.cases / 50,
            "cells \(cells), malformed \(malformed), out of range \(outOfRange), too many \(tooMany)")
    }

    @Test func generatedSharedStrings() {
        var parts = GeneratedSheetParts(seed: 12)
        var failures = 0, strings = 0, malformed = 0
        for n in 0..<Self.cases where failures < 5 {
            let xml = parts.sharedStrings()
            if !Self.expectSameStrings(xml, "shared strings \(n)") { failures += 1 }
            switch Self.outcome({ try ReferenceSheetReader.sharedStrings(Data(xml)) }) {
            case .read(let table): strings += table.count
            case .refused: malformed += 1
            case .other: break
            }
        }
        #expect(
            Self.cases < 1_000 || strings > Self.cases && malformed > Self.cases / 10,
            "strings \(strings), malformed \(malformed)")
    }

    /// Every seed of the fuzz lane read both ways, as a sheet and as a shared-strings part (and a
    /// workbook's parts, for a zip in an added folder).
    @Test func fuzzCorpusAndFoundParts() throws {
        var folders = ["sheet", "sharedstrings"].map { FuzzCorpusTests.corpus.appendingPathComponent($0) }
        for extra in (ProcessInfo.processInfo.environment["ASAH_AGREEMENT_CORPUS"] ?? "").split(separator: ":") {
            folders.append(URL(fileURLWithPath: String(extra)))
        }
        var read = 0
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                if XLSXReader.isZip(data) { _ = Self.expectSamePartsOfWorkbook(data, name) }
                let xml = [UInt8](data)
                _ = Self.expectSameRows(xml, name)
                _ = Self.expectSameRows(xml, maxCells: 3, name)
                _ = Self.expectSameStrings(xml, name)
                read += 1
            }
        }
        #expect(read >= 7)
    }

    /// The sheet and shared strings inside each workbook of the fuzz corpus (those that open).
    @Test func partsOfTheCorpusWorkbooks() throws {
        let compared = try FuzzCorpusTests.files("xlsx").filter {
            try Self.expectSamePartsOfWorkbook(Data(contentsOf: $0), $0.lastPathComponent)
        }
        #expect(compared.count >= 3)
    }

    /// Whether a workbook has a first sheet to compare (it is compared if so).
    static func expectSamePartsOfWorkbook(_ data: Data, _ label: String) -> Bool {
        guard let archive = try? ZipContainer(data) else { return false }
        var budget = 8 << 20
        let strings = (try? archive.read("xl/sharedStrings.xml", budget: &budget)) ?? nil
        if let strings { _ = expectSameStrings(strings, label) }
        let shared = strings.flatMap { try? ReferenceSheetReader.sharedStrings(Data($0)) } ?? []
        guard let sheet = (try? archive.read("xl/worksheets/sheet1.xml", budget: &budget)) ?? nil else { return false }
        _ = expectSameRows(sheet, shared: shared, label)
        return true
    }

    /// A SIASN-shaped sheet the way Excel writes one (as `bench/xml/make_xlsx.py` does): shared
    /// strings, numbers, a header and 300 rows of 70 columns.
    @Test func aSiasnShapedSheet() {
        var random = SeededGenerator(seed: 70)
        var shared: [String] = []
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="m"><sheetData>"#
        for r in 1...301 {
            xml += #"<row r="\#(r)" spans="1:70">"#
            for c in 0..<70 where r == 1 || Int.random(in: 0..<10, using: &random) > 0 {
                let ref = XLSXSheet.columnName(c) + "\(r)"
                if r > 1, c % 3 == 0 {
                    xml += #"<c r="\#(ref)"><v>\#(UInt64.random(in: 0...999_999_999_999_999, using: &random))</v></c>"#
                } else {
                    shared.append(r == 1 ? "KOLOM \(c)" : "teks & <\(r)-\(c)> _x000D_ é")
                    xml += #"<c r="\#(ref)" t="s"><v>\#(shared.count - 1)</v></c>"#
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData></worksheet>"
        let sst =
            "<sst>"
            + shared.map {
                "<si><t>\($0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</t></si>"
            }.joined() + "</sst>"
        #expect(Self.expectSameStrings(Array(sst.utf8)))
        #expect(Self.expectSameRows(Array(xml.utf8), shared: shared))
        #expect((try? XLSXSheet.rows(sheetXML: Data(xml.utf8), sharedStrings: shared).count) == 301)
    }
}
