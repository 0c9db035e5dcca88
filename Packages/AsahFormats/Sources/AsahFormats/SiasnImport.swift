import AsahCore
import Foundation

/// Reads the SIASN "download data ASN" export (CSV with `|`, re-saved `;`/`,`/tab, or an XLSX
/// table) into validated employee records plus every problem found (DOMAIN §7.4–7.5).
public enum SiasnImport {
    public static func parse(csv: Data) -> SiasnParseResult {
        guard String(validating: csv, as: UTF8.self) != nil else {
            return failure(
                column: "berkas", "Berkas bukan teks UTF-8. Simpan ulang sebagai CSV UTF-8 lalu unggah kembali.")
        }
        var bytes = [UInt8](csv)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var tokenizer = DelimitedTokenizer(bytes: bytes, delimiter: UInt8(ascii: "|"))
        var fields: [FieldSpan] = []
        // The header is the first line that is not blank.
        var headerLine = 0
        var headerEnd = 0
        while let line = tokenizer.next(into: &fields) {
            if !tokenizer.isBlank(fields) {
                headerLine = line
                headerEnd = tokenizer.position
                break
            }
        }
        guard headerLine > 0 else {
            return failure(column: "berkas", "Berkas kosong: baris judul kolom tidak ditemukan.")
        }
        let lineText = String(decoding: bytes[fields[0].start..<headerEnd], as: UTF8.self)
        let delimiter = detectDelimiter(headerLine: lineText)

        // Re-read from the start with the detected delimiter so quoting and line numbers are right.
        tokenizer = DelimitedTokenizer(bytes: bytes, delimiter: delimiter.asciiValue!)
        var validator: SiasnRowValidator?
        while let line = tokenizer.next(into: &fields) {
            if line < headerLine { continue }
            if validator == nil {
                if tokenizer.truncated {
                    return SiasnParseResult(
                        records: [], issues: [DelimitedTable.tooWide(row: line)], delimiter: delimiter)
                }
                let header = SiasnHeader(cells: fields.map { tokenizer.string($0) })
                if let missing = missingHeaders(header, row: line, delimiter: delimiter) { return missing }
                validator = SiasnRowValidator(header: header)
                continue
            }
            if tokenizer.isBlank(fields) { continue }
            let width = validator!.header.width
            if tokenizer.truncated
                || (fields.count > width && fields[width...].contains(where: { !tokenizer.isBlank([$0]) }))
            {
                validator!.addIssue(
                    row: line, column: "baris",
                    """
                    Baris ini berisi \(tokenizer.truncated ? "lebih dari " : "")\(fields.count) kolom, padahal judulnya \(width) kolom; \
                    kemungkinan ada tanda "\(delimiter)" di dalam isian (misalnya alamat).
                    """)
            } else {
                validator!.validate(row: line) { index in index < fields.count ? tokenizer.string(fields[index]) : nil }
            }
            if validator!.issueCount >= DelimitedTable.maxIssues {
                validator!.addIssue(row: line, column: "berkas", DelimitedTable.stopped(row: line).message)
                break
            }
        }
        return validator!.result(delimiter: delimiter)
    }

    /// The rows of a sheet (XLSX), whose first row with text is the header; row numbers are the sheet's.
    public static func parse(sheet: [SheetRow]) -> SiasnParseResult {
        func blank(_ row: SheetRow) -> Bool { row.cells.allSatisfy { $0.text.trimmedWhitespace.isEmpty } }
        guard let headerIndex = sheet.firstIndex(where: { !blank($0) }) else {
            return failure(column: "berkas", "Lembar kerja kosong: baris judul kolom tidak ditemukan.")
        }
        let header = SiasnHeader(cells: sheet[headerIndex].dense)
        if let missing = missingHeaders(header, row: sheet[headerIndex].number, delimiter: nil) { return missing }
        var validator = SiasnRowValidator(header: header)
        for row in sheet[(headerIndex + 1)...] where !blank(row) {
            validator.validate(row: row.number) { row[$0] }
            if validator.issueCount >= DelimitedTable.maxIssues {
                validator.addIssue(row: row.number, column: "berkas", DelimitedTable.stopped(row: row.number).message)
                break
            }
        }
        return validator.result(delimiter: nil)
    }

    /// A dense table whose row index + 1 is the row number (tests and small callers).
    public static func parse(table: [[String]]) -> SiasnParseResult {
        parse(
            sheet: table.enumerated().map { index, cells in
                SheetRow(
                    number: index + 1,
                    cells: cells.enumerated().compactMap { $1.isEmpty ? nil : SheetCell(column: $0, text: $1) })
            })
    }

    /// The most frequent of `|`, `;`, tab and `,` in the header line (ties in that order); `|` if none.
    public static func detectDelimiter(headerLine: String) -> Character {
        let candidates: [UInt8] = [UInt8(ascii: "|"), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: ",")]
        var counts = [Int](repeating: 0, count: candidates.count)
        for b in headerLine.utf8 {
            if let i = candidates.firstIndex(of: b) { counts[i] += 1 }
        }
        var best = 0
        for i in 1..<candidates.count where counts[i] > counts[best] { best = i }
        return Character(Unicode.Scalar(candidates[best]))
    }

    private static func missingHeaders(_ header: SiasnHeader, row: Int, delimiter: Character?) -> SiasnParseResult? {
        let missing = header.missingRequired
        guard !missing.isEmpty else { return nil }
        let issues = missing.map {
            ImportIssue(
                row: row, column: $0.rawValue,
                message: """
                    Kolom "\($0.rawValue)" tidak ditemukan di baris judul. Pastikan berkas adalah hasil unduhan \
                    data ASN dari SIASN dan baris pertamanya berisi judul kolom.
                    """)
        }
        return SiasnParseResult(records: [], issues: issues, delimiter: delimiter)
    }

    private static func failure(column: String, _ message: String) -> SiasnParseResult {
        SiasnParseResult(records: [], issues: [ImportIssue(row: 1, column: column, message: message)], delimiter: nil)
    }
}
