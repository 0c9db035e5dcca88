import AsahCore
import Foundation

/// A whole delimited file (`|`, `;`, `,` or tab, detected from the header; UTF-8 with or without
/// BOM): its header, and its rows read one at a time with their physical line numbers. Rows are
/// never all held as text, so memory follows the file, not the number of its fields.
public struct DelimitedTable: Sendable {
    public let header: [String]
    private let bytes: [UInt8]
    private let delimiter: UInt8
    private let headerLine: Int

    /// Header names upper-cased and trimmed, so columns match by name in any order and case.
    public func index(of column: String) -> Int? {
        let wanted = column.uppercased()
        return header.firstIndex {
            $0.trimmingCharacters(in: .whitespaces).uppercased().replacingOccurrences(of: "_", with: " ") == wanted
        }
    }

    /// Calls `body` with each non-blank row after the header, its cells cut to the header's width,
    /// until `body` returns false.
    public func forEachRow(_ body: (_ line: Int, _ cells: [String]) -> Bool) {
        var tokenizer = DelimitedTokenizer(bytes: bytes, delimiter: delimiter)
        var fields: [FieldSpan] = []
        while let line = tokenizer.next(into: &fields) {
            if line <= headerLine || tokenizer.isBlank(fields) { continue }
            guard body(line, fields.prefix(header.count).map { tokenizer.string($0) }) else { return }
        }
    }

    public static func read(_ data: Data) -> Result<DelimitedTable, ImportIssue> {
        guard String(validating: data, as: UTF8.self) != nil else {
            return .failure(
                ImportIssue(
                    row: 1, column: "berkas", message: "Berkas bukan teks UTF-8. Simpan ulang sebagai CSV UTF-8."))
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
            return .failure(
                ImportIssue(row: 1, column: "berkas", message: "Berkas kosong: baris judul kolom tidak ditemukan."))
        }
        let delimiter = SiasnImport.detectDelimiter(headerLine: headerText).asciiValue!
        var tokenizer = DelimitedTokenizer(bytes: bytes, delimiter: delimiter)
        while let line = tokenizer.next(into: &fields) {
            if tokenizer.isBlank(fields) { continue }
            if tokenizer.truncated { return .failure(tooWide(row: line)) }
            let header = fields.map { tokenizer.string($0) }
            return .success(DelimitedTable(header: header, bytes: bytes, delimiter: delimiter, headerLine: line))
        }
        return .failure(
            ImportIssue(row: 1, column: "berkas", message: "Berkas kosong: baris judul kolom tidak ditemukan."))
    }

    static func tooWide(row: Int) -> ImportIssue {
        ImportIssue(
            row: row, column: "baris",
            message: """
                Baris judul berisi lebih dari \(IndonesianFormat.integer(DelimitedTokenizer.maxFields)) kolom; \
                periksa pemisah kolomnya.
                """)
    }

    /// Issues collected per file before reading stops: enough to show what is wrong, and a file of
    /// 50 MB of bad lines cannot grow a report of millions of messages.
    public static let maxIssues = 10_000

    static func stopped(row: Int) -> ImportIssue {
        ImportIssue(
            row: row, column: "berkas",
            message: """
                Pemeriksaan dihentikan setelah \(IndonesianFormat.integer(maxIssues)) masalah; \
                perbaiki masalah di atas lalu unggah kembali.
                """)
    }
}
