import Foundation

/// Performance ratings and the predikat (Permen PANRB 6/2022, `docs/performance-rules.md`).

/// A value a form, the API or an e-Kinerja export names by its code or by its Indonesian label.
public protocol LabelledCode: CaseIterable, RawRepresentable where RawValue == String {
    var label: String { get }
}

extension LabelledCode {
    /// The code or the label, in any case and spacing ("Kurang/Misconduct", "kurang_misconduct",
    /// "Triwulan II", "q2").
    public init?(text: String) {
        let key = Self.key(text)
        guard let found = Self.allCases.first(where: { Self.key($0.rawValue) == key || Self.key($0.label) == key })
        else { return nil }
        self = found
    }

    /// Letters and digits only, lower case: what two spellings of one value share.
    static func key(_ text: String) -> String { String(text.lowercased().filter { $0.isLetter || $0.isNumber }) }
}

/// A rating of hasil kerja (results) or perilaku kerja (behaviour): one of three.
public enum PerformanceRating: String, LabelledCode, Codable, Sendable, Comparable {
    case diBawahEkspektasi = "di_bawah_ekspektasi"
    case sesuaiEkspektasi = "sesuai_ekspektasi"
    case diAtasEkspektasi = "di_atas_ekspektasi"

    /// 1 below, 2 as expected, 3 above.
    public var rank: Int {
        switch self {
        case .diBawahEkspektasi: 1
        case .sesuaiEkspektasi: 2
        case .diAtasEkspektasi: 3
        }
    }

    public var label: String {
        switch self {
        case .diBawahEkspektasi: "Di Bawah Ekspektasi"
        case .sesuaiEkspektasi: "Sesuai Ekspektasi"
        case .diAtasEkspektasi: "Di Atas Ekspektasi"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// The predikat kinerja, best first.
public enum Predikat: String, LabelledCode, Codable, Sendable {
    case sangatBaik = "sangat_baik"
    case baik = "baik"
    case butuhPerbaikan = "butuh_perbaikan"
    case kurangMisconduct = "kurang_misconduct"
    case sangatKurang = "sangat_kurang"

    public var label: String {
        switch self {
        case .sangatBaik: "Sangat Baik"
        case .baik: "Baik"
        case .butuhPerbaikan: "Butuh Perbaikan"
        case .kurangMisconduct: "Kurang/Misconduct"
        case .sangatKurang: "Sangat Kurang"
        }
    }

    /// 1 (Sangat Baik) to 5 (Sangat Kurang).
    public var order: Int { Self.allCases.firstIndex(of: self)! + 1 }

    /// The kuadran kinerja of Permen PANRB 6/2022: behaviour below expectation is never better than
    /// Kurang/Misconduct (Sangat Kurang when results are below too); results below expectation with
    /// behaviour at or above it need improvement; Sangat Baik only when both are above; else Baik.
    public init(hasilKerja: PerformanceRating, perilakuKerja: PerformanceRating) {
        switch (hasilKerja, perilakuKerja) {
        case (.diBawahEkspektasi, .diBawahEkspektasi): self = .sangatKurang
        case (_, .diBawahEkspektasi): self = .kurangMisconduct
        case (.diBawahEkspektasi, _): self = .butuhPerbaikan
        case (.diAtasEkspektasi, .diAtasEkspektasi): self = .sangatBaik
        default: self = .baik
        }
    }

    /// The performance axis of the talent 9-box this predikat places a person on: Sangat Baik above
    /// expectation, Baik as expected, the other three below (`docs/performance-rules.md`).
    public var kinerja: PerformanceRating {
        switch self {
        case .sangatBaik: .diAtasEkspektasi
        case .baik: .sesuaiEkspektasi
        case .butuhPerbaikan, .kurangMisconduct, .sangatKurang: .diBawahEkspektasi
        }
    }
}

/// When a rating is given: each quarter (the default cadence of e-Kinerja) and the year.
public enum PerformancePeriod: String, LabelledCode, Codable, Sendable {
    case q1, q2, q3, q4, annual

    public var label: String {
        switch self {
        case .q1: "Triwulan I"
        case .q2: "Triwulan II"
        case .q3: "Triwulan III"
        case .q4: "Triwulan IV"
        case .annual: "Tahunan"
        }
    }

    /// The last day the period covers in `year`.
    public func lastDay(of year: Int) -> CivilDate {
        switch self {
        case .q1: CivilDate(year: year, month: 3, day: 31)!
        case .q2: CivilDate(year: year, month: 6, day: 30)!
        case .q3: CivilDate(year: year, month: 9, day: 30)!
        case .q4, .annual: CivilDate(year: year, month: 12, day: 31)!
        }
    }
}

/// A rating as a form or the API gives it, checked: errors keyed `year`, `period`,
/// `rating_hasil_kerja` and `rating_perilaku_kerja`, in Bahasa Indonesia.
public struct PerformanceRatingInput: Sendable, Equatable {
    public let year: Int
    public let period: PerformancePeriod
    public let hasilKerja: PerformanceRating
    public let perilakuKerja: PerformanceRating

    public var predikat: Predikat { Predikat(hasilKerja: hasilKerja, perilakuKerja: perilakuKerja) }

    /// A rating already known valid (the demo's, a recomputation's); input from people goes through `make`.
    public init(year: Int, period: PerformancePeriod, hasilKerja: PerformanceRating, perilakuKerja: PerformanceRating) {
        self.year = year
        self.period = period
        self.hasilKerja = hasilKerja
        self.perilakuKerja = perilakuKerja
    }

    /// The same from a form's or a file's text: the year must be four digits.
    public static func make(
        yearText: String?, period: String?, hasilKerja: String?, perilakuKerja: String?, thisYear: Int
    ) -> Result<PerformanceRatingInput, FieldErrors> {
        let text = (yearText ?? "").trimmingCharacters(in: .whitespaces)
        // A text that is no year is still a year given, and refused as out of range.
        let year = text.isEmpty ? nil : text.count == 4 ? Int(text) ?? 0 : 0
        return make(
            year: year, period: period, hasilKerja: hasilKerja, perilakuKerja: perilakuKerja, thisYear: thisYear)
    }

    /// A year from 2000 to this one (a year not begun has nothing to rate).
    public static func make(
        year: Int?, period: String?, hasilKerja: String?, perilakuKerja: String?, thisYear: Int
    ) -> Result<PerformanceRatingInput, FieldErrors> {
        var errors: [String: String] = [:]
        if let year, year < WorkYear.range.lowerBound || year > thisYear {
            errors["year"] = "Tahun penilaian harus antara \(WorkYear.range.lowerBound) dan \(thisYear)."
        } else if year == nil {
            errors["year"] = "Isi tahun penilaian."
        }
        let p = period.flatMap(PerformancePeriod.init(text:))
        if p == nil { errors["period"] = "Pilih periode: q1, q2, q3, q4 (triwulan) atau annual (tahunan)." }
        let ratings = "di_atas_ekspektasi, sesuai_ekspektasi atau di_bawah_ekspektasi"
        let h = hasilKerja.flatMap(PerformanceRating.init(text:))
        if h == nil { errors["rating_hasil_kerja"] = "Pilih rating hasil kerja: \(ratings)." }
        let b = perilakuKerja.flatMap(PerformanceRating.init(text:))
        if b == nil { errors["rating_perilaku_kerja"] = "Pilih rating perilaku kerja: \(ratings)." }
        guard errors.isEmpty, let year, let p, let h, let b else { return .failure(FieldErrors(errors)) }
        return .success(PerformanceRatingInput(year: year, period: p, hasilKerja: h, perilakuKerja: b))
    }
}
