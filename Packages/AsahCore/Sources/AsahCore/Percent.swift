import Foundation

/// A share shown as a percentage with one decimal, the same way everywhere: rounded half up on the
/// exact fraction (129 of 177 is 72,9 %, 1457 of 2000 is 72,9 %: no binary fraction decides it), except
/// that 100 % and 0 % are kept for all and none (1,999 of 2,000 is 99,9 %, 1 of 2,000 is 0,1 %).
public struct Percent: Sendable, Equatable, Comparable, Hashable {
    /// Tenths of a percent: 729 is 72,9 %.
    public let tenths: Int

    public init(tenths: Int) { self.tenths = tenths }

    /// `part` of `whole`; nil when `whole` is not positive.
    public init?(_ part: Int, of whole: Int) {
        guard whole > 0 else { return nil }
        let p = max(0, min(part, whole))
        // Half up on the exact fraction: floor((2·1000·p + whole) / (2·whole)).
        var t = (2_000 * p + whole) / (2 * whole)
        if p < whole { t = min(t, 999) }
        if p > 0 { t = max(t, 1) }
        tenths = t
    }

    /// 0…100 with one decimal, for JSON.
    public var value: Double { Double(tenths) / 10 }

    /// "72,9%", "100%", "0%": the decimal only when it is not zero.
    public var display: String {
        String(tenths / 10) + (tenths % 10 == 0 ? "" : "," + String(tenths % 10)) + "%"
    }

    public static func < (a: Percent, b: Percent) -> Bool { a.tenths < b.tenths }
}
