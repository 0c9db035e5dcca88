import Foundation
import ZIPFoundation

/// Builds an .xlsx (a zip of its parts) for the import tests. The reader's own hostile-workbook tests
/// live with the reader, in AsahFormats.
enum WorkbookArchive {
    static func archive(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }
}
