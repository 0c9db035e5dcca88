import Testing

@testable import AsahCore

struct PerformanceRulesTests {
    typealias R = PerformanceRating

    /// All nine cells of the kuadran kinerja (Permen PANRB 6/2022), as the regulation's table reads.
    @Test(arguments: [
        (R.diAtasEkspektasi, R.diBawahEkspektasi, Predikat.kurangMisconduct),
        (.diAtasEkspektasi, .sesuaiEkspektasi, .baik),
        (.diAtasEkspektasi, .diAtasEkspektasi, .sangatBaik),
        (.sesuaiEkspektasi, .diBawahEkspektasi, .kurangMisconduct),
        (.sesuaiEkspektasi, .sesuaiEkspektasi, .baik),
        (.sesuaiEkspektasi, .diAtasEkspektasi, .baik),
        (.diBawahEkspektasi, .diBawahEkspektasi, .sangatKurang),
        (.diBawahEkspektasi, .sesuaiEkspektasi, .butuhPerbaikan),
        (.diBawahEkspektasi, .diAtasEkspektasi, .butuhPerbaikan),
    ])
    func predikatMatrix(hasil: R, perilaku: R, predikat: Predikat) {
        #expect(Predikat(hasilKerja: hasil, perilakuKerja: perilaku) == predikat)
    }

    @Test func predikatOrderLabelsAndCodes() {
        #expect(Predikat.allCases.map(\.order) == [1, 2, 3, 4, 5])
        #expect(
            Predikat.allCases.map(\.label) == [
                "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang",
            ])
        #expect(
            Predikat.allCases.map(\.rawValue) == [
                "sangat_baik", "baik", "butuh_perbaikan", "kurang_misconduct", "sangat_kurang",
            ])
        #expect(R.allCases.sorted().map(\.rank) == [1, 2, 3])
    }

    @Test(arguments: [
        ("Di Atas Ekspektasi", R.diAtasEkspektasi), ("di_atas_ekspektasi", .diAtasEkspektasi),
        ("  SESUAI EKSPEKTASI ", .sesuaiEkspektasi), ("Di bawah ekspektasi", .diBawahEkspektasi),
    ])
    func ratingText(text: String, rating: R) {
        #expect(R(text: text) == rating)
    }

    @Test(arguments: ["", "Baik", "di atas", "ekspektasi", "3"])
    func ratingTextRefused(text: String) {
        #expect(R(text: text) == nil)
    }

    @Test(arguments: [
        ("Kurang/Misconduct", Predikat.kurangMisconduct), ("kurang_misconduct", .kurangMisconduct),
        ("SANGAT BAIK", .sangatBaik), ("Butuh perbaikan", .butuhPerbaikan), ("baik", .baik),
    ])
    func predikatText(text: String, predikat: Predikat) {
        #expect(Predikat(text: text) == predikat)
    }

    @Test(arguments: ["", "Kurang", "Istimewa", "sangat", "B"])
    func predikatTextRefused(text: String) {
        #expect(Predikat(text: text) == nil)
    }

    @Test(arguments: [
        ("q1", PerformancePeriod.q1), ("Q4", .q4), ("Triwulan II", .q2), ("triwulan iii", .q3),
        ("annual", .annual), ("Tahunan", .annual),
    ])
    func periodText(text: String, period: PerformancePeriod) {
        #expect(PerformancePeriod(text: text) == period)
    }

    @Test(arguments: ["", "q5", "q", "Triwulan", "Triwulan V", "semester"])
    func periodTextRefused(text: String) {
        #expect(PerformancePeriod(text: text) == nil)
    }

    /// The 9-box's performance axis: Sangat Baik above expectation, Baik as expected, the rest below.
    @Test func kinerjaAxisFromPredikat() {
        #expect(
            Predikat.allCases.map(\.kinerja) == [
                .diAtasEkspektasi, .sesuaiEkspektasi, .diBawahEkspektasi, .diBawahEkspektasi, .diBawahEkspektasi,
            ])
    }
}

struct PerformanceRatingInputTests {
    @Test func accepted() throws {
        let input = try PerformanceRatingInput.make(
            year: 2026, period: "Triwulan I", hasilKerja: "Di Atas Ekspektasi", perilakuKerja: "sesuai_ekspektasi",
            thisYear: 2026
        ).get()
        #expect(input.period == .q1)
        #expect(input.predikat == .baik)
    }

    @Test(arguments: [
        (Int?.none, "q1", "sesuai_ekspektasi", "sesuai_ekspektasi", ["year"]),
        (1999, "q1", "sesuai_ekspektasi", "sesuai_ekspektasi", ["year"]),
        (2027, "annual", "sesuai_ekspektasi", "sesuai_ekspektasi", ["year"]),
        (9999, "annual", "sesuai_ekspektasi", "sesuai_ekspektasi", ["year"]),
        (2026, "q5", "baik", "", ["period", "rating_hasil_kerja", "rating_perilaku_kerja"]),
        (2025, "annual", "sangat_baik", "sesuai_ekspektasi", ["rating_hasil_kerja"]),
    ])
    func refused(year: Int?, period: String, hasil: String, perilaku: String, fields: [String]) {
        let result = PerformanceRatingInput.make(
            year: year, period: period, hasilKerja: hasil, perilakuKerja: perilaku, thisYear: 2026)
        guard case .failure(let errors) = result else {
            Issue.record("accepted")
            return
        }
        #expect(errors.messages.keys.sorted() == fields)
        #expect(errors.messages.values.allSatisfy { !$0.isEmpty })
    }
}

struct PerformanceRatingYearTextTests {
    @Test(arguments: [(" 2025 ", 2025), ("2026", 2026)])
    func read(text: String, year: Int) throws {
        let input = try PerformanceRatingInput.make(
            yearText: text, period: "q1", hasilKerja: "sesuai_ekspektasi", perilakuKerja: "sesuai_ekspektasi",
            thisYear: 2026
        ).get()
        #expect(input.year == year)
    }

    @Test(arguments: [String?.none, "", "dua ribu", "20260", "1999", "2027"])
    func refused(text: String?) {
        let result = PerformanceRatingInput.make(
            yearText: text, period: "q1", hasilKerja: "sesuai_ekspektasi", perilakuKerja: "sesuai_ekspektasi",
            thisYear: 2026)
        guard case .failure(let errors) = result else {
            Issue.record("accepted")
            return
        }
        #expect(errors.messages.keys.sorted() == ["year"])
    }
}
