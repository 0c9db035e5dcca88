import Testing

@testable import AsahCore

struct IndonesianFormatTests {
    @Test(arguments: [
        ("2026-11-23", "23 November 2026"), ("1966-08-01", "1 Agustus 1966"), ("2000-02-29", "29 Februari 2000"),
        ("2024-01-05", "5 Januari 2024"), ("2024-05-31", "31 Mei 2024"), ("2024-12-31", "31 Desember 2024"),
    ])
    func date(iso: String, expected: String) {
        #expect(IndonesianFormat.date(CivilDate(iso: iso)!) == expected)
    }

    @Test(arguments: [
        (1, "Januari"), (2, "Februari"), (3, "Maret"), (4, "April"), (5, "Mei"), (6, "Juni"), (7, "Juli"),
        (8, "Agustus"), (9, "September"), (10, "Oktober"), (11, "November"), (12, "Desember"), (13, "13"),
    ])
    func month(number: Int, expected: String) {
        #expect(IndonesianFormat.month(number) == expected)
    }

    @Test(arguments: [
        (0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (1234567, "1.234.567"), (-1500, "-1.500"),
        (100000, "100.000"), (Int.min, "-9.223.372.036.854.775.808"),
    ])
    func integer(value: Int, expected: String) {
        #expect(IndonesianFormat.integer(value) == expected)
    }

    @Test(arguments: [
        (1234.5, 1, "1.234,5"), (1234.5, 2, "1.234,50"), (0.125, 2, "0,13"), (-1234.56, 1, "-1.234,6"),
        (1234.5, 0, "1.235"), (87.5, 2, "87,50"), (0.004, 2, "0,00"), (-0.004, 2, "0,00"),
        (1_000_000.05, 2, "1.000.000,05"), (3.14159, 3, "3,142"),
    ])
    func decimal(value: Double, digits: Int, expected: String) {
        #expect(IndonesianFormat.decimal(value, fractionDigits: digits) == expected)
    }

    @Test(arguments: [
        (1_250_000, "Rp 1.250.000"), (0, "Rp 0"), (500, "Rp 500"), (-75_000, "-Rp 75.000"),
    ])
    func rupiah(amount: Int, expected: String) {
        #expect(IndonesianFormat.rupiah(amount) == expected)
    }

    @Test(arguments: [(850, "850 B"), (12_300, "12 KB"), (1_572_864, "1,5 MB"), (20 * 1024 * 1024, "20,0 MB")])
    func fileSizes(bytes: Int, expected: String) {
        #expect(IndonesianFormat.fileSize(bytes) == expected)
    }
}
