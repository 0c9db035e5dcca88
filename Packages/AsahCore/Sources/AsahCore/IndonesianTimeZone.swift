import Foundation

/// Indonesia's three time zones (Keppres 41/1987). An agency's zone is its setting; a new agency gets
/// its province's zone.
public enum IndonesianTimeZone: String, CaseIterable, Codable, Sendable {
    case wib = "WIB"
    case wita = "WITA"
    case wit = "WIT"

    /// The IANA zone (Indonesia keeps no daylight saving time).
    public var identifier: String {
        switch self {
        case .wib: return "Asia/Jakarta"
        case .wita: return "Asia/Makassar"
        case .wit: return "Asia/Jayapura"
        }
    }

    public var timeZone: TimeZone { TimeZone(identifier: identifier)! }

    /// Hours ahead of UTC.
    public var utcOffset: Int {
        switch self {
        case .wib: return 7
        case .wita: return 8
        case .wit: return 9
        }
    }

    /// How a form names it (short enough for a phone's select).
    public var label: String {
        switch self {
        case .wib: return "WIB — Indonesia Barat, UTC+7"
        case .wita: return "WITA — Indonesia Tengah, UTC+8"
        case .wit: return "WIT — Indonesia Timur, UTC+9"
        }
    }

    /// The zone of a province by its name (case and spacing ignored), or nil for a name not in the list.
    public static func of(province: String) -> IndonesianTimeZone? {
        let key = province.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if wita.provinces.contains(key) { return .wita }
        if wit.provinces.contains(key) { return .wit }
        if wib.provinces.contains(key) { return .wib }
        return nil
    }

    /// The 38 provinces (2022), lower-case, by zone.
    public var provinces: Set<String> {
        switch self {
        case .wib:
            return [
                "aceh", "sumatera utara", "sumatera barat", "riau", "kepulauan riau", "jambi", "bengkulu",
                "sumatera selatan", "kepulauan bangka belitung", "lampung", "banten", "dki jakarta", "jawa barat",
                "jawa tengah", "di yogyakarta", "daerah istimewa yogyakarta", "jawa timur", "kalimantan barat",
                "kalimantan tengah",
            ]
        case .wita:
            return [
                "bali", "nusa tenggara barat", "nusa tenggara timur", "kalimantan selatan", "kalimantan timur",
                "kalimantan utara", "sulawesi utara", "gorontalo", "sulawesi tengah", "sulawesi barat",
                "sulawesi selatan", "sulawesi tenggara",
            ]
        case .wit:
            return [
                "maluku", "maluku utara", "papua", "papua barat", "papua barat daya", "papua selatan",
                "papua tengah", "papua pegunungan",
            ]
        }
    }

    /// The 38 provinces as a form lists them, west to east.
    public static let provinceNames: [String] = [
        "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu",
        "Sumatera Selatan", "Kepulauan Bangka Belitung", "Lampung", "Banten", "DKI Jakarta", "Jawa Barat",
        "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Kalimantan Barat", "Kalimantan Tengah", "Bali",
        "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara",
        "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara",
        "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah", "Papua Pegunungan",
        "Papua Selatan",
    ]
}
