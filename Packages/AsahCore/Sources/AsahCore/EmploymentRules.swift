import Foundation

/// Where an employee stands in their employment (kedudukan hukum), since a date.
public enum EmploymentState: String, CaseIterable, Codable, Sendable {
    case aktif
    case tugasBelajar = "tugas_belajar"
    case pemberhentianSementara = "pemberhentian_sementara"
    /// Cuti di luar tanggungan negara.
    case cltn
    case pensiun
    case berhenti
    case meninggal
    /// Pindah ke instansi lain (mutasi out of the agency).
    case pindah

    public var label: String {
        switch self {
        case .aktif: return "Aktif"
        case .tugasBelajar: return "Tugas belajar"
        case .pemberhentianSementara: return "Pemberhentian sementara"
        case .cltn: return "Cuti di luar tanggungan negara"
        case .pensiun: return "Pensiun"
        case .berhenti: return "Berhenti"
        case .meninggal: return "Meninggal dunia"
        case .pindah: return "Pindah ke instansi lain"
        }
    }

    /// In active service: held to the JP minimum, counted in gap reports, offered for activities.
    public var isActiveService: Bool { self == .aktif }

    /// Gone for good: the person leaves the agency's lists; their history stays.
    public var hasLeft: Bool { [.pensiun, .berhenti, .meninggal, .pindah].contains(self) }

    /// The stored values of the states of people who have left, for `employment_state NOT IN (…)`.
    public static let leftValues: [String] = allCases.filter(\.hasLeft).map(\.rawValue)

    /// From SIASN's `KEDUDUKAN HUKUM NAMA` (any case, extra spaces); nil for a name not known here,
    /// which the importer reports by row.
    public static func siasn(_ name: String) -> EmploymentState? {
        let n = name.uppercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        switch n {
        case "AKTIF", "PPPK AKTIF", "PPPK", "CPNS", "PNS": return .aktif
        case "TUGAS BELAJAR": return .tugasBelajar
        case "PEMBERHENTIAN SEMENTARA", "PEMBERHENTIAN SEMENTARA (SKORSING)": return .pemberhentianSementara
        case "CLTN", "CUTI DI LUAR TANGGUNGAN NEGARA", "CUTI DILUAR TANGGUNGAN NEGARA": return .cltn
        case "PENSIUN", "PENSIUN DINI": return .pensiun
        case "BERHENTI", "DIBERHENTIKAN", "PEMBERHENTIAN", "BERHENTI ATAS PERMINTAAN SENDIRI",
            "PEMBERHENTIAN TIDAK DENGAN HORMAT", "PEMBERHENTIAN DENGAN HORMAT":
            return .berhenti
        case "MENINGGAL", "MENINGGAL DUNIA", "WAFAT", "TEWAS": return .meninggal
        case "PINDAH", "PINDAH INSTANSI", "PINDAH KE INSTANSI LAIN", "MUTASI KELUAR": return .pindah
        default: return nil
        }
    }
}

/// One employee's service as the yearly JP target reads it.
public struct ServiceFacts: Sendable, Equatable {
    public var state: EmploymentState
    /// When the state began; nil when not known (an employee active since before Asah knew them).
    public var since: CivilDate?
    /// When their service began, if known: the TMT CPNS month written in a PNS's NIP.
    public var serviceStart: CivilDate?

    public init(state: EmploymentState, since: CivilDate? = nil, serviceStart: CivilDate? = nil) {
        self.state = state
        self.since = since
        self.serviceStart = serviceStart
    }

    /// A PNS or CPNS's service start from the NIP (digits 9–14, TMT CPNS `YYYYMM`): the first day of
    /// that month, or nil when the digits are no month.
    public static func serviceStart(nip: String) -> CivilDate? {
        let d = Array(nip.utf8)
        guard d.count == 18, d.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let year = Int(String(decoding: d[8..<12], as: UTF8.self)) ?? 0
        let month = Int(String(decoding: d[12..<14], as: UTF8.self)) ?? 0
        return CivilDate(year: year, month: month, day: 1)
    }
}

/// The partial-year rule for the yearly JP minimum (docs/learning-rules.md):
///
/// - A person counts in year Y's rate when they are in active service now, or left it after Y ended;
///   anyone who left during Y (or is away on study leave, suspension or CLTN) is out of Y's rate.
/// - Their service in Y starts at the later of 1 January, their service start (TMT in the NIP) and,
///   when active, the date their active service began again. Whole months from that start count: a
///   month counts when the person is in service from its first day.
/// - Their minimum is the agency's minimum × months ÷ 12, rounded up to a whole JP: 20 JP for a full
///   year, 10 JP from 1 July, 9 JP from 2 July (five whole months). No month of service in Y: not counted.
public enum ServiceYear {
    /// The first day of Y on which the person is in service, before any leaving.
    static func start(_ f: ServiceFacts, year: Int) -> CivilDate {
        var start = CivilDate(year: year, month: 1, day: 1)!
        if let s = f.serviceStart, s > start { start = s }
        if f.state.isActiveService, let s = f.since, s > start { start = s }
        return start
    }

    /// Whole months of year Y in service (0–12).
    public static func months(_ f: ServiceFacts, year: Int) -> Int {
        let s = start(f, year: year)
        if s.year > year { return 0 }
        if s.year < year { return 12 }
        return 13 - s.month - (s.day > 1 ? 1 : 0)
    }

    /// Whether the person is held to year Y's minimum (and counted in its rate).
    public static func counts(_ f: ServiceFacts, year: Int) -> Bool {
        let inService: Bool
        if f.state.isActiveService {
            inService = true
        } else if let since = f.since {
            inService = since.year > year
        } else {
            inService = false
        }
        return inService && months(f, year: year) > 0
    }

    /// The minimum for `months` of service: the minimum itself for a full year, else minimum × months
    /// ÷ 12 rounded up to a whole JP.
    public static func minimum(_ minimum: JP, months: Int) -> JP {
        guard months < 12 else { return minimum }
        return JP(hundredths: (minimum.hundredths * max(0, months) + 1199) / 1200 * 100)
    }
}

extension JPTargets {
    /// These targets for one person's year: the PNS minimum for their months of service in it.
    public func forService(_ f: ServiceFacts, year: Int) -> JPTargets {
        JPTargets(
            pnsMinimum: ServiceYear.minimum(pnsMinimum, months: ServiceYear.months(f, year: year)),
            pppkMaximum: pppkMaximum)
    }
}

/// A change of employment state as a manager or the API sends it.
public struct EmploymentChange: Sendable, Equatable {
    public let state: EmploymentState
    public let since: CivilDate

    /// Checks the form or body: a known state, and the day it began (not after today, not before 1950).
    /// Errors are keyed `state` and `since`, in Bahasa Indonesia.
    public static func make(state: String, since: String, today: CivilDate) -> Result<
        EmploymentChange, FieldErrors
    > {
        var errors: [String: String] = [:]
        let chosen = EmploymentState(rawValue: state.trimmingCharacters(in: .whitespaces))
        if chosen == nil { errors["state"] = "Pilih status kepegawaian." }
        let day = CivilDate(iso: since.trimmingCharacters(in: .whitespaces))
        if let day {
            if day > today {
                errors["since"] = "Tanggal tidak boleh setelah hari ini; catat perubahan pada hari berlakunya."
            } else if day.year < 1950 {
                errors["since"] = "Tanggal sebelum tahun 1950 tidak masuk akal untuk pegawai yang masih tercatat."
            }
        } else {
            errors["since"] = "Isi tanggal mulai berlaku dengan format TTTT-BB-HH."
        }
        guard errors.isEmpty, let chosen, let day else { return .failure(FieldErrors(errors)) }
        return .success(EmploymentChange(state: chosen, since: day))
    }
}
