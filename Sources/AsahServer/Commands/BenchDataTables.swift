import AsahCore

/// The fixed vocabulary of the benchmark data: unit names, name pools and the mix of sources.
extension BenchData {
    static let topUnits = [
        "Sekretariat Daerah", "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Dinas Perhubungan", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "Badan Perencanaan Pembangunan Daerah", "Dinas Sosial",
    ]
    static let subUnits = ["Sekretariat", "Bidang Program", "Bidang Pelayanan", "Bidang Pengendalian"]
    static let maleNames = [
        "Ahmad", "Budi", "Rizki", "Hendra", "Fajar", "Agus", "Dedi", "Irfan", "Yusuf", "Andi",
        "Bayu", "Hasan", "Imam", "Joko", "Rahmat", "Taufik",
    ]
    static let femaleNames = [
        "Siti", "Dewi", "Nur", "Rina", "Fitri", "Ayu", "Putri", "Indah", "Lestari", "Wulan",
        "Ratna", "Yuni", "Sri", "Maya", "Nadia", "Intan",
    ]
    static let familyNames = [
        "Harahap", "Siregar", "Nasution", "Lubis", "Pohan", "Hasibuan", "Saragih", "Sitompul",
        "Pratama", "Saputra", "Wijaya", "Kurniawan", "Santoso", "Rangkuti", "Daulay", "Ritonga",
    ]

    /// Source mix of the generated assessments (weights in percent).
    static let sources: [(AssessmentSource, Int)] = [
        (.selfAssessment, 30), (.supervisor, 35), (.test, 10), (.multiRater, 10), (.assessmentCenter, 15),
    ]
}

struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< n (n > 0).
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    /// a ... b.
    mutating func int(_ a: Int, _ b: Int) -> Int { a + int(b - a + 1) }
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
}
