import AsahCore
import Foundation

/// Reads the first sheet of an .xlsx workbook (the zip container) into its non-empty rows. Every part
/// it unpacks counts against a limit set by the upload's size, so memory follows the file.
public enum XLSXReader {
    /// Why a workbook cannot be read, in words for the import report: it names the part, the sheet
    /// and the cell where that is known.
    public struct Failure: Error, Equatable, Sendable {
        public let message: String
        public init(message: String) { self.message = message }
    }

    /// A real SIASN export unpacks to about 10 to 20 times its size; a part that unpacks to more than
    /// this many times the upload is a zip bomb, whatever its absolute size.
    public static let maxUnpackedRatio = 100
    /// Far above a real SIASN export (50,000 rows × 70 columns unpack to about 150 MB).
    public static let maxUnpackedBytes = 400 * 1024 * 1024

    public static func isZip(_ data: Data) -> Bool {
        data.count > 4 && data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04])
    }

    /// The most a workbook of `size` bytes may unpack to, all its parts together.
    public static func unpackedLimit(forFileOf size: Int) -> Int {
        min(maxUnpackedBytes, max(size, 64 * 1024) * maxUnpackedRatio)
    }

    /// Any failure becomes a `Failure` with a message for the report. `limit` is what all the parts
    /// read may unpack to together (the fuzz lane lowers it to keep each input under 2 s with sanitizers).
    public static func sheet(from data: Data, limit: Int? = nil) throws -> [SheetRow] {
        var sheetName: String?
        do {
            return try read(data, limit: limit ?? unpackedLimit(forFileOf: data.count), sheetName: &sheetName)
        } catch let failure as Failure {
            throw failure
        } catch let error as XLSXError {
            throw Failure(message: error.message(sheet: sheetName))
        } catch {
            throw Failure(message: "Berkas XLSX rusak atau tidak dapat dibaca.")
        }
    }

    private static func read(_ data: Data, limit: Int, sheetName: inout String?) throws -> [SheetRow] {
        let archive: ZipContainer
        do {
            archive = try ZipContainer(data)
        } catch {
            throw Failure(message: "Berkas XLSX tidak dapat dibuka.")
        }
        var budget = limit
        func read(_ path: String) throws -> [UInt8]? {
            do {
                return try archive.read(path, budget: &budget)
            } catch ZipContainer.Fault.tooLarge {
                throw Failure(
                    message: """
                        Berkas XLSX tidak wajar: isinya setelah dibuka (\(path)) lebih dari \(limit / 1_048_576) MB \
                        untuk berkas sebesar ini. Simpan ulang dari Excel atau unggah sebagai CSV.
                        """)
            } catch {
                throw Failure(message: "Berkas XLSX rusak: bagian \(path.prefix(80)) tidak dapat dibuka.")
            }
        }
        guard let workbook = try read("xl/workbook.xml"), let rels = try read("xl/_rels/workbook.xml.rels") else {
            throw Failure(message: "Berkas XLSX tidak berisi lembar kerja.")
        }
        let first = try XLSXSheet.firstSheet(workbookXML: Data(workbook), workbookRelsXML: Data(rels))
        sheetName = first.name.isEmpty ? nil : first.name
        guard let sheet = try read(first.path) else {
            throw Failure(message: XLSXError.missingRelationship(first.path).message(sheet: sheetName))
        }
        let shared = try read("xl/sharedStrings.xml").map { try XLSXSheet.sharedStrings($0) } ?? []
        return try XLSXSheet.rows(sheetXML: sheet, sharedStrings: shared)
    }
}
