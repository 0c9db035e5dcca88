import Foundation

/// What one unit of a conversion rate counts (DOMAIN §2.4).
public enum JPUnit: String, CaseIterable, Codable, Sendable {
    /// The learning time itself: minutes ÷ 45 ("Sesuai Jam Pelajaran").
    case actualJP = "actual_jp"
    case day
    case session
    /// One occurrence ("1 Kali"), e.g. one secondment or one benchmarking visit.
    case time
    case semester

    /// Name of the unit in a settings form.
    public var label: String {
        switch self {
        case .actualJP: return "Sesuai jam pelajaran"
        case .day: return "Per hari"
        case .session: return "Per sesi"
        case .time: return "Per kali"
        case .semester: return "Per semester"
        }
    }

    /// The noun used when counting units: "2 sesi", "3 hari".
    public var noun: String {
        switch self {
        case .actualJP: return "kegiatan"
        case .day: return "hari"
        case .session: return "sesi"
        case .time: return "kali"
        case .semester: return "semester"
        }
    }
}

/// How one activity converts to JP in one column (domestic or international).
///
/// - `jp`: JP per unit; required for session, time and semester; for `day` either `jp` (fixed JP a day)
///   or `maxJP` alone (actual learning time, capped a day); not used with `actualJP`.
/// - `maxJP`: the most JP of this activity that count on one calendar day (e-learning 3, belajar
///   mandiri 2), across all of an employee's entries of that activity on that day.
/// - `maxPerMonth`: the most units (sessions, days, times) that count in one calendar month (coaching
///   and mentoring: 2).
/// - `upliftPercent`: added to the earned JP before caps (international training: 20 %). A cap stays
///   as written: uplifted belajar mandiri still counts at most `maxJP` a day.
public struct JPRate: Codable, Sendable, Equatable {
    public var per: JPUnit
    public var jp: JP?
    public var maxJP: JP?
    public var maxPerMonth: Int?
    public var upliftPercent: Int?

    public init(per: JPUnit, jp: JP? = nil, maxJP: JP? = nil, maxPerMonth: Int? = nil, upliftPercent: Int? = nil) {
        self.per = per
        self.jp = jp
        self.maxJP = maxJP
        self.maxPerMonth = maxPerMonth
        self.upliftPercent = upliftPercent
    }

    /// The same keys as the reference file: `per`, `jp`, `max_jp`, `max_per_month`, `uplift_percent`.
    enum CodingKeys: String, CodingKey {
        case per, jp
        case maxJP = "max_jp"
        case maxPerMonth = "max_per_month"
        case upliftPercent = "uplift_percent"
    }

    /// Whether the earned JP comes from the learning minutes rather than a fixed JP per unit.
    public var countsMinutes: Bool { per == .actualJP || (per == .day && jp == nil) }

    /// One line for the settings page: "1 hari = 4 JP", "Sesuai jam pelajaran (1 JP = 45 menit),
    /// ditambah 20%", "1 sesi = 2 JP, paling banyak 2 sesi per bulan".
    public var summary: String {
        var parts: [String] = []
        if countsMinutes {
            parts.append("Sesuai jam pelajaran (1 JP = \(JP.minutesPerJP) menit)")
        } else if let jp {
            parts.append("1 \(per.noun) = \(jp.display)")
        }
        if let upliftPercent, upliftPercent != 0 { parts.append("ditambah \(upliftPercent)%") }
        if let maxJP { parts.append("paling banyak \(maxJP.display) per hari") }
        if let maxPerMonth { parts.append("paling banyak \(maxPerMonth) \(per.noun) per bulan") }
        return parts.joined(separator: ", ")
    }
}

/// One row of the conversion table. A nil column means the activity is not counted that way
/// (e.g. Pelatihan Struktural Kepemimpinan has no international rate).
public struct JPConversionRule: Codable, Sendable, Equatable, Identifiable {
    public var code: String
    public var activity: String
    public var domestic: JPRate?
    public var international: JPRate?

    public var id: String { code }

    public init(code: String, activity: String, domestic: JPRate?, international: JPRate?) {
        self.code = code
        self.activity = activity
        self.domestic = domestic
        self.international = international
    }

    public func rate(international: Bool) -> JPRate? {
        international ? self.international : domestic
    }
}

/// An agency's JP conversion table, stored as JSON in the agency settings and edited there.
/// There is no national table; `bpsDefault` (BPS's) is the editable default.
public struct JPConversionTable: Codable, Sendable, Equatable {
    public var rules: [JPConversionRule]

    public init(rules: [JPConversionRule]) {
        self.rules = rules
    }

    /// The row with this code (codes compare case-insensitively, ignoring surrounding spaces).
    public func rule(code: String) -> JPConversionRule? {
        let wanted = JPConversionTable.canonicalCode(code)
        return rules.first { JPConversionTable.canonicalCode($0.code) == wanted }
    }

    /// The row that counts a jenis diklat by default.
    public func rule(for jenis: JenisDiklat) -> JPConversionRule? {
        rule(code: jenis.conversionCode)
    }

    static func canonicalCode(_ code: String) -> String {
        code.trimmingCharacters(in: .whitespaces).uppercased()
    }

    /// Codes that every table must keep, because a jenis diklat maps to them.
    public static var requiredCodes: [String] {
        var seen: Set<String> = []
        return JenisDiklat.all.map(\.conversionCode).filter { seen.insert($0).inserted }
    }
}
