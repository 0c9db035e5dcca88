import AsahCore
import Foundation
import ZIPFoundation

/// Reads the first sheet of an .xlsx workbook into rows of text.
enum XLSXReader {
    struct Failure: Error { let message: String }

    /// Far above a real SIASN export (50,000 rows × 70 columns unpack to about 150 MB).
    static let maxUnpackedBytes = 400 * 1024 * 1024
    static let tooLarge = "Berkas XLSX terlalu besar setelah dibuka (lebih dari 400 MB)."

    static func isZip(_ data: Data) -> Bool {
        data.count > 4 && data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04])
    }

    /// Any failure becomes a `Failure` with a message for the report.
    static func table(from data: Data) throws -> [[String]] {
        do {
            return try read(data)
        } catch let failure as Failure {
            throw failure
        } catch let error as XLSXError {
            throw Failure(message: error.message)
        } catch {
            throw Failure(message: "Berkas XLSX rusak atau tidak dapat dibaca.")
        }
    }

    private static func read(_ data: Data) throws -> [[String]] {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw Failure(message: "Berkas XLSX tidak dapat dibuka.")
        }
        var unpacked = 0
        func read(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            var out = Data()
            _ = try archive.extract(entry) { chunk in
                // A zip bomb stops here instead of exhausting memory.
                unpacked += chunk.count
                guard unpacked <= maxUnpackedBytes else { throw Failure(message: tooLarge) }
                out.append(chunk)
            }
            return out
        }
        guard let workbook = try read("xl/workbook.xml"), let rels = try read("xl/_rels/workbook.xml.rels") else {
            throw Failure(message: "Berkas XLSX tidak berisi lembar kerja.")
        }
        let sheetPath = try XLSXSheet.firstSheetPath(workbookXML: workbook, workbookRelsXML: rels)
        guard let sheet = try read(sheetPath) else { throw Failure(message: "Lembar pertama tidak ditemukan.") }
        let shared = try read("xl/sharedStrings.xml").map(XLSXSheet.sharedStrings) ?? []
        return try XLSXSheet.rows(sheetXML: sheet, sharedStrings: shared)
    }
}
