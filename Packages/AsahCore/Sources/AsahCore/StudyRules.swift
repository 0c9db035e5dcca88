import Foundation

/// Formal education while in service: tugas belajar (the agency sends the person, who leaves their
/// duties) and izin belajar (the person studies beside their work, with permission). Each completed
/// semester is credited by the agency's conversion table — rows A1 and A2, 20 JP a semester by default.
public enum StudyKind: String, CaseIterable, Codable, Sendable {
    case tugasBelajar = "tugas_belajar"
    case izinBelajar = "izin_belajar"

    public var label: String {
        switch self {
        case .tugasBelajar: return "Tugas belajar"
        case .izinBelajar: return "Izin belajar"
        }
    }

    /// The row of the JP conversion table that credits it.
    public var conversionCode: String {
        switch self {
        case .tugasBelajar: return "A1"
        case .izinBelajar: return "A2"
        }
    }
}

public struct StudyInput: Sendable, Equatable {
    public var kind = ""
    public var institution = ""
    public var programme = ""
    public var startsOn = ""
    public var endsOn = ""
    public var international = false

    public init() {}
}

public struct ValidStudy: Sendable, Equatable {
    public let kind: StudyKind
    public let institution: String
    public let programme: String
    public let startsOn: CivilDate
    public let endsOn: CivilDate
    public let international: Bool

    /// A stored record, checked when it was made.
    public init(
        kind: StudyKind, institution: String, programme: String, startsOn: CivilDate, endsOn: CivilDate,
        international: Bool
    ) {
        self.kind = kind
        self.institution = institution
        self.programme = programme
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.international = international
    }
}

/// Ledger lines of study carry this jenis id: SIASN lists education apart from its 25 kinds of diklat.
public enum StudyLedger {
    public static let jenisDiklatID = 0
    public static let jenisName = "Pendidikan (tugas/izin belajar)"
}

public enum StudyRules {
    public static func validate(_ input: StudyInput, today: CivilDate) -> Result<ValidStudy, FieldErrors> {
        var errors: [String: String] = [:]
        let kind = StudyKind(rawValue: input.kind)
        if kind == nil { errors["kind"] = "Pilih tugas belajar atau izin belajar." }
        let institution = input.institution.trimmingCharacters(in: .whitespacesAndNewlines)
        if institution.isEmpty || institution.count > 200 {
            errors["institution"] = "Isi nama perguruan tinggi (paling panjang 200 karakter)."
        }
        let programme = input.programme.trimmingCharacters(in: .whitespacesAndNewlines)
        if programme.isEmpty || programme.count > 200 {
            errors["programme"] = "Isi jenjang dan program studi, misalnya S2 Administrasi Publik."
        }
        let starts = WorkYear.date(
            input.startsOn, field: "starts_on", missing: "Isi tanggal mulai (TTTT-BB-HH).", into: &errors)
        let ends = WorkYear.date(
            input.endsOn, field: "ends_on", missing: "Isi tanggal selesai sesuai surat (TTTT-BB-HH).", into: &errors)
        if let s = starts, let e = ends {
            if e <= s { errors["ends_on"] = "Tanggal selesai harus sesudah tanggal mulai." }
            if s.daysThrough(e) > 366 * 7 { errors["ends_on"] = "Masa belajar paling lama tujuh tahun." }
            if s > today.addingDays(366) { errors["starts_on"] = "Tanggal mulai paling lambat setahun dari sekarang." }
        }
        guard errors.isEmpty, let kind, let starts, let ends else { return .failure(FieldErrors(errors)) }
        return .success(
            ValidStudy(
                kind: kind, institution: institution, programme: programme, startsOn: starts, endsOn: ends,
                international: input.international))
    }

    /// A completed semester, by its number and the day it ended: the JP it credits, or why not.
    /// `recorded` are the numbers already credited for this study.
    /// The most semesters a study of these dates may have: one per six months begun, and two more for
    /// a study that runs late (at most 14).
    public static func maxSemesters(_ study: ValidStudy) -> Int {
        let months = (study.endsOn.year - study.startsOn.year) * 12 + study.endsOn.month - study.startsOn.month + 1
        return min(14, (months + 5) / 6 + 2)
    }

    /// Semesters recorded for one study end at least this many days apart.
    public static let minimumDaysApart = 120

    public static func semester(
        number text: String, finishedOn dateText: String, study: ValidStudy, recorded: [Int: CivilDate],
        today: CivilDate, table: JPConversionTable
    ) -> Result<(number: Int, finishedOn: CivilDate, jp: JP), FieldErrors> {
        var errors: [String: String] = [:]
        let number = Int(text.trimmingCharacters(in: .whitespaces))
        let most = maxSemesters(study)
        if number == nil || !(1...most).contains(number!) {
            errors["number"] = "Isi semester ke berapa (1 sampai \(most) untuk masa belajar ini)."
        } else if recorded[number!] != nil {
            errors["number"] = "Semester ini sudah dicatat."
        }
        let finished = WorkYear.date(
            dateText, field: "finished_on", missing: "Isi tanggal semester selesai (TTTT-BB-HH).", into: &errors)
        if let f = finished {
            if f > today { errors["finished_on"] = "Semester yang belum selesai belum dapat dicatat." }
            if f < study.startsOn { errors["finished_on"] = "Tanggal ini sebelum masa belajar dimulai." }
            if f > study.endsOn.addingDays(366) {
                errors["finished_on"] = "Tanggal ini lebih dari setahun sesudah masa belajar berakhir."
            }
            if errors["finished_on"] == nil, let number, recorded[number] == nil,
                let near = recorded.first(where: { abs($0.value.dayNumber - f.dayNumber) < minimumDaysApart })
            {
                errors["finished_on"] =
                    "Semester \(near.key) selesai \(IndonesianFormat.date(near.value)); semester berikutnya paling "
                    + "cepat \(minimumDaysApart) hari sesudahnya."
            }
        }
        let rate = table.rule(code: study.kind.conversionCode)?.rate(international: study.international)
        guard let rate, rate.per == .semester, let jp = rate.jp, jp > .zero else {
            errors["number"] =
                "Tabel konversi JP instansi tidak memuat baris \(study.kind.conversionCode) per semester."
            return .failure(FieldErrors(errors))
        }
        guard errors.isEmpty, let number, let finished else { return .failure(FieldErrors(errors)) }
        return .success((number, finished, jp))
    }
}
