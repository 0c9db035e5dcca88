import AsahCore
import Foundation
import Testing

@testable import AsahFormats

struct AssessmentCSVTests {
    static let today = CivilDate(year: 2026, month: 11, day: 28)!
    static let known: Set<String> = ["M.01", "M.05", "T.HUB.01"]

    @Test func readsAValidFileInAnyDelimiter() {
        for d in ["|", ";", ",", "\t"] {
            let text =
                ["NIP", "KODE KOMPETENSI", "LEVEL", "TANGGAL", "SUMBER"].joined(separator: d) + "\n"
                + ["196608011988031001", "M.01", "3", "15-05-2026", ""].joined(separator: d) + "\n"
                + ["'19660801 198803 1 001", "t.hub.01", "2", "2026-05-15", "test"].joined(separator: d) + "\n"
            let r = AssessmentCSV.parse(Data(text.utf8), knownCodes: Self.known, today: Self.today)
            #expect(r.issues.isEmpty, "\(d): \(r.issues)")
            #expect(r.rows.count == 2)
            #expect(r.rows[0].assessment.source == .assessmentCenter)
            #expect(r.rows[1].assessment.code == "T.HUB.01")
        }
    }

    @Test func reportsEveryBadRowWithColumnAndReason() {
        let text = """
            NIP;KODE KOMPETENSI;LEVEL;TANGGAL
            196608011988031001;M.01;3;15-05-2026
            12345;M.01;3;15-05-2026
            196608011988031001;X.99;3;15-05-2026
            196608011988031001;M.05;7;15-05-2026
            196608011988031001;M.01;3;15-05-2026
            """
        let r = AssessmentCSV.parse(Data(text.utf8), knownCodes: Self.known, today: Self.today)
        #expect(r.issues.map(\.row) == [3, 4, 5, 6])
        #expect(r.issues.map(\.column) == ["NIP", "KODE KOMPETENSI", "LEVEL", "NIP"])
    }

    @Test func aMissingColumnIsNamed() {
        let r = AssessmentCSV.parse(Data("NIP;LEVEL\n1;2\n".utf8), knownCodes: Self.known, today: Self.today)
        #expect(Set(r.issues.map(\.column)) == ["KODE KOMPETENSI", "TANGGAL"])
    }
}
