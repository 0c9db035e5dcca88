import Foundation

/// One-time activation codes: the first "password" of an account, printed on a slip and handed over on
/// paper. Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown in two groups of
/// five; typed in any case, with or without the space or dash. Valid for the agency's number of days
/// (14 unless set; 1 to 90).
public enum ActivationRules {
    public static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    public static let length = 10
    public static let defaultDays = 14
    public static let allowedDays = 1...90

    /// A new code, e.g. `K7PQM-3XWRA`.
    public static func newCode<R: RandomNumberGenerator>(using rng: inout R) -> String {
        let chars = (0..<length).map { _ in alphabet[Int(rng.next(upperBound: UInt64(alphabet.count)))] }
        return String(chars.prefix(5)) + "-" + String(chars.suffix(length - 5))
    }

    public static func newCode() -> String {
        var rng = SystemRandomNumberGenerator()
        return newCode(using: &rng)
    }

    /// The code as typed, reduced to the form whose hash is stored; nil when it cannot be a code.
    public static func normalized(_ typed: String) -> String? {
        let code = typed.uppercased().filter { !" -".contains($0) }
        guard code.count == length, code.allSatisfy({ alphabet.contains($0) }) else { return nil }
        return code
    }

    /// When a code issued at `issued` stops working.
    public static func expiry(issued: Date, days: Int) -> Date {
        issued.addingTimeInterval(TimeInterval(min(max(days, allowedDays.lowerBound), allowedDays.upperBound)) * 86_400)
    }
}
