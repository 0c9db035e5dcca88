import AsahCore
import Foundation
import Testing

@testable import AsahFormats

struct PerformanceCSVTests {
    static let header = "NIP;TAHUN;PERIODE;RATING HASIL KERJA;RATING PERILAKU KERJA;PREDIKAT"

    static func parse(_ lines: [String], header: String = header) -> (rows: [PerformanceCSV.Row], issues: [ImportIssue])
    {
        PerformanceCSV.parse(Data(([header] + lines).joined(separator: "\n").utf8), thisYear: 2026)
    }

    @Test func readsLabelsAndCodesWithOrWithoutAPredikat() {
        let r = Self.parse([
            "196608011988031001;2025;Tahunan;Di Atas Ekspektasi;Di Atas Ekspektasi;Sangat Baik",
            "'19660801 198803 1 001;2026;q1;sesuai_ekspektasi;di_bawah_ekspektasi;Kurang/Misconduct",
            "196608011988031002;2026;Triwulan II;Di Bawah Ekspektasi;Sesuai Ekspektasi;",
        ])
        #expect(r.issues.isEmpty, "\(r.issues)")
        #expect(r.rows.map(\.rating.predikat) == [.sangatBaik, .kurangMisconduct, .butuhPerbaikan])
        #expect(r.rows.map(\.rating.period) == [.annual, .q1, .q2])
        #expect(r.rows[1].nip == "196608011988031001")
    }

    @Test func withoutThePredikatColumn() {
        let r = Self.parse(
            ["196608011988031001;2026;annual;di_atas_ekspektasi;sesuai_ekspektasi"],
            header: "NIP,TAHUN,PERIODE,RATING HASIL KERJA,RATING PERILAKU KERJA".replacingOccurrences(
                of: ",", with: ";"))
        #expect(r.issues.isEmpty)
        #expect(r.rows.first?.rating.predikat == .baik)
    }

    /// Each bad row is named with its column and reason; a predikat that contradicts the matrix is one.
    @Test func reportsEveryBadRow() {
        let r = Self.parse([
            "196608011988031001;2026;q1;Di Atas Ekspektasi;Di Bawah Ekspektasi;Baik",
            "12345;2026;q1;sesuai_ekspektasi;sesuai_ekspektasi;",
            "196608011988031002;1900;q1;sesuai_ekspektasi;sesuai_ekspektasi;",
            "196608011988031002;2026;q9;sangat;sesuai_ekspektasi;",
            "196608011988031003;2026;q2;sesuai_ekspektasi;sesuai_ekspektasi;Baik",
            "196608011988031003;2026;Triwulan II;sesuai_ekspektasi;di_atas_ekspektasi;Baik",
            "196608011988031004;;q2;sesuai_ekspektasi;sesuai_ekspektasi;Sangat Bagus",
        ])
        #expect(r.issues.map(\.row) == [2, 3, 4, 5, 5, 7, 8, 8])
        #expect(
            r.issues.map(\.column) == [
                "PREDIKAT", "NIP", "TAHUN", "PERIODE", "RATING HASIL KERJA", "NIP", "PREDIKAT", "TAHUN",
            ])
        #expect(r.issues[0].message.contains("Kurang/Misconduct"))
        #expect(r.issues[5].message.contains("baris 6"))
        #expect(r.rows.map(\.row) == [6])
    }

    @Test func aMissingColumnIsNamed() {
        let r = Self.parse(["1;2"], header: "NIP;TAHUN")
        #expect(r.issues.map(\.column) == ["PERIODE", "RATING HASIL KERJA", "RATING PERILAKU KERJA"])
        #expect(r.rows.isEmpty)
    }
}
