import Foundation

/// An amount of *jam pelajaran* (JP, 1 JP = 45 minutes of learning), held exactly as a whole number
/// of hundredths of a JP. The database stores `jp_hundredths` INTEGER columns and sums them in SQL, so
/// sums are exact: 0,33 + 0,33 + 0,34 JP is exactly 1 JP, never 0.9999….
///
/// Codable as a plain JSON number of JP (`20`, `2.5`), so agency settings read naturally; decoding
/// rounds to the nearest hundredth (half away from zero), which is exact for up to two decimals.
public struct JP: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// Minutes in one JP (Perlan 5/2018 and 10/2018; BPS: "1JP = 45 Menit").
    public static let minutesPerJP = 45
    public static let zero = JP(hundredths: 0)

    public var hundredths: Int

    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    public init(whole: Int) {
        hundredths = whole * 100
    }

    /// minutes ÷ 45, rounded half up (away from zero) to hundredths: 60 min → 1,33 JP, 30 min → 0,67 JP,
    /// 90 min → 2 JP. As 100/45 = 20/9, an exact half never occurs, so this is plain nearest rounding.
    /// Convert the total minutes of one activity once; rounding each session separately would drift.
    public init(minutes: Int) {
        let bounded = max(-Int.max / 400, min(Int.max / 400, minutes))
        hundredths = JP.divideRoundingHalfUp(bounded * 100, by: JP.minutesPerJP)
    }

    /// Parses what a person types in a form: "20", "2,5", "2.5", "0,25" (at most two decimals,
    /// no thousands separator, not negative). Returns nil for anything else.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        guard (1...2).contains(parts.count), let wholePart = parts.first, (1...9).contains(wholePart.count),
            wholePart.allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int(wholePart)
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int(digits)
            else { return nil }
            fraction = digits.count == 1 ? value * 10 : value
        }
        hundredths = whole * 100 + fraction
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Double.self)
        guard value.isFinite, abs(value) < 1e12 else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "JP out of range: \(value)")
        }
        hundredths = Int((value * 100).rounded(.toNearestOrAwayFromZero))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if hundredths % 100 == 0 {
            try container.encode(hundredths / 100)
        } else {
            try container.encode(Double(hundredths) / 100)
        }
    }

    /// The number in Indonesian format without unit: "20", "2,5", "0,33", "1.250".
    public var number: String {
        let whole = IndonesianFormat.integer(Int(hundredths.magnitude / 100))
        let fraction = Int(hundredths.magnitude % 100)
        var text = whole
        if fraction != 0 {
            var digits = fraction < 10 ? "0" + String(fraction) : String(fraction)
            if digits.hasSuffix("0") { digits.removeLast() }
            text += "," + digits
        }
        return (hundredths < 0 ? "-" : "") + text
    }

    /// "20 JP", "2,5 JP", "0,33 JP": comma decimals, no trailing zeros.
    public var display: String { number + " JP" }

    public var description: String { display }

    /// This amount increased by `percent` (international uplift), rounded half up to hundredths:
    /// 2,33 JP + 20 % = 2,796 → 2,8 JP.
    public func uplifted(byPercent percent: Int) -> JP {
        JP(hundredths: JP.divideRoundingHalfUp(hundredths * (100 + percent), by: 100))
    }

    public static func < (a: JP, b: JP) -> Bool { a.hundredths < b.hundredths }
    public static func + (a: JP, b: JP) -> JP { JP(hundredths: a.hundredths + b.hundredths) }
    public static func - (a: JP, b: JP) -> JP { JP(hundredths: a.hundredths - b.hundredths) }
    public static func * (a: JP, count: Int) -> JP { JP(hundredths: a.hundredths * count) }
    public static func += (a: inout JP, b: JP) { a.hundredths += b.hundredths }
    public static func -= (a: inout JP, b: JP) { a.hundredths -= b.hundredths }

    /// n ÷ d rounded to the nearest integer, halves away from zero; d > 0.
    static func divideRoundingHalfUp(_ n: Int, by d: Int) -> Int {
        n >= 0 ? (2 * n + d) / (2 * d) : -((2 * -n + d) / (2 * d))
    }
}

extension Sequence where Element == JP {
    /// The exact sum.
    public var total: JP { reduce(.zero, +) }
}
