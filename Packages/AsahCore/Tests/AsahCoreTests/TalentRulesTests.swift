import Testing

@testable import AsahCore

struct TalentRulesTests {
    /// The grid of Permen PANRB 3/2020, row by row from high potential down, performance left to right.
    @Test func gridNumbering() {
        let rows: [[Int]] = [Potential.tinggi, .menengah, .rendah].map { p in
            [PerformanceRating.diBawahEkspektasi, .sesuaiEkspektasi, .diAtasEkspektasi].map {
                TalentGrid.box(kinerja: $0, potential: p).number
            }
        }
        #expect(rows == [[6, 8, 9], [3, 5, 7], [1, 2, 4]])
        #expect(TalentGrid.boxes.map(\.number) == Array(1...9))
        #expect(TalentGrid.boxes.filter(\.isTalentPool).map(\.number) == [7, 8, 9])
        #expect(TalentGrid.box(0) == nil && TalentGrid.box(10) == nil)
        #expect(TalentGrid.box(1)?.category == "Kinerja di bawah ekspektasi dan potensial rendah")
        #expect(TalentGrid.box(9)?.category == "Kinerja di atas ekspektasi dan potensial tinggi")
        #expect(TalentGrid.box(9)?.recommendations.first == "Dipromosikan dan dipertahankan")
        #expect(TalentGrid.box(7)?.recommendations.last == "Tugas belajar")
        #expect(TalentGrid.boxes.allSatisfy { !$0.recommendations.isEmpty })
    }

    static func jpm(_ tenths: Int, assessed: Int = 4, total: Int = 4) -> JPMResult {
        JPMResult(
            jpm: Double(tenths) / 10, percent: Percent(tenths: tenths), assessed: assessed, total: total,
            mapping: nil, selection: nil)
    }

    /// Placement with the default cut-offs (68 % and 80 %), at and around each bound.
    @Test(arguments: [
        (Predikat.sangatBaik, 800, 9), (.sangatBaik, 799, 7), (.sangatBaik, 680, 7), (.sangatBaik, 679, 4),
        (.baik, 1000, 8), (.baik, 700, 5), (.baik, 0, 2),
        (.butuhPerbaikan, 850, 6), (.kurangMisconduct, 690, 3), (.sangatKurang, 100, 1),
    ])
    func placement(predikat: Predikat, jpmTenths: Int, box: Int) throws {
        let placed = try TalentGrid.place(predikat: predikat, jpm: Self.jpm(jpmTenths)).get()
        #expect(placed.number == box)
    }

    @Test(arguments: [(500, 9), (499, 7), (300, 7), (299, 4)])
    func agencyCutoffs(jpmTenths: Int, box: Int) throws {
        let cutoffs = PotentialCutoffs(menengah: 300, tinggi: 500)
        #expect(cutoffs.problem == nil)
        let placed = try TalentGrid.place(predikat: .sangatBaik, jpm: Self.jpm(jpmTenths), cutoffs: cutoffs).get()
        #expect(placed.number == box)
    }

    /// Nobody is guessed into a box: no predikat, no profile, or a provisional one is listed apart.
    @Test func unplaced() {
        #expect(TalentGrid.place(predikat: nil, jpm: Self.jpm(900)) == .failure(.noPredikat))
        #expect(TalentGrid.place(predikat: .baik, jpm: nil) == .failure(.noProfile))
        #expect(
            TalentGrid.place(predikat: .baik, jpm: Self.jpm(900, assessed: 3, total: 4))
                == .failure(.provisionalProfile))
        #expect(TalentGrid.Unplaced.allCases.allSatisfy { !$0.label.isEmpty })
    }

    @Test(arguments: [(0, 500), (500, 500), (600, 500), (500, 1001), (-1, 500)])
    func cutoffsRefused(menengah: Int, tinggi: Int) {
        #expect(PotentialCutoffs(menengah: menengah, tinggi: tinggi).problem != nil)
    }
}

extension TalentRulesTests {
    /// (menengah, tinggi) → tenths, or the field refused.
    @Test(
        arguments: [
            ("68", "80", 680, 800, nil), ("68,5", " 80.5 ", 685, 805, nil), ("0,1", "100", 1, 1000, nil),
            ("80", "68", nil, nil, "tinggi"), ("70", "70", nil, nil, "tinggi"), ("0", "50", nil, nil, "menengah"),
            ("50", "100,1", nil, nil, "tinggi"), ("68,55", "80", nil, nil, "menengah"),
            ("", "80", nil, nil, "menengah"),
            ("6x", "80", nil, nil, "menengah"), ("68", "-80", nil, nil, "tinggi"), ("1000", "80", nil, nil, "menengah"),
        ] as [(String, String, Int?, Int?, String?)])
    func cutoffsFromAForm(menengah: String, tinggi: String, m: Int?, t: Int?, refused: String?) {
        switch PotentialCutoffs.make(menengah: menengah, tinggi: tinggi) {
        case .success(let c):
            #expect(refused == nil)
            #expect(c == PotentialCutoffs(menengah: m!, tinggi: t!))
        case .failure(let e): #expect(e.messages.keys.contains(refused ?? "none"), "\(e.messages)")
        }
    }
}
