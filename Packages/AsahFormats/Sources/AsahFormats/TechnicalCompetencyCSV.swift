import AsahCore
import Foundation

/// The teknis competency list as CSV: KODE, NAMA, JENIS, DEFINISI, LEVEL 1 … LEVEL 5.
public enum TechnicalCompetencyCSV {
    public static let header = [
        "KODE", "NAMA", "JENIS", "DEFINISI", "LEVEL 1", "LEVEL 2", "LEVEL 3", "LEVEL 4", "LEVEL 5",
    ]

    public static func parse(_ data: Data) -> (rows: [ValidatedTechnicalCompetency], issues: [ImportIssue]) {
        let table: DelimitedTable
        switch DelimitedTable.read(data) {
        case .failure(let issue): return ([], [issue])
        case .success(let t): table = t
        }
        let indexes = header.map { table.index(of: $0) }
        let missing = zip(header, indexes).filter { $0.0 != "JENIS" && $0.1 == nil }.map(\.0)
        guard missing.isEmpty else {
            return (
                [],
                missing.map {
                    ImportIssue(row: 1, column: $0, message: "Kolom \"\($0)\" tidak ditemukan di baris judul.")
                }
            )
        }
        var rows: [ValidatedTechnicalCompetency] = []
        var issues: [ImportIssue] = []
        var seen: [String: Int] = [:]
        let columnOfField = [
            "code": "KODE", "name": "NAMA", "group": "JENIS", "definition": "DEFINISI", "levels": "LEVEL 1",
        ]
        table.forEachRow { line, cells in
            func cell(_ i: Int?) -> String { i.flatMap { $0 < cells.count ? SiasnValues.clean(cells[$0]) : nil } ?? "" }
            let group = cell(indexes[2]).lowercased()
            let input = TechnicalCompetencyInput(
                code: cell(indexes[0]), name: cell(indexes[1]), group: group.isEmpty ? "teknis" : group,
                definition: cell(indexes[3]), levels: (4...8).map { cell(indexes[$0]) })
            switch TechnicalCompetencyRules.validate(input) {
            case .failure(let errors):
                for (field, message) in errors.messages.sorted(by: { $0.key < $1.key }) {
                    let column = columnOfField[field] ?? field.replacingOccurrences(of: "level_", with: "LEVEL ")
                    issues.append(ImportIssue(row: line, column: column, message: message))
                }
            case .success(let v):
                if let first = seen[v.code] {
                    issues.append(
                        ImportIssue(row: line, column: "KODE", message: "Kode \(v.code) sudah ada di baris \(first)."))
                } else {
                    seen[v.code] = line
                    rows.append(v)
                }
            }
            guard issues.count < DelimitedTable.maxIssues else {
                issues.append(DelimitedTable.stopped(row: line))
                return false
            }
            return true
        }
        return (rows, issues)
    }
}
