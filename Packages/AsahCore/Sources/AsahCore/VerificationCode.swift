/// Codes people read off paper and type back: certificate verification codes and attendance
/// check-in codes. Both use Crockford's base32 alphabet (digits and letters without I, L, O, U), so
/// nothing is ambiguous when read aloud or handwritten.
///
/// A certificate code is 10 characters, 9 random (45 bits) and 1 check character, shown as two
/// groups of five: "7KQ2M-9XD4R". Check scheme (our own; Crockford's mod-37 check would need the
/// symbols `*~$=U`, which are not in the alphabet): with values d₁…d₉ of the random characters and
/// c of the check character,
///
///     c + 2·d₁ + 3·d₂ + … + 10·d₉ ≡ 0 (mod 37)
///
/// Generation draws again in the rare case (5 of 37) that c would be 32…36. Because 37 is prime and
/// every weight differs, this catches every single wrong character and every swap of two different
/// characters, anywhere in the code.
public enum VerificationCode {
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    public static let length = 10
    public static let checkInLength = 6

    /// A new certificate code, canonical (10 characters, no dash).
    public static func generate(using generator: inout some RandomNumberGenerator) -> String {
        while true {
            let values = (0..<(length - 1)).map { _ in Int.random(in: 0..<32, using: &generator) }
            let check = checkValue(values)
            if check < 32 { return String((values + [check]).map { alphabet[$0] }) }
        }
    }

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// What a person typed → the canonical code, or nil when it is not a valid code. Accepts lower
    /// case, spaces and dashes anywhere, O for 0, I and L for 1; refuses U, other characters, a
    /// wrong length and a wrong check character.
    public static func normalize(_ input: String) -> String? {
        guard let values = values(input), values.count == length else { return nil }
        let check = values[length - 1]
        guard checkValue(Array(values.prefix(length - 1))) == check else { return nil }
        return String(values.map { alphabet[$0] })
    }

    /// "7KQ2M9XD4R" → "7KQ2M-9XD4R" for display and print. Any other input comes back as it is.
    public static func display(_ code: String) -> String {
        guard code.count == length else { return code }
        return String(code.prefix(5)) + "-" + String(code.suffix(5))
    }

    /// A short attendance check-in code: 6 random characters, no check character (it is shown on a
    /// screen for one session and typed at once; about 1 billion values).
    public static func checkInCode(using generator: inout some RandomNumberGenerator) -> String {
        String((0..<checkInLength).map { _ in alphabet[Int.random(in: 0..<32, using: &generator)] })
    }

    public static func checkInCode() -> String {
        var generator = SystemRandomNumberGenerator()
        return checkInCode(using: &generator)
    }

    /// A typed check-in code → canonical, with the same leniency as `normalize`; nil when not 6 valid
    /// characters.
    public static func normalizeCheckIn(_ input: String) -> String? {
        guard let values = values(input), values.count == checkInLength else { return nil }
        return String(values.map { alphabet[$0] })
    }

    /// Symbol values, or nil on a character outside the (lenient) alphabet.
    private static func values(_ input: String) -> [Int]? {
        var out: [Int] = []
        for ch in input {
            if ch == " " || ch == "-" || ch == "\t" { continue }
            guard ch.isASCII else { return nil }
            let c: Character
            switch Character(ch.uppercased()) {
            case "O": c = "0"
            case "I", "L": c = "1"
            case let other: c = other
            }
            guard let value = alphabet.firstIndex(of: c) else { return nil }
            out.append(value)
            if out.count > length { return nil }
        }
        return out
    }

    /// The check value (0…36) for nine character values.
    static func checkValue(_ values: [Int]) -> Int {
        var sum = 0
        for (i, v) in values.enumerated() { sum += (i + 2) * v }
        return (37 - sum % 37) % 37
    }
}
