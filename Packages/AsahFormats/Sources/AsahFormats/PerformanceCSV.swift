import AsahCore
import Foundation

/// Performance ratings as e-Kinerja exports them: one row per employee and period with NIP, TAHUN,
/// PERIODE, RATING HASIL KERJA and RATING PERILAKU KERJA, and PREDIKAT when the file has it (then it
/// must be the one the matrix gives: a contradiction is an error naming the row).
public enum PerformanceCSV {
    public struct Row: Sendable, Equatable {
        public let row: Int
        public let nip: String
        public let rating: PerformanceRatingInput

        public init(row: Int, nip: String, rating: PerformanceRatingInput) {
            self.row = row
            self.nip = nip
            self.rating = rating
        }
    }

    public static let columns = ["NIP", "TAHUN", "PERIODE", "RATING HASIL KERJA", "RATING PERILAKU KERJA", "PREDIKAT"]

    /// Every row checked against `thisYear`. Errors name row, column and reason.
    public static func parse(_ data: Data, thisYear: Int) -> (rows: [Row], issues: [ImportIssue]) {
        let table: DelimitedTable
        switch DelimitedTable.read(data) {
        case .failure(let issue): return ([], [issue])
        case .success(let t): table = t
        }
        let required = columns.dropLast().map { ($0, table.index(of: $0)) }
        let missing = required.filter { $0.1 == nil }.map {
            ImportIssue(row: 1, column: $0.0, message: "Kolom \"\($0.0)\" tidak ditemukan di baris judul.")
        }
        guard missing.isEmpty else { return ([], missing) }
        let index = Dictionary(uniqueKeysWithValues: required.map { ($0.0, $0.1!) })
        let predikatColumn = table.index(of: "PREDIKAT")
        let names = [
            "year": "TAHUN", "period": "PERIODE", "rating_hasil_kerja": "RATING HASIL KERJA",
            "rating_perilaku_kerja": "RATING PERILAKU KERJA",
        ]
        var rows: [Row] = []
        var issues: [ImportIssue] = []
        var seen: [String: Int] = [:]
        table.forEachRow { line, cells in
            func cell(_ i: Int?) -> String {
                guard let i, i < cells.count else { return "" }
                return SiasnValues.clean(cells[i]) ?? ""
            }
            var rowIssues: [ImportIssue] = []
            let nip = NIP.normalize(cell(index["NIP"]))
            if nip.count != 18 || !nip.allSatisfy(\.isNumber) {
                rowIssues.append(ImportIssue(row: line, column: "NIP", message: "NIP harus 18 digit."))
            }
            let given = cell(predikatColumn)
            let givenPredikat = Predikat(text: given)
            if !given.isEmpty, givenPredikat == nil {
                let all = Predikat.allCases.map(\.label).joined(separator: ", ")
                rowIssues.append(
                    ImportIssue(row: line, column: "PREDIKAT", message: "Predikat harus salah satu: \(all)."))
            }
            switch PerformanceRatingInput.make(
                yearText: cell(index["TAHUN"]), period: cell(index["PERIODE"]),
                hasilKerja: cell(index["RATING HASIL KERJA"]), perilakuKerja: cell(index["RATING PERILAKU KERJA"]),
                thisYear: thisYear)
            {
            case .failure(let errors):
                for (field, message) in errors.messages.sorted(by: { $0.key < $1.key }) {
                    rowIssues.append(ImportIssue(row: line, column: names[field] ?? field, message: message))
                }
            case .success(let rating):
                if let givenPredikat, givenPredikat != rating.predikat {
                    rowIssues.append(
                        ImportIssue(
                            row: line, column: "PREDIKAT",
                            message:
                                "Predikat \"\(given)\" tidak sesuai matriks: \(rating.hasilKerja.label) dan \(rating.perilakuKerja.label) memberi \(rating.predikat.label)."
                        ))
                }
                let key = "\(nip)|\(rating.year)|\(rating.period.rawValue)"
                if let first = seen[key] {
                    rowIssues.append(
                        ImportIssue(
                            row: line, column: "NIP",
                            message: "Penilaian pegawai ini untuk periode yang sama sudah ada di baris \(first)."))
                } else if rowIssues.isEmpty {
                    seen[key] = line
                    rows.append(Row(row: line, nip: nip, rating: rating))
                }
            }
            issues += rowIssues.sorted { $0.column < $1.column }
            guard issues.count < DelimitedTable.maxIssues else {
                issues.append(DelimitedTable.stopped(row: line))
                return false
            }
            return true
        }
        return (rows, issues)
    }
}
