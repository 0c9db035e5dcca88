/// The talent 9-box (Permen PANRB 3/2020, `docs/performance-rules.md`): a performance axis from the
/// annual predikat and a potential axis from the competency profile, against cut-offs each agency sets.

/// The potential axis: low, middle, high.
public enum Potential: Int, CaseIterable, Codable, Sendable, Comparable {
    case rendah = 1
    case menengah = 2
    case tinggi = 3

    public var label: String {
        switch self {
        case .rendah: "Rendah"
        case .menengah: "Menengah"
        case .tinggi: "Tinggi"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// Where the potential axis turns: a JPM (as shown, one decimal) at or above `tinggi` is high, at or
/// above `menengah` middle, else low. The regulation leaves them to each agency; the defaults are the
/// JPM's own selection bounds (Memenuhi Syarat 80 %, Masih Memenuhi Syarat 68 %).
public struct PotentialCutoffs: Sendable, Equatable, Codable {
    /// Tenths of a percent.
    public var menengah: Int
    public var tinggi: Int

    public init(menengah: Int, tinggi: Int) {
        self.menengah = menengah
        self.tinggi = tinggi
    }

    public static let standard = PotentialCutoffs(menengah: 680, tinggi: 800)

    /// The Indonesian reason these cut-offs cannot be used, nil when they can: both within 0–100 %,
    /// the high one above the middle one.
    public var problem: String? {
        guard (1...1000).contains(menengah), (1...1000).contains(tinggi) else {
            return "Batas potensial harus di antara 0 dan 100 persen."
        }
        guard menengah < tinggi else { return "Batas potensial tinggi harus lebih besar dari batas menengah." }
        return nil
    }

    /// Cut-offs from a form's text: percentages with at most one decimal ("68", "68,5" or "68.5");
    /// errors keyed `menengah` and `tinggi`.
    public static func make(menengah: String?, tinggi: String?) -> Result<PotentialCutoffs, FieldErrors> {
        var errors: [String: String] = [:]
        let m = tenths(menengah), t = tenths(tinggi)
        if m == nil { errors["menengah"] = "Isi batas potensial menengah dalam persen, misalnya 68 atau 68,5." }
        if t == nil { errors["tinggi"] = "Isi batas potensial tinggi dalam persen, misalnya 80 atau 80,5." }
        guard let m, let t else { return .failure(FieldErrors(errors)) }
        let cutoffs = PotentialCutoffs(menengah: m, tinggi: t)
        if let problem = cutoffs.problem {
            return .failure(FieldErrors([(1...1000).contains(m) ? "tinggi" : "menengah": problem]))
        }
        return .success(cutoffs)
    }

    /// "68,5" → 685; nil for anything but digits with at most one decimal.
    static func tenths(_ text: String?) -> Int? {
        let raw = (text ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 3,
            parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber), let whole = Int(parts[0])
        else { return nil }
        if parts.count == 1 { return whole * 10 }
        guard parts[1].count == 1, parts[1].allSatisfy(\.isASCII), let d = Int(parts[1]) else { return nil }
        return whole * 10 + d
    }

    public func potential(_ jpm: Percent) -> Potential {
        if jpm.tenths >= tinggi { return .tinggi }
        if jpm.tenths >= menengah { return .menengah }
        return .rendah
    }
}

/// One box of the grid: its number (1 worst … 9 best), its axes, its category and what to do.
public struct TalentBox: Sendable, Equatable, Identifiable {
    public let number: Int
    public let kinerja: PerformanceRating
    public let potential: Potential
    public let recommendations: [String]

    public var id: Int { number }

    /// Boxes 7, 8 and 9: the succession pool (*kelompok rencana suksesi*).
    public var isTalentPool: Bool { number >= 7 }

    public var category: String {
        "Kinerja \(kinerja.label.lowercased()) dan potensial \(potential.label.lowercased())"
    }
}

public enum TalentGrid {
    /// The nine boxes by number, with the regulation's recommendations.
    public static let boxes: [TalentBox] = [
        TalentBox(
            number: 1, kinerja: .diBawahEkspektasi, potential: .rendah,
            recommendations: ["Diproses sesuai ketentuan peraturan perundangan"]),
        TalentBox(
            number: 2, kinerja: .sesuaiEkspektasi, potential: .rendah,
            recommendations: ["Bimbingan kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai"]),
        TalentBox(
            number: 3, kinerja: .diBawahEkspektasi, potential: .menengah,
            recommendations: [
                "Bimbingan kinerja", "Konseling kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai",
            ]),
        TalentBox(
            number: 4, kinerja: .diAtasEkspektasi, potential: .rendah,
            recommendations: ["Rotasi", "Pengembangan kompetensi"]),
        TalentBox(
            number: 5, kinerja: .sesuaiEkspektasi, potential: .menengah,
            recommendations: ["Penempatan yang sesuai", "Bimbingan kinerja", "Pengembangan kompetensi"]),
        TalentBox(
            number: 6, kinerja: .diBawahEkspektasi, potential: .tinggi,
            recommendations: ["Penempatan yang sesuai", "Bimbingan kinerja", "Konseling kinerja"]),
        TalentBox(
            number: 7, kinerja: .diAtasEkspektasi, potential: .menengah,
            recommendations: [
                "Dipertahankan", "Masuk Kelompok Rencana Suksesi Instansi", "Rotasi/Pengayaan jabatan",
                "Pengembangan kompetensi", "Tugas belajar",
            ]),
        TalentBox(
            number: 8, kinerja: .sesuaiEkspektasi, potential: .tinggi,
            recommendations: [
                "Dipertahankan", "Masuk Kelompok Rencana Suksesi Instansi", "Rotasi/Perluasan jabatan",
                "Bimbingan kinerja",
            ]),
        TalentBox(
            number: 9, kinerja: .diAtasEkspektasi, potential: .tinggi,
            recommendations: [
                "Dipromosikan dan dipertahankan", "Masuk Kelompok Rencana Suksesi Instansi/Nasional", "Penghargaan",
            ]),
    ]

    public static func box(_ number: Int) -> TalentBox? { boxes.first { $0.number == number } }

    public static func box(kinerja: PerformanceRating, potential: Potential) -> TalentBox {
        boxes.first { $0.kinerja == kinerja && $0.potential == potential }!
    }

    /// Why a person is listed apart instead of placed.
    public enum Unplaced: String, Error, Sendable, Equatable, CaseIterable {
        case noPredikat = "no_predikat"
        case noProfile = "no_profile"
        case provisionalProfile = "provisional_profile"

        public var label: String {
            switch self {
            case .noPredikat: "Belum ada predikat kinerja tahunan"
            case .noProfile: "Belum ada hasil penilaian kompetensi"
            case .provisionalProfile: "Profil kompetensi belum lengkap (JPM sementara)"
            }
        }
    }

    /// A person's box from their annual predikat and their JPM, or why there is none: never guessed
    /// from a missing predikat or a provisional (partly assessed) profile.
    public static func place(predikat: Predikat?, jpm: JPMResult?, cutoffs: PotentialCutoffs = .standard)
        -> Result<TalentBox, Unplaced>
    {
        guard let predikat else { return .failure(.noPredikat) }
        guard let jpm else { return .failure(.noProfile) }
        guard jpm.isComplete else { return .failure(.provisionalProfile) }
        return .success(box(kinerja: predikat.kinerja, potential: cutoffs.potential(jpm.percent)))
    }
}
