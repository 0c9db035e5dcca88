/// One piece of learning as the activity or the employee reports it, before it becomes JP.
/// Only the measure that the conversion rate uses needs a value: minutes for "sesuai jam pelajaran"
/// and day-capped rates (e-learning, belajar mandiri), days, sessions, times or semesters otherwise.
public struct JPCreditInput: Sendable, Equatable {
    public var jenisDiklatID: Int
    /// A row of the table other than the jenis diklat's default (e.g. "A1" Tugas Belajar); nil = default.
    public var conversionCode: String?
    /// Total learning minutes of the activity (attended sessions), converted once.
    public var minutes: Int
    public var days: Int
    public var sessions: Int
    public var times: Int
    public var semesters: Int
    public var international: Bool

    public init(
        jenisDiklatID: Int, conversionCode: String? = nil, minutes: Int = 0, days: Int = 0, sessions: Int = 0,
        times: Int = 1, semesters: Int = 0, international: Bool = false
    ) {
        self.jenisDiklatID = jenisDiklatID
        self.conversionCode = conversionCode
        self.minutes = minutes
        self.days = days
        self.sessions = sessions
        self.times = times
        self.semesters = semesters
        self.international = international
    }
}

/// The JP a piece of learning earns before the ledger caps (`JPCaps`), and what to post.
public struct JPCredit: Sendable, Equatable {
    public let jp: JP
    /// Units of the rate this covers (days, sessions, times, semesters; 1 for actual JP).
    public let units: Int
    public let conversionCode: String
    public let rate: JPRate

    public init(jp: JP, units: Int, conversionCode: String, rate: JPRate) {
        self.jp = jp
        self.units = units
        self.conversionCode = conversionCode
        self.rate = rate
    }

    /// The ledger entry to offer to `JPCaps.credit` for a given date.
    public func proposal(on date: CivilDate) -> LedgerEntryFact {
        LedgerEntryFact(date: date, conversionCode: conversionCode, jp: jp, units: units)
    }

    /// Upper bounds that keep the arithmetic far from overflow: a year of minutes, a year of days.
    public static let maxMinutes = 366 * 24 * 60
    public static let maxCount = 366

    /// How much the learning earns:
    /// - actual JP: minutes ÷ 45 (`JP(minutes:)`);
    /// - day with a fixed rate: days × JP per day; day with only a cap: minutes ÷ 45, at most
    ///   `maxJP` × days;
    /// - session, time, semester: count × JP per unit;
    /// then the column's uplift (international), then `maxJP` (per day) within this one entry.
    /// Errors are keyed by form field: jenis_diklat, conversion_code, international, minutes, days,
    /// sessions, times, semesters.
    public static func compute(_ input: JPCreditInput, table: JPConversionTable) -> Result<JPCredit, FieldErrors> {
        guard let jenis = JenisDiklat.byID(input.jenisDiklatID) else {
            return .failure(FieldErrors(["jenis_diklat": "Jenis diklat tidak dikenal."]))
        }
        let code = JPConversionTable.canonicalCode(input.conversionCode ?? jenis.conversionCode)
        guard let rule = table.rule(code: code) else {
            let field = input.conversionCode == nil ? "jenis_diklat" : "conversion_code"
            return .failure(FieldErrors([field: "Aturan konversi JP \(code) tidak ada di tabel konversi instansi."]))
        }
        guard let rate = rule.rate(international: input.international) else {
            let column = input.international ? "internasional" : "nasional"
            return .failure(
                FieldErrors(["international": "\(rule.activity) tidak memiliki aturan konversi \(column)."]))
        }
        func count(_ value: Int, _ field: String, _ noun: String) -> Result<Int, FieldErrors> {
            guard (1...maxCount).contains(value) else {
                return .failure(FieldErrors([field: "Isi jumlah \(noun) 1 sampai \(maxCount)."]))
            }
            return .success(value)
        }
        func minutes() -> Result<JP, FieldErrors> {
            guard (1...maxMinutes).contains(input.minutes) else {
                let limit = IndonesianFormat.integer(maxMinutes)
                return .failure(FieldErrors(["minutes": "Isi lama belajar dalam menit, 1 sampai \(limit)."]))
            }
            return .success(JP(minutes: input.minutes))
        }
        func perUnit(_ n: Int) -> Result<JP, FieldErrors> {
            guard let jp = rate.jp else {
                return .failure(FieldErrors(["conversion_code": "Aturan konversi JP \(code) belum lengkap."]))
            }
            return .success(jp * n)
        }
        let earned: Result<(JP, Int), FieldErrors>
        switch rate.per {
        case .actualJP:
            earned = minutes().map { ($0, 1) }
        case .day:
            earned = count(input.days, "days", "hari").flatMap { days in
                (rate.jp == nil ? minutes() : perUnit(days)).map { ($0, days) }
            }
        case .session:
            earned = count(input.sessions, "sessions", "sesi").flatMap { n in perUnit(n).map { ($0, n) } }
        case .time:
            earned = count(input.times, "times", "kali").flatMap { n in perUnit(n).map { ($0, n) } }
        case .semester:
            earned = count(input.semesters, "semesters", "semester").flatMap { n in perUnit(n).map { ($0, n) } }
        }
        return earned.map { base, units in
            var jp = base
            if let uplift = rate.upliftPercent, uplift != 0 { jp = jp.uplifted(byPercent: uplift) }
            if let cap = rate.maxJP { jp = min(jp, cap * (rate.per == .day ? units : 1)) }
            return JPCredit(jp: jp, units: units, conversionCode: code, rate: rate)
        }
    }
}
