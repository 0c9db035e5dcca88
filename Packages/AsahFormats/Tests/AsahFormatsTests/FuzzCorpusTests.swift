import AsahCore
import Foundation
import Testing

@testable import AsahFormats

/// Every committed seed of the fuzz lane (`fuzz/corpus/<target>/`), including the inputs that once
/// crashed a reader (`regression-*`), goes through the same calls as its fuzz target: each is read or
/// refused, never a crash. The fuzz lane itself (`make test-fuzz`) searches for new ones.
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../../../fuzz/corpus").standardized

    static func files(_ target: String) -> [URL] {
        let folder = corpus.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func theCorpusIsThere() {
        for target in ["csv", "xlsx", "sheet", "sharedstrings"] { #expect(Self.files(target).count >= 3, "\(target)") }
    }

    @Test func csvSeeds() throws {
        for url in Self.files("csv") {
            let data = try Data(contentsOf: url)
            let result = SiasnImport.parse(csv: data)
            #expect(!result.records.isEmpty || !result.issues.isEmpty, "\(url.lastPathComponent)")
            _ = AssessmentCSV.parse(data, knownCodes: ["M.01"], today: CivilDate(year: 2026, month: 12, day: 6)!)
            _ = TechnicalCompetencyCSV.parse(data)
        }
    }

    @Test func xlsxSeeds() throws {
        var read: [String] = [], refused: [String] = []
        for url in Self.files("xlsx") {
            do {
                _ = SiasnImport.parse(sheet: try XLSXReader.sheet(from: try Data(contentsOf: url)))
                read.append(url.lastPathComponent)
            } catch let failure as XLSXReader.Failure {
                #expect(!failure.message.isEmpty)
                refused.append(url.lastPathComponent)
            }
        }
        #expect(read.contains("ten-thousand-comments.xlsx") && read.contains("xfd-in-1000-rows.xlsx"))
        #expect(refused.contains("bomb.xlsx") && refused.contains("regression-central-directory-past-the-end.xlsx"))
        // A deflate stream that ends before its part did: ZIPFoundation's decoder looped forever on it.
        #expect(refused.contains("regression-deflate-cut-short.xlsx"))
    }

    @Test func xmlPartSeeds() throws {
        for url in Self.files("sheet") {
            _ = try? XLSXSheet.rows(sheetXML: try Data(contentsOf: url), sharedStrings: ["a"])
        }
        for url in Self.files("sharedstrings") {
            let data = try Data(contentsOf: url)
            _ = try? XLSXSheet.sharedStrings(data)
            _ = try? XLSXSheet.firstSheet(workbookXML: data, workbookRelsXML: data)
        }
    }
}
