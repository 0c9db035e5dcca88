import Foundation

/// A whole delimited file (`|`, `;`, `,` or tab, detected from the header; UTF-8 with or without
/// BOM) as a header and rows of text with their physical line numbers.
public struct DelimitedTable: Sendable {
    public let header: [String]
    public let rows: [(line: Int, cells: [String])]

    /// Header names upper-cased and trimmed, so columns match by name in any order and case.
    public func index(of column: String) -> Int? {
        let wanted = column.uppercased()
        return header.firstIndex { $0.trimmingCharacters(in: .whitespaces).uppercased().replacingOccurrences(of: "_", with: " ") == wanted }
    }

    public static func read(_ data: Data) -> Result<DelimitedTable, ImportIssue> {
        guard String(validating: data, as: UTF8.self) != nil else {
            return .failure(ImportIssue(row: 1, column: "berkas", message: "Berkas bukan teks UTF-8. Simpan ulang sebagai CSV UTF-8."))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var fields: [FieldSpan] = []
        var probe = DelimitedTokenizer(bytes: bytes, delimiter: UInt8(ascii: "|"))
        var headerText: String?
        while let _ = probe.next(into: &fields) {
            if !probe.isBlank(fields) {
                headerText = String(decoding: bytes[fields[0].start..<probe.position], as: UTF8.self)
                break
            }
        }
        guard let headerText else {
            return .failure(ImportIssue(row: 1, column: "berkas", message: "Berkas kosong: baris judul kolom tidak ditemukan."))
        }
        let delimiter = SiasnImport.detectDelimiter(headerLine: headerText)
        var tokenizer = DelimitedTokenizer(bytes: bytes, delimiter: delimiter.asciiValue!)
        var header: [String]?
        var rows: [(Int, [String])] = []
        while let line = tokenizer.next(into: &fields) {
            if tokenizer.isBlank(fields) { continue }
            let cells = fields.map { tokenizer.string($0) }
            if header == nil { header = cells } else { rows.append((line, cells)) }
        }
        return .success(DelimitedTable(header: header ?? [], rows: rows))
    }
}
