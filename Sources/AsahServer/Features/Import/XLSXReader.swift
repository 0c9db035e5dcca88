import AsahCore
import Foundation
import ZIPFoundation

/// Reads the first sheet of an .xlsx workbook into its non-empty rows.
enum XLSXReader {
    struct Failure: Error { let message: String }

    /// A real SIASN export unpacks to about 10 to 20 times its size; a part that unpacks to more than
    /// this many times the upload is a zip bomb, whatever its absolute size.
    static let maxUnpackedRatio = 100
    /// Far above a real SIASN export (50,000 rows × 70 columns unpack to about 150 MB).
    static let maxUnpackedBytes = 400 * 1024 * 1024

    static func isZip(_ data: Data) -> Bool {
        data.count > 4 && data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04])
    }

    /// The most a workbook of `size` bytes may unpack to.
    static func unpackedLimit(forFileOf size: Int) -> Int {
        min(maxUnpackedBytes, max(size, 64 * 1024) * maxUnpackedRatio)
    }

    /// Any failure becomes a `Failure` with a message for the report.
    static func sheet(from data: Data) throws -> [SheetRow] {
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

    private static func read(_ data: Data) throws -> [SheetRow] {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw Failure(message: "Berkas XLSX tidak dapat dibuka.")
        }
        let limit = unpackedLimit(forFileOf: data.count)
        var unpacked = 0
        func read(_ path: String) throws -> [UInt8]? {
            guard let entry = archive[path] else { return nil }
            var out: [UInt8] = []
            _ = try archive.extract(entry) { chunk in
                // A zip bomb stops here instead of exhausting memory.
                unpacked += chunk.count
                guard unpacked <= limit else {
                    throw Failure(message: """
                        Berkas XLSX tidak wajar: isinya setelah dibuka (\(path)) lebih dari \(limit / 1_048_576) MB \
                        untuk berkas sebesar ini. Simpan ulang dari Excel atau unggah sebagai CSV.
                        """)
                }
                out.append(contentsOf: chunk)
            }
            return out
        }
        guard let workbook = try read("xl/workbook.xml"), let rels = try read("xl/_rels/workbook.xml.rels") else {
            throw Failure(message: "Berkas XLSX tidak berisi lembar kerja.")
        }
        let sheetPath = try XLSXSheet.firstSheetPath(workbookXML: Data(workbook), workbookRelsXML: Data(rels))
        guard let sheet = try read(sheetPath) else { throw Failure(message: "Lembar pertama tidak ditemukan.") }
        let shared = try read("xl/sharedStrings.xml").map { try XLSXSheet.sharedStrings(Data($0)) } ?? []
        return try XLSXSheet.rows(sheetXML: sheet, sharedStrings: shared)
    }
}
