import AsahCore
import Foundation

/// An assessment-centre (or any) results file: one row per employee and competency with
/// NIP, KODE KOMPETENSI, LEVEL, TANGGAL and SUMBER (default assessment_center), optional CATATAN.
public enum AssessmentCSV {
    public struct Row: Sendable, Equatable {
        public let row: Int
        public let nip: String
        public let assessment: ValidatedAssessment
        public init(row: Int, nip: String, assessment: ValidatedAssessment) {
            self.row = row
            self.nip = nip
            self.assessment = assessment
        }
    }

    public static let columns = ["NIP", "KODE KOMPETENSI", "LEVEL", "TANGGAL", "SUMBER", "CATATAN"]

    /// Every row checked; `knownCodes` are the agency's competency codes. Errors name row, column and reason.
    public static func parse(_ data: Data, knownCodes: Set<String>, today: CivilDate) -> (
        rows: [Row], issues: [ImportIssue]
    ) {
        let table: DelimitedTable
        switch DelimitedTable.read(data) {
        case .failure(let issue): return ([], [issue])
        case .success(let t): table = t
        }
        let nipColumn = table.index(of: "NIP") ?? table.index(of: "NIP BARU")
        let codeColumn = table.index(of: "KODE KOMPETENSI") ?? table.index(of: "KOMPETENSI")
        let levelColumn = table.index(of: "LEVEL")
        let dateColumn = table.index(of: "TANGGAL")
        var issues: [ImportIssue] = []
        for (name, index) in [
            ("NIP", nipColumn), ("KODE KOMPETENSI", codeColumn), ("LEVEL", levelColumn), ("TANGGAL", dateColumn),
        ]
        where index == nil {
            issues.append(
                ImportIssue(row: 1, column: name, message: "Kolom \"\(name)\" tidak ditemukan di baris judul."))
        }
        guard issues.isEmpty, let nipColumn, let codeColumn, let levelColumn, let dateColumn else {
            return ([], issues)
        }
        let sourceColumn = table.index(of: "SUMBER"), noteColumn = table.index(of: "CATATAN")
        var rows: [Row] = []
        var seen: [String: Int] = [:]
        table.forEachRow { line, cells in
            func cell(_ i: Int?) -> String {
                guard let i, i < cells.count else { return "" }
                return SiasnValues.clean(cells[i]) ?? ""
            }
            let nip = NIP.normalize(cell(nipColumn))
            var rowIssues: [ImportIssue] = []
            if nip.count != 18 || !nip.allSatisfy(\.isNumber) {
                rowIssues.append(ImportIssue(row: line, column: "NIP", message: "NIP harus 18 digit."))
            }
            let input = AssessmentInput(
                code: cell(codeColumn), level: cell(levelColumn),
                source: cell(sourceColumn).isEmpty ? AssessmentSource.assessmentCenter.rawValue : cell(sourceColumn),
                assessedOn: cell(dateColumn), note: cell(noteColumn))
            switch AssessmentRules.validate(input, knownCodes: knownCodes, today: today) {
            case .failure(let errors):
                let names = [
                    "competency": "KODE KOMPETENSI", "level": "LEVEL", "assessed_on": "TANGGAL", "source": "SUMBER",
                    "note": "CATATAN",
                ]
                for (field, message) in errors.messages.sorted(by: { $0.key < $1.key }) {
                    rowIssues.append(ImportIssue(row: line, column: names[field] ?? field, message: message))
                }
            case .success(let v):
                let key = nip + "|" + v.code + "|" + v.assessedOn.iso + "|" + v.source.rawValue
                if let first = seen[key] {
                    rowIssues.append(
                        ImportIssue(
                            row: line, column: "NIP", message: "Penilaian yang sama sudah ada di baris \(first)."))
                } else if rowIssues.isEmpty {
                    seen[key] = line
                    rows.append(Row(row: line, nip: nip, assessment: v))
                }
            }
            issues += rowIssues
            guard issues.count < DelimitedTable.maxIssues else {
                issues.append(DelimitedTable.stopped(row: line))
                return false
            }
            return true
        }
        return (rows, issues)
    }
}
